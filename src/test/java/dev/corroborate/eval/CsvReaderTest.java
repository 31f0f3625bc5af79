package dev.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaksAndRowsKeepTheirStartLine() throws MalformedDataException {
    String csv = "Body ID,articleBody\n"
        + "1,\"First line, with a comma.\n\nThird line says \"\"hi\"\".\"\n"
        + "2,plain\n";
    List<CsvReader.Row> rows = CsvReader.parse(csv, "b.csv");
    assertThat(rows).containsExactly(
        new CsvReader.Row(1, List.of("Body ID", "articleBody")),
        new CsvReader.Row(2, List.of("1", "First line, with a comma.\n\nThird line says \"hi\".")),
        new CsvReader.Row(5, List.of("2", "plain")));
  }

  @Test
  void crlfAndCrLineEndsByteOrderMarkBlankLinesAndEmptyFields() throws MalformedDataException {
    String csv = "\uFEFFa,b,c\r\n\r\n1,,\"x\r\ny\"\r2,\"\",3";
    List<CsvReader.Row> rows = CsvReader.parse(csv, "f.csv");
    assertThat(rows).containsExactly(
        new CsvReader.Row(1, List.of("a", "b", "c")),
        new CsvReader.Row(3, List.of("1", "", "x\r\ny")),
        new CsvReader.Row(5, List.of("2", "", "3")));
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsKept() throws MalformedDataException {
    assertThat(CsvReader.parse("it's 6\" tall,x\n", "f.csv"))
        .containsExactly(new CsvReader.Row(1, List.of("it's 6\" tall", "x")));
  }

  @Test
  void anUnclosedQuoteIsReportedAtTheLineItOpens() {
    assertThatThrownBy(() -> CsvReader.parse("a,b\n1,\"never\nclosed\n", "f.csv"))
        .isInstanceOf(MalformedDataException.class)
        .satisfies(e -> assertThat(((BadInputException) e).diagnostics()).extracting(Diagnostic::oneLine)
            .containsExactly("f.csv:2: a quoted field opened here is never closed"
                + " (close the quote; a quote inside a field is written \"\")"));
  }

  @Test
  void textAfterAClosingQuoteIsReportedWithItsLine() {
    assertThatThrownBy(() -> CsvReader.parse("a,b\n1,\"x\ny\"z\n", "f.csv"))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageStartingWith("f.csv:3: unexpected 'z' after a closing quote");
  }
}
