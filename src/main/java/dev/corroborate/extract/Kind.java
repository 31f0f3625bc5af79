package dev.corroborate.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a proposed claim is, by its form: only an assertion is check-worthy in its own words. */
public enum Kind {
  /** A factual assertion: who did or said what, when, how much. */
  ASSERTION,
  /** A question. */
  QUESTION,
  /** The writer's or speaker's view: opinion verbs with "I"/"we", judging words, "should". */
  OPINION,
  /** About the future: "will", "expected to". */
  PREDICTION,
  /** Speculation: "may", "reportedly", "seems". */
  HEDGED,
  /** No verb, or too few words: a heading, a byline, a list label. */
  FRAGMENT;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Kind> fromLabel(String label) {
    return Arrays.stream(values()).filter(k -> k.label().equals(label)).findFirst();
  }

  public static String allLabels() {
    return Arrays.stream(values()).map(Kind::label).collect(Collectors.joining(", "));
  }
}
