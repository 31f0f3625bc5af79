package dev.corroborate.verdict;

import dev.corroborate.claims.Claim;
import java.util.List;
import java.util.Objects;

/**
 * The outcome for one claim: the verdict, the reason for it, every non-silent source's position, and
 * the positions of parties known only from the sources' reports of them.
 */
public record ClaimResult(
    Claim claim, Verdict verdict, String reason, List<SourceAssessment> sources, List<ReportedParty> reported) {
  public ClaimResult {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
    sources = List.copyOf(sources);
    reported = List.copyOf(reported);
  }

  /** A result with no reported parties. */
  public ClaimResult(Claim claim, Verdict verdict, String reason, List<SourceAssessment> sources) {
    this(claim, verdict, reason, sources, List.of());
  }

  /** True when the claim has an expectation and the verdict differs from it. */
  public boolean unexpected() {
    return claim.expected() != null && claim.expected() != verdict;
  }
}
