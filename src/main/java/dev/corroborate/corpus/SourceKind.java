package dev.corroborate.corpus;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What kind of document a source is; official kinds speak for a government or institution. */
public enum SourceKind {
  OFFICIAL_READOUT("official-readout", true),
  OFFICIAL_STATEMENT("official-statement", true),
  PRESS_BRIEFING("press-briefing", true),
  PRESS_REPORT("press-report", false),
  SOCIAL_MEDIA("social-media", false),
  LETTER("letter", true),
  ANALYSIS("analysis", false);

  private final String label;
  private final boolean official;

  SourceKind(String label, boolean official) {
    this.label = label;
    this.official = official;
  }

  /** The kebab-case word used in front matter and reports. */
  public String label() {
    return label;
  }

  public boolean official() {
    return official;
  }

  public static Optional<SourceKind> fromLabel(String label) {
    return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
  }

  public static String allLabels() {
    return Arrays.stream(values()).map(SourceKind::label).collect(Collectors.joining(", "));
  }
}
