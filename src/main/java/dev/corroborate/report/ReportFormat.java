package dev.corroborate.report;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The report formats of {@code check --format}, each with its renderer. */
public enum ReportFormat {
  TEXT("text", TextReport::new),
  JSON("json", JsonReport::new);

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
