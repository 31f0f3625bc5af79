package dev.corroborate.retrieval;

import java.util.List;

/**
 * One clause of a retrieval query: a word's key, or a phrase of keys (a multi-word alias), with a
 * boost.
 */
public record QueryTerm(List<String> keys, float boost) {
  public QueryTerm {
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("empty query term");
    }
    if (!(boost > 0)) {
      throw new IllegalArgumentException("boost must be > 0");
    }
  }

  public static QueryTerm of(String key, float boost) {
    return new QueryTerm(List.of(key), boost);
  }
}
