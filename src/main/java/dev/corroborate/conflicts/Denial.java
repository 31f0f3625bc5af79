package dev.corroborate.conflicts;

import dev.corroborate.analysis.Passage;
import dev.corroborate.stance.Cue;
import java.util.Objects;
import java.util.Set;

/**
 * A passage that explicitly denies another source's account ("rejected the Courier's account").
 *
 * @param passage the denying passage
 * @param denied  ids of the sources whose account it denies (never the passage's own source)
 * @param cue     the refutation cue, with the words that name the account
 */
public record Denial(Passage passage, Set<String> denied, Cue cue) {
  public Denial {
    Objects.requireNonNull(passage, "passage");
    Objects.requireNonNull(cue, "cue");
    denied = Set.copyOf(denied);
    if (denied.isEmpty() || denied.contains(passage.sourceId())) {
      throw new IllegalArgumentException("a denial names another source");
    }
  }
}
