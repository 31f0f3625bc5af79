package dev.corroborate.stance;

import java.util.Arrays;
import java.util.Optional;

/** How one passage or source bears on a claim. */
public enum Stance {
  SUPPORTS("supports"),
  CONTRADICTS("contradicts"),
  /** About the same topic, but neither supports nor contradicts. */
  MENTIONS("mentions"),
  /** Not about the claim (a "silent" source). */
  UNRELATED("unrelated");

  private final String label;

  Stance(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean decisive() {
    return this == SUPPORTS || this == CONTRADICTS;
  }

  public static Optional<Stance> fromLabel(String label) {
    return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
  }
}
