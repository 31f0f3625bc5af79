package dev.corroborate.report;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The report formats of {@code check --format}, each with its renderer. */
public enum ReportFormat {
  TEXT("text", TextReport::new),
  JSON("json", JsonReport::new),
  /** One self-contained HTML page for journalists: claim × source matrix, timeline, passages side by side. */
  HTML("html", HtmlReport::new),
  /** GitHub-flavoured Markdown with the same content, for a newsroom wiki or a pull-request comment. */
  MARKDOWN("markdown", MarkdownReport::new),
  /** schema.org ClaimReview JSON-LD, one review per claim, as fact-checkers publish for search engines. */
  CLAIMREVIEW("claimreview", ClaimReviewReport::new),
  /** JUnit XML for CI servers: a test case per claim, failing by the check's gate. */
  JUNIT("junit", JunitReport::new),
  /** GitHub Actions workflow commands: annotations on the claims file's lines. */
  GITHUB("github", GithubReport::new);

  private final String label;
  private final Supplier<ReportRenderer> renderer;

  ReportFormat(String label, Supplier<ReportRenderer> renderer) {
    this.label = label;
    this.renderer = renderer;
  }

  public String label() {
    return label;
  }

  public ReportRenderer renderer() {
    return renderer.get();
  }

  @Override
  public String toString() {
    return label;
  }

  public static String allLabels() {
    return Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", "));
  }
}
