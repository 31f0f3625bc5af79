package dev.corroborate.report;

import dev.corroborate.gate.Gate;
import dev.corroborate.verdict.CheckReport;
import java.io.IOException;
import java.io.Writer;

/** Renders a check report in one format. Renderers are stateless and deterministic. */
public interface ReportRenderer {
  void render(CheckReport report, Writer out) throws IOException;

  /**
   * This format judging claims by {@code gate}: formats that show pass or fail per claim (JUnit,
   * GitHub workflow commands) return a renderer that applies it; the others return themselves.
   */
  default ReportRenderer gated(Gate gate) {
    return this;
  }

  /**
   * This format naming the review's author, date and URL: formats for publishing (HTML, Markdown,
   * ClaimReview) return a renderer that uses them; the others return themselves.
   */
  default ReportRenderer reviewed(ReviewOptions options) {
    return this;
  }
}
