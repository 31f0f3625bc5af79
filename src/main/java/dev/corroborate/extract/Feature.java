package dev.corroborate.extract;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing that raised or lowered a claim's check-worthiness score.
 *
 * @param name   what was found ("names", "number", "hedge")
 * @param weight what it added to the score (negative for a penalty, 0 when noted only)
 * @param words  the words that showed it, as written
 */
public record Feature(String name, double weight, List<String> words) {
  public Feature {
    Objects.requireNonNull(name, "name");
    words = List.copyOf(words);
    if (name.isBlank() || !Double.isFinite(weight)) {
      throw new IllegalArgumentException("bad feature " + name + " " + weight);
    }
  }

  /** {@code names +0.25 (Ruiz, Riverton)}. */
  public String describe() {
    String w = String.format(Locale.ROOT, "%+.2f", weight);
    return name + " " + w + (words.isEmpty() ? "" : " (" + String.join(", ", words) + ")");
  }
}
