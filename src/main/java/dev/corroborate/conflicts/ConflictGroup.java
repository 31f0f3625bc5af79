package dev.corroborate.conflicts;

import dev.corroborate.analysis.Passage;
import java.util.List;

/**
 * Conflicting passages about one proposition, split in two sides: every conflict pair of the group
 * joins a passage of one side to a passage of the other (as far as the pairs allow: an odd cycle of
 * conflicts leaves one pair within a side).
 *
 * @param sideA passages of one side, sorted by source id and position
 * @param sideB passages of the other side, sorted by source id and position
 * @param pairs the conflict pairs that joined them, in a stable order
 */
public record ConflictGroup(List<Passage> sideA, List<Passage> sideB, List<ConflictPair> pairs) {
  public ConflictGroup {
    sideA = List.copyOf(sideA);
    sideB = List.copyOf(sideB);
    pairs = List.copyOf(pairs);
    if (sideA.isEmpty() || sideB.isEmpty() || pairs.isEmpty()) {
      throw new IllegalArgumentException("a conflict group needs two sides and a pair");
    }
  }
}
