/**
 * Report stage: renders a {@link dev.corroborate.verdict.CheckReport} without recomputing anything.
 * {@link dev.corroborate.report.TextReport} for terminals, {@link dev.corroborate.report.JsonReport} for
 * other tools (stable keys). Renderers are stateless and deterministic: the same report gives the same
 * bytes.
 *
 * <p>For review and publication: {@link dev.corroborate.report.HtmlReport} (one self-contained page:
 * claim × source matrix, timeline, passages side by side, offline filters), {@link
 * dev.corroborate.report.MarkdownReport} (the same in GitHub-flavoured Markdown) and {@link
 * dev.corroborate.report.ClaimReviewReport} (schema.org ClaimReview JSON-LD). They take the review's
 * author, date and URL as {@link dev.corroborate.report.ReviewOptions} ({@link
 * dev.corroborate.report.ReportRenderer#reviewed}), read the grid off the report ({@code SourceGrid}) and
 * escape every text from sources ({@code Escape}), so markup in a source never runs.
 *
 * <p>For continuous integration: {@link dev.corroborate.report.JunitReport} (JUnit XML, a test case per
 * claim, written with a streaming XML writer that drops characters XML 1.0 cannot carry) and {@link
 * dev.corroborate.report.GithubReport} (GitHub Actions {@link dev.corroborate.report.WorkflowCommand}s)
 * show which claims fail the {@link dev.corroborate.gate.Gate} they are given ({@link
 * dev.corroborate.report.ReportRenderer#gated}); {@link dev.corroborate.report.ValidationFormat} prints
 * what {@code corroborate validate} found, as text lines or workflow commands.
 */
package dev.corroborate.report;
