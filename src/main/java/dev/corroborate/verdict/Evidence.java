package dev.corroborate.verdict;

import dev.corroborate.stance.Cue;
import dev.corroborate.stance.Stance;
import java.util.List;
import java.util.Objects;

/**
 * A passage quoted as evidence, with the judgement on it.
 *
 * @param passageId    {@code sourceId#ordinal}
 * @param start        offset of the passage in the source body
 * @param end          offset after it
 * @param text         the passage, verbatim
 * @param stance       the passage's stance on the claim
 * @param confidence   0..1
 * @param reason       why, in words
 * @param matched      the passage's words that matched the claim
 * @param cues         the cues behind the reason
 * @param attributedTo who the passage says asserts it when not the source itself, else empty
 * @param citing       the sources the assertion cites ("officials briefed on the call"), else empty
 */
public record Evidence(
    String passageId, int start, int end, String text, Stance stance, double confidence, String reason,
    List<String> matched, List<Cue> cues, String attributedTo, String citing) {
  public Evidence {
    Objects.requireNonNull(passageId, "passageId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(reason, "reason");
    matched = List.copyOf(matched);
    cues = List.copyOf(cues);
    attributedTo = attributedTo == null ? "" : attributedTo;
    citing = citing == null ? "" : citing;
  }

  /** Evidence that cites nobody. */
  public Evidence(
      String passageId, int start, int end, String text, Stance stance, double confidence, String reason,
      List<String> matched, List<Cue> cues, String attributedTo) {
    this(passageId, start, end, text, stance, confidence, reason, matched, cues, attributedTo, "");
  }

  /** The source of the passage: the part of the passage id before '#'. */
  public String sourceId() {
    int hash = passageId.lastIndexOf('#');
    return hash < 0 ? passageId : passageId.substring(0, hash);
  }
}
