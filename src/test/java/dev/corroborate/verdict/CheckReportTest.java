package dev.corroborate.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.corpus.SourceKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckReportTest {
  private static SourceDocument source(String id, String date) {
    return new SourceDocument(id, "t", "p", SourceKind.PRESS_REPORT, date == null ? null : LocalDate.parse(date), null,
        "en", null, id + ".md", "h", "");
  }

  @Test
  void sourcesAreSortedByDateUndatedLastThenById() {
    CheckReport r = new CheckReport("c.yaml", 4, List.of(),
        List.of(source("z", "2024-01-01"), source("u", null), source("b", "2024-01-02"), source("a", "2024-01-01")));
    assertThat(r.sources()).extracting(SourceDocument::id).containsExactly("a", "z", "b", "u");
  }

  @Test
  void sourceListMustMatchTheCountOrBeEmpty() {
    assertThat(new CheckReport("c.yaml", 7, List.of()).sources()).isEmpty();
    assertThatThrownBy(() -> new CheckReport("c.yaml", 2, List.of(), List.of(source("a", null))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sourceCount is 2");
  }
}
