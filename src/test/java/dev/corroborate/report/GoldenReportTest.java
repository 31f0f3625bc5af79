package dev.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests: the HTML, Markdown and ClaimReview reports of the hand-built {@link ReportFixtures}
 * report must be byte-identical to the files in {@code src/test/resources/golden/report/}. To change
 * a format on purpose, regenerate them with {@code mvn -B test -Dtest=GoldenReportTest
 * -Dgolden.update=true} (the test then writes the files and passes) and review the diff. A file in
 * that folder that no case produces fails the build, so stale goldens do not linger.
 */
class GoldenReportTest {
  static final Path DIR = Path.of("src/test/resources/golden/report");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");
  static final ReviewOptions DESK =
      new ReviewOptions("Riverton Fact Desk", LocalDate.of(2024, 3, 10), "https://factdesk.example/riverton-bridge");

  record Case(String file, ReportRenderer renderer) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Case> cases() {
    return List.of(
        new Case("report.html", new HtmlReport()),
        new Case("report.md", new MarkdownReport()),
        new Case("claimreview.json", new ClaimReviewReport(DESK)),
        new Case("claimreview-default.json", new ClaimReviewReport()));
  }

  static String render(ReportRenderer renderer) {
    StringWriter out = new StringWriter();
    try {
      renderer.render(ReportFixtures.report(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void regenerate(Case c, String out) throws IOException {
    Files.createDirectories(DIR);
    Files.writeString(DIR.resolve(c.file()), out, StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(Case c) throws IOException {
    String out = render(c.renderer());
    assertThat(render(c.renderer())).as("rendering twice gives the same bytes").isEqualTo(out);
    Path expected = DIR.resolve(c.file());
    if (UPDATE) {
      regenerate(c, out);
    }
    assertThat(expected).as("golden file (create it with -Dgolden.update=true)").exists();
    assertThat(out).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void everyGoldenFileHasACase() throws IOException {
    if (UPDATE) {
      for (Case c : cases()) {
        regenerate(c, render(c.renderer()));
      }
    }
    assertThat(DIR).as("golden folder (create it with -Dgolden.update=true)").isDirectory();
    try (Stream<Path> files = Files.list(DIR)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactlyElementsOf(cases().stream().map(Case::file).sorted().toList());
    }
  }
}
