package dev.corroborate.report;

import dev.corroborate.gate.ClaimGate;
import dev.corroborate.gate.Gate;
import dev.corroborate.gate.GateOutcome;
import dev.corroborate.stance.Stance;
import dev.corroborate.verdict.CheckReport;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.SourceAssessment;
import dev.corroborate.verdict.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * GitHub Actions workflow commands, so results appear on the claims file's lines in a pull request:
 * {@code ::error} for each claim that fails the {@link Gate} (message: why, the claim, and the
 * contradicting passages), {@code ::warning} for a contested or unverified claim that does not fail,
 * and one {@code ::notice} with the counts. Lines are in claim order; deterministic.
 */
public final class GithubReport implements ReportRenderer {
  private final Gate gate;

  /** Commands judged by the {@code expect} rule only. */
  public GithubReport() {
    this(Gate.expectOnly());
  }

  public GithubReport(Gate gate) {
    this.gate = Objects.requireNonNull(gate, "gate");
  }

  @Override
  public ReportRenderer gated(Gate gate) {
    return new GithubReport(gate);
  }

  @Override
  public void render(CheckReport report, Writer out) throws IOException {
    GateOutcome outcome = gate.judge(report);
    String file = report.claimsFile();
    for (ClaimGate claim : outcome.claims()) {
      ClaimResult r = claim.result();
      int line = r.claim().line();
      if (claim.failed()) {
        out.write(new WorkflowCommand(WorkflowCommand.Level.ERROR, file, line, 0,
            "corroborate: " + r.claim().id() + " " + claim.why(), errorMessage(claim)).render());
        out.write('\n');
      } else if (r.verdict() == Verdict.CONTESTED || r.verdict() == Verdict.UNVERIFIED) {
        out.write(new WorkflowCommand(WorkflowCommand.Level.WARNING, file, line, 0,
            "corroborate: " + r.claim().id() + " is " + r.verdict().label(), warningMessage(r)).render());
        out.write('\n');
      }
    }
    Summary s = Summary.of(report);
    String summary = String.format(Locale.ROOT,
        "%d claim%s against %d sources: %d supported, %d contradicted, %d contested, %d unverified; %d failed (%s)",
        s.claims(), s.claims() == 1 ? "" : "s", report.sourceCount(), s.supported(), s.contradicted(),
        s.contested(), s.unverified(), outcome.failures().size(), gate.describe());
    out.write(new WorkflowCommand(WorkflowCommand.Level.NOTICE, "", 0, 0, "corroborate", summary).render());
    out.write('\n');
  }

  private static String errorMessage(ClaimGate claim) {
    ClaimResult r = claim.result();
    StringBuilder sb = new StringBuilder();
    sb.append(r.claim().id()).append(": ").append(claim.why()).append('\n');
    sb.append("claim: ").append(r.claim().text()).append('\n');
    sb.append("why: ").append(r.reason());
    List<SourceAssessment> against = claim.contradicting();
    if (!against.isEmpty()) {
      sb.append("\ncontradicting evidence:");
      for (SourceAssessment a : against) {
        sb.append("\n- ").append(a.source().id()).append(" (").append(a.source().displayName()).append(", ")
            .append(a.source().kind().label()).append(')');
        a.evidence().stream().filter(e -> e.stance() == Stance.CONTRADICTS)
            .forEach(e -> sb.append("\n  \"").append(e.text().replace('\n', ' ')).append('"'));
      }
    }
    return sb.toString();
  }

  private static String warningMessage(ClaimResult r) {
    String expected = r.claim().expected() == null ? "" : r.unexpected() ? "" : " (as expected)";
    return r.claim().id() + ": " + r.verdict().label() + expected + "\nclaim: " + r.claim().text() + "\nwhy: "
        + r.reason();
  }
}
