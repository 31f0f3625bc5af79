package dev.corroborate.lexicon;

import java.util.Objects;
import java.util.Set;

/**
 * A unit of meaning in a token list: a content word, a person's name (title words dropped), or an
 * alias phrase naming an entity.
 *
 * @param from    index of the first token
 * @param to      index after the last token
 * @param kind    what the unit is
 * @param keys    keys that match it: the word's key and synonym groups, the name's words, or the
 *                entity id
 * @param display the words as written
 * @param head    matching key of the unit's main word (for verbs, the verb's key)
 */
public record TermUnit(int from, int to, Kind kind, Set<String> keys, String display, String head) {
  /** NUMBER covers numbers and calendar words (months, weekdays). */
  public enum Kind { WORD, VERB, NAME, ENTITY, NUMBER }

  public TermUnit {
    Objects.requireNonNull(kind, "kind");
    keys = Set.copyOf(keys);
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(head, "head");
    if (from < 0 || to <= from) {
      throw new IllegalArgumentException("bad token range " + from + ".." + to);
    }
  }

  public boolean isEntity() {
    return kind == Kind.NAME || kind == Kind.ENTITY;
  }
}
