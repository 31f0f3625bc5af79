package dev.corroborate.gate;

import dev.corroborate.verdict.CheckReport;
import java.util.List;
import java.util.Objects;

/**
 * A report judged by a gate: one {@link ClaimGate} per claim, in the report's order.
 *
 * @param report the report judged
 * @param claims one entry per result of {@code report}, same order
 */
public record GateOutcome(CheckReport report, List<ClaimGate> claims) {
  public GateOutcome {
    Objects.requireNonNull(report, "report");
    claims = List.copyOf(claims);
    if (claims.size() != report.results().size()) {
      throw new IllegalArgumentException("one gate entry per claim result");
    }
  }

  /** The claims that fail, in report order. */
  public List<ClaimGate> failures() {
    return claims.stream().filter(ClaimGate::failed).toList();
  }

  public boolean passed() {
    return claims.stream().noneMatch(ClaimGate::failed);
  }
}
