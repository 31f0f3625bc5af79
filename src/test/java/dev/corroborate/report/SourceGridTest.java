package dev.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.stance.Stance;
import dev.corroborate.verdict.CheckReport;
import org.junit.jupiter.api.Test;

class SourceGridTest {
  @Test
  void columnsAreAllListedSourcesByDateWithSilentOnesIncluded() {
    SourceGrid grid = SourceGrid.of(ReportFixtures.report());
    assertThat(grid.columns()).extracting(SourceDocument::id).containsExactly("city-hall-2024-03-01",
        "blog-2024-03-02", "courier-2024-03-04", "engineers-letter-2024-03-06", "undated-note");
    assertThat(grid.cell(0, "courier-2024-03-04"))
        .hasValueSatisfying(a -> assertThat(a.stance()).isEqualTo(Stance.CONTRADICTS));
    assertThat(grid.cell(1, "courier-2024-03-04"))
        .hasValueSatisfying(a -> assertThat(a.stance()).isEqualTo(Stance.SUPPORTS));
    assertThat(grid.cell(2, "courier-2024-03-04")).isEmpty();
    assertThat(grid.count("city-hall-2024-03-01", Stance.SUPPORTS)).isEqualTo(1);
    assertThat(grid.count("city-hall-2024-03-01", Stance.UNRELATED)).isEqualTo(2);
    assertThat(grid.number("undated-note")).isEqualTo(5);
    assertThat(grid.number("no-such-source")).isZero();
  }

  @Test
  void withoutTheSourceListTheColumnsAreTheAssessedSources() {
    CheckReport full = ReportFixtures.report();
    SourceGrid grid = SourceGrid.of(new CheckReport(full.claimsFile(), full.sourceCount(), full.results()));
    assertThat(grid.columns()).extracting(SourceDocument::id).containsExactly("city-hall-2024-03-01",
        "blog-2024-03-02", "courier-2024-03-04", "engineers-letter-2024-03-06");
  }
}
