package dev.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Markdown report of {@link ReportFixtures}. */
class MarkdownReportTest {
  private final String md = GoldenReportTest.render(new MarkdownReport());
  private final List<String> lines = md.lines().toList();

  /** Table cells of a row: splits on pipes that are not backslash-escaped, as GFM does. */
  private static List<String> cells(String row) {
    String inner = row.substring(1, row.length() - 1);
    return Arrays.stream(inner.split("(?<!\\\\)\\|", -1)).map(String::strip).toList();
  }

  private List<String> table(String heading) {
    int at = lines.indexOf(heading);
    return lines.subList(at + 2, lines.size()).stream().takeWhile(l -> l.startsWith("|")).toList();
  }

  @Test
  void matrixHasOneRowPerClaimWithOneSymbolPerSourceByDate() {
    List<String> table = table("## Claims × sources");
    assertThat(table.get(0)).isEqualTo("| # | Claim | Verdict | S1 | S2 | S3 | S4 | S5 |");
    assertThat(table).hasSize(2 + 3);
    assertThat(cells(table.get(2))).containsExactly("1", "The harbour bridge will reopen on March 15.",
        "🟠 contested ❗", "✅", "💬", "❌", "·", "·");
    assertThat(cells(table.get(3))).containsExactly("2", "Tolls will be cut &lt;em&gt;in half&lt;/em&gt; &amp; more.",
        "🟢 supported", "·", "·", "✅", "💬", "·");
    assertThat(cells(table.get(4)).subList(2, 8)).containsExactly("⚪ unverified", "·", "·", "·", "·", "·");
    assertThat(md).contains("Legend: ✅ supports · ❌ contradicts · 💬 mentions · · silent.");
  }

  @Test
  void sourcesTableKeysTheColumnsAndEveryRowHasAllCells() {
    List<String> table = table("## Sources by date");
    assertThat(table).hasSize(2 + 5);
    for (String row : table) {
      assertThat(cells(row)).as(row).hasSize(9);
    }
    assertThat(cells(table.get(2))).startsWith("S1", "2024-03-01", "Riverton City Hall");
    assertThat(cells(table.get(2)).get(8)).isEqualTo("[link](https://example.org/city?a=1&b=2)");
    assertThat(cells(table.get(3)).get(3)).isEqualTo(
        "Thread \\| \\*about\\* \\[the\\](https://evil.example) bridge\\_ · id blog-2024-03-02");
    assertThat(cells(table.get(4)).get(8)).as("javascript: is no link").isEmpty();
    assertThat(cells(table.get(6))).startsWith("S5", "undated", "undated-note");
  }

  @Test
  void claimSectionsQuoteThePassagesWithMatchedWordsInBold() {
    assertThat(md).contains("### 1. 🟠 CONTESTED: bridge-reopens\n\n> The harbour bridge will reopen on March 15.\n\n"
        + "**Verdict:** contested ❗ (the claims file expects supported).");
    assertThat(md).contains("#### ✅ Supporting (1)\n\n- **Riverton City Hall** · official-statement (official) · "
        + "2024-03-01 · S1 · confidence 0.91 · [link](https://example.org/city?a=1&b=2)");
    assertThat(md)
        .contains("  > The mayor said the **Harbour Bridge** will **reopen** on **March** **15**, as planned.");
    assertThat(md).contains("  > *supports* · asserted by the engineers, as reported by Guild of Engineers (0.60): ");
    assertThat(md).contains("  > *supports* · asserted by The Courier &lt;b&gt;Daily&lt;/b&gt;, citing two council members (0.70)");
    assertThat(md).contains("#### 🗣 Reported by others (1)\n\n- ✅ **the engineers** · supports it, as reported by "
        + "Guild of Engineers · confidence 0.60");
    assertThat(md).contains("#### ❌ Contradicting (0)\n\n*No source contradicts it.*");
    assertThat(md).contains("#### 💬 Only mentioning it (1)");
  }

  @Test
  void markupFromSourcesIsEscapedAndNoRawHtmlIsWritten() {
    assertThat(md).doesNotContain("<")
        .contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;")
        .contains("&lt;img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"&gt;")
        .contains("The Courier &lt;b&gt;Daily&lt;/b&gt;")
        .contains("Is the \\***bridge**\\* \\[reopening\\](javascript:alert(1))? \\| col \\| \\`code\\` \\$x\\$ \\#1");
    assertThat(Pattern.compile("(?<!\\\\)]\\(javascript").matcher(md).find()).as("an unescaped link to javascript:")
        .isFalse();
  }
}
