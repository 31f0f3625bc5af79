package dev.corroborate.conflicts;

import dev.corroborate.analysis.Passage;
import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.stance.Attribution;
import dev.corroborate.stance.ReportedSpeech;
import dev.corroborate.stance.SourceVoice;
import dev.corroborate.stance.StanceEngine;
import java.util.List;
import java.util.Optional;

/**
 * Turns a passage into a candidate {@link Proposition}: the content of its widest attribution ("X
 * said that ...", "according to X, ...") or the whole sentence, cut of leading and trailing quotes
 * and punctuation. Passages too thin to carry a proposition are skipped: fewer than {@link
 * #MIN_CONTENT_WORDS} content words, or no verb other than a light one ("be", "have", "say").
 * Thread-safe.
 */
public final class PropositionExtractor {
  /** Fewer content words than this and a passage is not a candidate. */
  public static final int MIN_CONTENT_WORDS = 4;

  /** Verbs that introduce where content comes from ("citing officials"), besides the speech verbs. */
  private static final java.util.Set<String> CITING = java.util.Set.of("cite", "quot");

  private final Lexicon lexicon;
  /** Who asserts what; denials are left out, since what a denier rejects is not its proposition. */
  private final ReportedSpeech reportedSpeech;

  public PropositionExtractor(StanceEngine engine) {
    this.lexicon = engine.unitizer().lexicon();
    this.reportedSpeech = new ReportedSpeech(engine.unitizer());
  }

  public Optional<Proposition> extract(Passage passage, SourceVoice voice) {
    List<Token> tokens = passage.tokens();
    if (tokens.isEmpty() || !SentenceShape.isSentence(passage)) {
      return Optional.empty();
    }
    Attribution widest = null;
    for (ReportedSpeech.Speech speech : reportedSpeech.find(tokens, voice)) {
      Attribution a = speech.attribution();
      if (a.to() > a.from() && (widest == null || a.to() - a.from() > widest.to() - widest.from())) {
        widest = a;
      }
    }
    int from = widest == null ? 0 : widest.from();
    int to = widest == null ? tokens.size() : widest.to();
    while (from < to && (tokens.get(from).isPunctuation()
        || (tokens.get(from).pos().equals("SCONJ") && lexicon.isClauseBoundary(tokens.get(from).key())))) {
      from++;
    }
    to = beforeTrailingCitation(tokens, from, to);
    int core = beforeCoordinatedClause(tokens, from, to);
    if (substantial(tokens.subList(from, core))) {
      to = core;
    }
    while (to > from && tokens.get(to - 1).isPunctuation()) {
      to--;
    }
    if (to <= from || !substantial(tokens.subList(from, to))) {
      return Optional.empty();
    }
    String holder = widest == null ? "" : widest.holder();
    boolean own = widest == null || widest.ownVoice();
    String citing = widest != null && !widest.citing().isEmpty() ? widest.citing() : reportedSpeech.citing(tokens);
    return Optional.of(new Proposition(passage, from, to, sentence(passage, from, to), holder, own, citing));
  }

  /** Cuts a trailing ", citing X" / ", according to X" / ", X said": the source of the content, not content. */
  private int beforeTrailingCitation(List<Token> tokens, int from, int to) {
    for (int i = to - 1; i > from + 1; i--) {
      Token t = tokens.get(i);
      int n = i + 1;
      while (n < to && tokens.get(n).isPunctuation()) {
        n++;
      }
      if (t.text().equals(",") && n < to) {
        Token next = tokens.get(n);
        if (next.isVerb() && (CITING.contains(next.key()) || lexicon.isAttribution(next.key()))
            || next.key().equals("accord")) {
          return i;
        }
      }
    }
    return to;
  }

  /**
   * Where a second main clause joined by ", and" / ", but" starts ("X was initiated by Y, and she did
   * not criticize Z"): the first clause is the proposition; the rest is another.
   */
  private static int beforeCoordinatedClause(List<Token> tokens, int from, int to) {
    for (int i = from + 1; i + 2 < to; i++) {
      if (!tokens.get(i).text().equals(",") || !tokens.get(i + 1).pos().equals("CCONJ")) {
        continue;
      }
      Token subject = tokens.get(i + 2);
      if (!(subject.pos().equals("PRON") || subject.isProperNoun() || subject.pos().equals("DET"))) {
        continue;
      }
      for (int j = i + 3; j < Math.min(to, i + 6); j++) {
        if (tokens.get(j).isVerb() || tokens.get(j).pos().equals("AUX")) {
          return i;
        }
      }
    }
    return to;
  }

  private boolean substantial(List<Token> span) {
    int content = 0;
    boolean verb = false;
    for (Token t : span) {
      if (t.isContent()) {
        content++;
      }
      if (t.isVerb() && !lexicon.isLight(t.key()) && !lexicon.isAttribution(t.key())) {
        verb = true;
      }
    }
    return content >= MIN_CONTENT_WORDS && verb;
  }

  /** The span's text from the passage, capitalised, ending with a full stop, quotes balanced away. */
  static String sentence(Passage passage, int from, int to) {
    int base = passage.sentence().start();
    List<Token> tokens = passage.tokens();
    String s = passage.text().substring(tokens.get(from).start() - base, tokens.get(to - 1).end() - base);
    s = s.replaceAll("[\"“”]", "").replaceAll("\\s+", " ").strip();
    s = s.replaceAll("^[\\p{Punct}‘’]+|[\\p{Punct}‘’]+$", "").strip();
    if (s.isEmpty()) {
      return passage.text().strip();
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }
}
