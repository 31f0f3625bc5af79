package dev.corroborate.verdict;

import java.util.List;

/**
 * Everything a check found, in claim order: the one model every report format renders.
 *
 * @param claimsFile  the claims file as given (for reports), or empty
 * @param sourceCount sources in the index when checked
 * @param results     one result per claim, in the claims file's order
 */
public record CheckReport(String claimsFile, int sourceCount, List<ClaimResult> results) {
  public CheckReport {
    claimsFile = claimsFile == null ? "" : claimsFile;
    results = List.copyOf(results);
  }

  public long unexpectedCount() {
    return results.stream().filter(ClaimResult::unexpected).count();
  }
}
