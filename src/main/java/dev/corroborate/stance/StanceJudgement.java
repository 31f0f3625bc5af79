package dev.corroborate.stance;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The judgement of one passage against one claim, with its explanation.
 *
 * @param stance      the decision
 * @param confidence  0..1, how sure the engine is
 * @param coverage    0..1, weighted share of the claim's words found in the passage
 * @param cues        every cue that fired, most important first
 * @param matched     the passage's words that matched the claim, in passage order
 * @param attribution who asserts what the passage says; not looked for in an unrelated passage, whose
 *                    attribution reads as the own voice unless the claim needed it for coverage
 */
public record StanceJudgement(
    Stance stance, double confidence, double coverage, List<Cue> cues, List<String> matched,
    Attribution attribution) {
  public StanceJudgement {
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(attribution, "attribution");
    if (confidence < 0 || confidence > 1 || coverage < 0 || coverage > 1) {
      throw new IllegalArgumentException("confidence and coverage must be within 0..1");
    }
    cues = List.copyOf(cues);
    matched = List.copyOf(matched);
  }

  /** The cues as one sentence for a report. */
  public String reason() {
    return cues.stream().map(Cue::describe).collect(Collectors.joining("; "));
  }
}
