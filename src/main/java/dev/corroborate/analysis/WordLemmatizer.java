package dev.corroborate.analysis;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * OpenNLP's statistical lemmatizer on one word at a time, as {@link OpenNlpAnalyzer} uses it. For a
 * one-word sequence the lemmatizer's beam search returns the edit script its model scores highest;
 * this takes that script directly instead of sorting the scores of every script the model knows
 * (thousands) for each word, which was most of the lemmatizer's time. Where two scripts score the
 * same, the beam search itself decides, so the lemma is always the one {@link LemmatizerME} gives.
 * Thread-safe.
 */
final class WordLemmatizer {
  private static final String[] NO_PRIOR_DECISIONS = new String[0];
  private final MaxentModel model;
  private final LemmatizerContextGenerator contexts;
  private final ThreadLocal<LemmatizerME> beamSearch;

  WordLemmatizer(LemmatizerModel lemmas) {
    MaxentModel m = lemmas.getArtifact("lemmatizer.model");
    if (m == null) {
      throw new IllegalStateException("the OpenNLP lemmatizer model has no maximum-entropy model inside");
    }
    this.model = m;
    this.contexts = lemmas.getFactory().getContextGenerator();
    this.beamSearch = ThreadLocal.withInitial(() -> new LemmatizerME(lemmas));
  }

  /** The lemma of {@code word} tagged {@code tag}, the same as {@code LemmatizerME} gives for it alone. */
  String lemma(String word, String tag) {
    String[] words = {word};
    String[] tags = {tag};
    double[] scores = model.eval(contexts.getContext(0, words, NO_PRIOR_DECISIONS, new Object[] {tags}));
    int best = 0;
    boolean tie = false;
    for (int i = 1; i < scores.length; i++) {
      if (scores[i] > scores[best]) {
        best = i;
        tie = false;
      } else if (scores[i] == scores[best]) {
        tie = true;
      }
    }
    if (tie) {
      return beamSearch.get().lemmatize(words, tags)[0];
    }
    return LemmatizerME.decodeLemmas(words, new String[] {model.getOutcome(best)})[0];
  }
}
