package dev.corroborate.gate;

import dev.corroborate.verdict.CheckReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The claims kept by {@code --changed-since} and why.
 *
 * @param ref      the ref compared with
 * @param report   the report restricted to the kept claims, in the original order
 * @param selected one entry per kept claim, same order, with its reasons
 * @param of       how many claims the full report had
 */
public record Selection(String ref, CheckReport report, List<Selected> selected, int of) {
  public Selection {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(report, "report");
    selected = List.copyOf(selected);
    if (selected.size() != report.results().size()) {
      throw new IllegalArgumentException("one reason entry per kept claim");
    }
  }

  /**
   * A kept claim and why.
   *
   * @param claimId the claim's id
   * @param reasons e.g. "new claim", "changed corpus file wsj.md"
   */
  public record Selected(String claimId, List<String> reasons) {
    public Selected {
      Objects.requireNonNull(claimId, "claimId");
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("a kept claim needs a reason");
      }
    }
  }

  /** A summary line, then one line per kept claim: for stderr. */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    lines.add("changed since " + ref + ": " + selected.size() + " of " + of + " claim" + (of == 1 ? "" : "s")
        + " to check");
    for (Selected s : selected) {
      lines.add("  " + s.claimId() + ": " + String.join("; ", s.reasons()));
    }
    return lines;
  }
}
