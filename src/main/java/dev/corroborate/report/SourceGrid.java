package dev.corroborate.report;

import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.stance.Stance;
import dev.corroborate.verdict.CheckReport;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.SourceAssessment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The claim × source grid of a report, read off the report without recomputing anything: rows are
 * the claims in report order, columns the sources by date (undated last) then id. The columns are the
 * report's {@link CheckReport#sources() sources} when it lists them (so sources silent on every claim
 * appear too), else the sources that some claim assesses. A cell is the source's assessment for the
 * claim, or empty when the source is silent on it.
 *
 * @param columns the sources, in column order
 * @param rows    per claim, its assessments by source id
 */
record SourceGrid(List<SourceDocument> columns, List<Map<String, SourceAssessment>> rows) {
  SourceGrid {
    columns = List.copyOf(columns);
    rows = rows.stream().map(Map::copyOf).toList();
  }

  static SourceGrid of(CheckReport report) {
    Map<String, SourceDocument> seen = new LinkedHashMap<>();
    List<Map<String, SourceAssessment>> rows = new ArrayList<>();
    for (ClaimResult r : report.results()) {
      Map<String, SourceAssessment> row = new LinkedHashMap<>();
      for (SourceAssessment a : r.sources()) {
        row.putIfAbsent(a.source().id(), a);
        seen.putIfAbsent(a.source().id(), a.source());
      }
      rows.add(row);
    }
    List<SourceDocument> columns = report.sources().isEmpty()
        ? seen.values().stream().sorted(CheckReport.BY_DATE).toList()
        : report.sources();
    return new SourceGrid(columns, rows);
  }

  /** The assessment of the source for the claim in this row, empty when the source is silent on it. */
  Optional<SourceAssessment> cell(int row, String sourceId) {
    return Optional.ofNullable(rows.get(row).get(sourceId));
  }

  /** How many claims the source takes this stance on; {@link Stance#UNRELATED} counts silences. */
  int count(String sourceId, Stance stance) {
    return (int) rows.stream().filter(row -> {
      SourceAssessment a = row.get(sourceId);
      return a == null ? stance == Stance.UNRELATED : a.stance() == stance;
    }).count();
  }

  /** The 1-based column number of a source ("S3" in the Markdown report), or 0 when it is no column. */
  int number(String sourceId) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).id().equals(sourceId)) {
        return i + 1;
      }
    }
    return 0;
  }
}
