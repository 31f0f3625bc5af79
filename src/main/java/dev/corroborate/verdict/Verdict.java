package dev.corroborate.verdict;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The overall outcome for a claim across all sources. */
public enum Verdict {
  /** At least one source supports it and none contradicts it. */
  SUPPORTED("supported"),
  /** At least one source contradicts it and none supports it. */
  CONTRADICTED("contradicted"),
  /** Some sources support it and some contradict it. */
  CONTESTED("contested"),
  /** No source supports or contradicts it. */
  UNVERIFIED("unverified");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Verdict> fromLabel(String label) {
    return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
  }

  public static String allLabels() {
    return Arrays.stream(values()).map(Verdict::label).collect(Collectors.joining(", "));
  }

  /** The verdict that follows from whether any source supports and whether any contradicts. */
  public static Verdict of(boolean anySupports, boolean anyContradicts) {
    if (anySupports) {
      return anyContradicts ? CONTESTED : SUPPORTED;
    }
    return anyContradicts ? CONTRADICTED : UNVERIFIED;
  }
}
