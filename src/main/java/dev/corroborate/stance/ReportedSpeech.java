package dev.corroborate.stance;

import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.TermUnitizer;
import java.util.List;

/**
 * The stance stage's reported-speech rules ("X said ...", "..., X said.", "according to X, ...",
 * "..., saying ...") for other stages that need to know who asserts what, such as claim
 * extraction. The same rules the passage judge uses, read without a source's own voice: a personal
 * pronoun holder is still marked {@link Attribution#ownVoice()}. Denials ("X denied that ...") are
 * left out: the passage judge treats them as X's speech, but what follows them is what X rejects,
 * not what X asserts. Immutable and thread-safe.
 */
public final class ReportedSpeech {
  private final TermUnitizer unitizer;
  private final AttributionFinder finder;

  /**
   * One piece of reported speech.
   *
   * @param attribution the holder's words and the token range of what is reported
   * @param cue         token index of the attributing word ("said", "according")
   * @param holderFrom  first token of the holder
   * @param holderTo    index after the holder's last token
   */
  public record Speech(Attribution attribution, int cue, int holderFrom, int holderTo) {}

  public ReportedSpeech(TermUnitizer unitizer) {
    this.unitizer = unitizer;
    this.finder = new AttributionFinder(unitizer.lexicon());
  }

  /** Every piece of reported speech in these tokens (one sentence), in order of the attributing word. */
  public List<Speech> find(List<Token> tokens) {
    return find(tokens, SourceVoice.none());
  }

  /**
   * As {@link #find(List)}, for a passage of a source with this voice: a holder that is the source
   * itself (its speaker or publisher) is marked {@link Attribution#ownVoice()}.
   */
  public List<Speech> find(List<Token> tokens, SourceVoice voice) {
    return finder.findAll(new SentenceView(tokens, unitizer), voice).stream()
        .filter(f -> !isDenial(tokens.get(f.cue())))
        .map(f -> new Speech(f.attribution(), f.cue(), f.holderFrom(), f.holderTo()))
        .toList();
  }

  /** The informants a passage's own assertion cites ("..., citing two officials"), or empty. */
  public String citing(List<Token> tokens) {
    return finder.ownBasis(new SentenceView(tokens, unitizer));
  }

  private boolean isDenial(Token cue) {
    return unitizer.lexicon().isRefutation(cue.key()) && !unitizer.lexicon().isAttribution(cue.key());
  }
}
