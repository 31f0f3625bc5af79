package dev.corroborate.conflicts;

import dev.corroborate.analysis.Passage;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.stance.Cue;
import java.util.Objects;

/**
 * One passage on one side of a contested proposition.
 *
 * @param source   the source it comes from
 * @param passage  the passage, quoted as evidence
 * @param holder   who the passage says asserts it, as written; empty when the source says it itself
 * @param ownVoice true when the holder is the source itself
 * @param citing   the informants the assertion cites ("two city officials"), or empty
 * @param cue      the conflict cue that put it against a passage of the other side
 * @param against  the id ({@code source#ordinal}) of that passage of the other side
 * @param judged   true when this passage was judged against the other one (the cue describes this
 *                 passage), false when the other passage was judged against this one
 */
public record SideEvidence(SourceDocument source, Passage passage, String holder, boolean ownVoice, String citing,
    Cue cue, String against, boolean judged) {
  public SideEvidence {
    citing = citing == null ? "" : citing;
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(passage, "passage");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(against, "against");
  }

  /**
   * The cue's explanation from this passage's point of view: the engine words it as "the passage"
   * against "the claim"; here the other passage is named by its id.
   */
  public String reason() {
    String d = cue.detail();
    return judged ? d.replace("the claim", against).replace("the passage", "this passage")
        : against + ": " + d.replace("the claim", "this passage").replace("the passage", "it");
  }

  /** Evidence that cites no informants. */
  public SideEvidence(SourceDocument source, Passage passage, String holder, boolean ownVoice, Cue cue,
      String against, boolean judged) {
    this(source, passage, holder, ownVoice, "", cue, against, judged);
  }

  /** True when the passage reports what someone other than the source asserts. */
  public boolean relayed() {
    return !ownVoice && !holder.isBlank();
  }

  /**
   * Who asserts it: "Publisher" (", citing informants" when it names them) in the source's own
   * voice, "Holder, as reported by Publisher" when the source reports someone else.
   */
  public String attribution() {
    if (relayed()) {
      return holder + (citing.isEmpty() ? "" : ", citing " + citing) + ", as reported by " + source.displayName();
    }
    return source.displayName() + (citing.isEmpty() ? "" : ", citing " + citing);
  }
}
