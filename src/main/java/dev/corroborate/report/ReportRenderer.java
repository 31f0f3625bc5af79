package dev.corroborate.report;

import dev.corroborate.verdict.CheckReport;
import java.io.IOException;
import java.io.Writer;

/** Renders a check report in one format. Renderers are stateless and deterministic. */
public interface ReportRenderer {
  void render(CheckReport report, Writer out) throws IOException;
}
