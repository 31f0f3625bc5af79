package dev.corroborate.verdict;

import dev.corroborate.claims.Claim;
import java.util.List;
import java.util.Objects;

/**
 * The outcome for one claim: the verdict, the reason for it, and every non-silent source's position.
 */
public record ClaimResult(Claim claim, Verdict verdict, String reason, List<SourceAssessment> sources) {
  public ClaimResult {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
    sources = List.copyOf(sources);
  }

  /** True when the claim has an expectation and the verdict differs from it. */
  public boolean unexpected() {
    return claim.expected() != null && claim.expected() != verdict;
  }
}
