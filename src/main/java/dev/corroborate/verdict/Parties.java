package dev.corroborate.verdict;

import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.stance.Attribution;
import dev.corroborate.stance.SourceVoice;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The voices of the corpus, by which the holder of reported speech ("the Courier reported that
 * ...", "Rivera denied ...") is recognised as one of the corpus's publishers. A holder is resolved to
 * the publisher whose speakers' and own name keys it shares most; a tie between publishers (a bare
 * country name shared by several ministries) leaves it unresolved, a party outside the corpus.
 * Immutable and thread-safe.
 */
public final class Parties {
  /** A party that asserts something in a source's report of it. */
  public record Party(String key, String name, String publisher) {
    /** True when the party is one of the corpus's publishers. */
    public boolean inCorpus() {
      return !publisher.isEmpty();
    }
  }

  private final Map<String, Set<String>> publisherKeys;

  private Parties(Map<String, Set<String>> publisherKeys) {
    this.publisherKeys = publisherKeys;
  }

  /** No corpus voices: every holder is a party of its own. */
  public static Parties none() {
    return new Parties(Map.of());
  }

  /** The voices of these sources, grouped by publisher (the display name when a source has none). */
  public static Parties of(List<SourceDocument> sources, Map<String, SourceVoice> voices) {
    Map<String, Set<String>> keys = new TreeMap<>();
    for (SourceDocument s : sources) {
      SourceVoice v = voices.get(s.id());
      if (v != null) {
        keys.computeIfAbsent(s.displayName(), k -> new HashSet<>()).addAll(v.keys());
      }
    }
    Map<String, Set<String>> frozen = new TreeMap<>();
    keys.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new Parties(frozen);
  }

  /** The party holding an attributed assertion; the attribution must name another holder. */
  public Party resolve(Attribution a) {
    if (!a.namedOther()) {
      throw new IllegalArgumentException("not another party's assertion: " + a);
    }
    String best = "";
    int bestOverlap = 0;
    boolean tie = false;
    for (Map.Entry<String, Set<String>> e : publisherKeys.entrySet()) {
      int overlap = 0;
      for (String k : a.holderKeys()) {
        overlap += e.getValue().contains(k) ? 1 : 0;
      }
      if (overlap > bestOverlap) {
        best = e.getKey();
        bestOverlap = overlap;
        tie = false;
      } else if (overlap == bestOverlap && overlap > 0) {
        tie = true;
      }
    }
    if (bestOverlap > 0 && !tie) {
      return new Party("publisher:" + best, a.holder(), best);
    }
    return new Party("holder:" + String.join(" ", new java.util.TreeSet<>(a.holderKeys())), a.holder(), "");
  }
}
