package dev.corroborate.cli;

import dev.corroborate.report.ReportFormat;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format} words into {@link ReportFormat}s, naming the valid words on error. */
final class FormatConverter implements ITypeConverter<ReportFormat> {
  @Override
  public ReportFormat convert(String value) {
    return Arrays.stream(ReportFormat.values()).filter(f -> f.label().equalsIgnoreCase(value)).findFirst()
        .orElseThrow(() -> new TypeConversionException(
            "unknown format '" + value + "' (use one of: " + ReportFormat.allLabels() + ")"));
  }

  /** The format words, for --help. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ReportFormat.values()).map(ReportFormat::label).iterator();
    }
  }
}
