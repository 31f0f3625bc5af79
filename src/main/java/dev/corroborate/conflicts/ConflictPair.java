package dev.corroborate.conflicts;

import dev.corroborate.analysis.Passage;
import dev.corroborate.stance.Cue;
import dev.corroborate.stance.StanceJudgement;
import java.util.Objects;

/**
 * Two passages of different sources that conflict: {@code judged}, judged against {@code
 * proposition}, contradicts it for the reason {@code cue}.
 *
 * @param proposition what one source asserts
 * @param judged      a passage of another source
 * @param judgement   the engine's judgement of {@code judged} against the proposition
 * @param cue         the conflict cue (negation, refutation, role conflict, antonym, number mismatch)
 */
public record ConflictPair(Proposition proposition, Passage judged, StanceJudgement judgement, Cue cue) {
  public ConflictPair {
    Objects.requireNonNull(proposition, "proposition");
    Objects.requireNonNull(judged, "judged");
    Objects.requireNonNull(judgement, "judgement");
    Objects.requireNonNull(cue, "cue");
    if (!cue.kind().contradicts()) {
      throw new IllegalArgumentException("not a conflict cue: " + cue.kind());
    }
    if (proposition.sourceId().equals(judged.sourceId())) {
      throw new IllegalArgumentException("a conflict needs two sources: " + judged.sourceId());
    }
  }
}
