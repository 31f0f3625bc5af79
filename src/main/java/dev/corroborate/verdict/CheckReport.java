package dev.corroborate.verdict;

import dev.corroborate.corpus.SourceDocument;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a check found, in claim order: the one model every report format renders.
 *
 * @param claimsFile  the claims file as given (for reports), or empty
 * @param sourceCount sources in the index when checked
 * @param results     one result per claim, in the claims file's order
 * @param sources     every source in the index (metadata only), sorted by date (undated last) then id, so
 *                    reports can show the sources that are silent on every claim; empty when not known,
 *                    otherwise exactly {@code sourceCount} of them
 */
public record CheckReport(String claimsFile, int sourceCount, List<ClaimResult> results, List<SourceDocument> sources) {
  /** Sources by date, undated last, then by id: the order of report columns and timelines. */
  public static final Comparator<SourceDocument> BY_DATE = Comparator
      .comparing((SourceDocument s) -> s.date() == null ? LocalDate.MAX : s.date())
      .thenComparing(SourceDocument::id);

  public CheckReport {
    claimsFile = claimsFile == null ? "" : claimsFile;
    results = List.copyOf(results);
    sources = sources.stream().sorted(BY_DATE).toList();
    if (!sources.isEmpty() && sources.size() != sourceCount) {
      throw new IllegalArgumentException(
          "sourceCount is " + sourceCount + " but " + sources.size() + " sources are listed");
    }
  }

  /** A report that does not list the index's sources. */
  public CheckReport(String claimsFile, int sourceCount, List<ClaimResult> results) {
    this(claimsFile, sourceCount, results, List.of());
  }

}
