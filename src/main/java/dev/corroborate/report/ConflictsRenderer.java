package dev.corroborate.report;

import dev.corroborate.conflicts.ConflictsReport;
import java.io.IOException;
import java.io.Writer;

/** Renders what {@code conflicts} found in one format. Implementations are stateless and deterministic. */
public interface ConflictsRenderer {
  void render(ConflictsReport report, Writer out) throws IOException;
}
