package dev.corroborate.verdict;

import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.stance.Stance;
import java.util.List;
import java.util.Objects;

/**
 * One source's position on a claim.
 *
 * @param source     the source's metadata (body not needed)
 * @param stance     supports, contradicts or mentions (silent sources are not assessed)
 * @param confidence 0..1
 * @param evidence   the passages behind the stance, strongest first
 * @param reason     how the passages were combined, in words
 */
public record SourceAssessment(
    SourceDocument source, Stance stance, double confidence, List<Evidence> evidence, String reason) {
  public SourceAssessment {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(stance, "stance");
    if (stance == Stance.UNRELATED) {
      throw new IllegalArgumentException("a silent source is not assessed");
    }
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(reason, "reason");
  }
}
