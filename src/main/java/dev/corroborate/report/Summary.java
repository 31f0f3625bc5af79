package dev.corroborate.report;

import dev.corroborate.verdict.CheckReport;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.Verdict;

/** Verdict counts of a report. */
public record Summary(int claims, int supported, int contradicted, int contested, int unverified, int unexpected) {
  public static Summary of(CheckReport report) {
    int[] n = new int[Verdict.values().length];
    int unexpected = 0;
    for (ClaimResult r : report.results()) {
      n[r.verdict().ordinal()]++;
      unexpected += r.unexpected() ? 1 : 0;
    }
    return new Summary(report.results().size(), n[Verdict.SUPPORTED.ordinal()], n[Verdict.CONTRADICTED.ordinal()],
        n[Verdict.CONTESTED.ordinal()], n[Verdict.UNVERIFIED.ordinal()], unexpected);
  }

  /** The number of claims with this verdict. */
  public int count(Verdict verdict) {
    return switch (verdict) {
      case SUPPORTED -> supported;
      case CONTRADICTED -> contradicted;
      case CONTESTED -> contested;
      case UNVERIFIED -> unverified;
    };
  }
}
