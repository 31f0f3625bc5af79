package dev.corroborate.report;

import dev.corroborate.conflicts.ConflictsReport;
import java.io.IOException;
import java.io.Writer;

/** Placeholder. */
public final class ConflictsHtmlReport implements ConflictsRenderer {
  @Override
  public void render(ConflictsReport report, Writer out) throws IOException {
    throw new UnsupportedOperationException("html");
  }
}
