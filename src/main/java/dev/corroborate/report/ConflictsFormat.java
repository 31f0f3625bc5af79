package dev.corroborate.report;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The formats of the {@code conflicts} report, by the word {@code --format} takes. */
public enum ConflictsFormat {
  TEXT("text", new ConflictsTextReport()),
  JSON("json", new ConflictsJsonReport()),
  HTML("html", new ConflictsHtmlReport());

  private final String label;
  private final ConflictsRenderer renderer;

  ConflictsFormat(String label, ConflictsRenderer renderer) {
    this.label = label;
    this.renderer = renderer;
  }

  public String label() {
    return label;
  }

  public ConflictsRenderer renderer() {
    return renderer;
  }

  public static String allLabels() {
    return Arrays.stream(values()).map(ConflictsFormat::label).collect(Collectors.joining(", "));
  }
}
