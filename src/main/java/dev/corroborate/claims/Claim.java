package dev.corroborate.claims;

import dev.corroborate.verdict.Verdict;
import java.util.Objects;
import java.util.Optional;

/**
 * One claim to verify.
 *
 * @param id       unique id within the claims file
 * @param text     the claim, one assertion
 * @param expected the verdict its author expects, or null
 * @param line     1-based line in the claims file where the claim starts (0 when not from a file)
 */
public record Claim(String id, String text, Verdict expected, int line) {
  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("claim id is empty");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("claim text is empty");
    }
  }

  public Optional<Verdict> expectation() {
    return Optional.ofNullable(expected);
  }
}
