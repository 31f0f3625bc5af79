package dev.corroborate.retrieval;

import java.util.List;

/**
 * One clause of a retrieval query: a word's key, or a phrase of keys (a multi-word alias), with a
 * boost, and optionally a group. Terms of one group are alternatives for one thing (the alias
 * phrases of an entity, a word and its synonyms): a passage scores for the best of them only, so
 * the thing counts once however many of its forms the passage uses.
 *
 * @param keys  the key, or the keys of a phrase in order
 * @param boost weight, greater than 0
 * @param group name of the group of alternatives, or null when the term stands alone
 */
public record QueryTerm(List<String> keys, float boost, String group) {
  public QueryTerm {
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("empty query term");
    }
    if (!(boost > 0)) {
      throw new IllegalArgumentException("boost must be > 0");
    }
    if (group != null && group.isBlank()) {
      throw new IllegalArgumentException("blank group (use null for none)");
    }
  }

  /** A term of no group. */
  public QueryTerm(List<String> keys, float boost) {
    this(keys, boost, null);
  }

  /** A one-key term of no group. */
  public static QueryTerm of(String key, float boost) {
    return new QueryTerm(List.of(key), boost);
  }

  /** This term in a group of alternatives. */
  public QueryTerm inGroup(String name) {
    return new QueryTerm(keys, boost, name);
  }
}
