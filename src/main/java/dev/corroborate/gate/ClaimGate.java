package dev.corroborate.gate;

import dev.corroborate.stance.Stance;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.SourceAssessment;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One claim's result and the reasons it fails the gate (none when it passes).
 *
 * @param result   the claim's result
 * @param failures why it fails, in rule order; empty when it passes
 */
public record ClaimGate(ClaimResult result, List<Failure> failures) {
  public ClaimGate {
    Objects.requireNonNull(result, "result");
    failures = List.copyOf(failures);
  }

  public boolean failed() {
    return !failures.isEmpty();
  }

  /** The failures' messages joined with "; ", or "" when the claim passes. */
  public String why() {
    return failures.stream().map(Failure::message).collect(Collectors.joining("; "));
  }

  /** The sources that contradict the claim, in report order. */
  public List<SourceAssessment> contradicting() {
    return result.sources().stream().filter(a -> a.stance() == Stance.CONTRADICTS).toList();
  }

  /**
   * {@code claims.yaml:12: claim-id: expected supported, got contested} (the line left out when
   * unknown): the stderr line for a failing claim.
   */
  public String oneLine(String claimsFile) {
    int line = result.claim().line();
    String where = claimsFile.isEmpty() ? "" : claimsFile + (line > 0 ? ":" + line : "") + ": ";
    return where + result.claim().id() + ": " + (failed() ? why() : "passes");
  }
}
