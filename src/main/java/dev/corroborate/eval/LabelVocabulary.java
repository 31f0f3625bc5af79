package dev.corroborate.eval;

import dev.corroborate.stance.Stance;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A dataset's label words and their stances, both ways, in the dataset's order. Each word maps to
 * one stance and each stance has at most one word; a stance the dataset has no word for (e.g.
 * {@code unrelated} on FEVER) prints as its own label ({@link Stance#label()}).
 */
final class LabelVocabulary {
  private final Map<String, Stance> byWord;
  private final Map<Stance, String> byStance;

  private LabelVocabulary(Map<String, Stance> byWord) {
    this.byWord = byWord;
    this.byStance = new EnumMap<>(Stance.class);
    for (Map.Entry<String, Stance> e : byWord.entrySet()) {
      if (byStance.put(e.getValue(), e.getKey()) != null) {
        throw new IllegalArgumentException("two words for " + e.getValue());
      }
    }
  }

  /** The words with their stances, in the dataset's order. */
  @SafeVarargs
  static LabelVocabulary of(Map.Entry<String, Stance>... words) {
    Map<String, Stance> map = new LinkedHashMap<>();
    for (Map.Entry<String, Stance> e : words) {
      if (map.put(e.getKey(), e.getValue()) != null) {
        throw new IllegalArgumentException("duplicate word " + e.getKey());
      }
    }
    return new LabelVocabulary(map);
  }

  List<String> words() {
    return List.copyOf(byWord.keySet());
  }

  /** The gold classes, in the dataset's order. */
  List<Stance> stances() {
    return List.copyOf(byWord.values());
  }

  Optional<Stance> stance(String word) {
    return Optional.ofNullable(byWord.get(word));
  }

  String word(Stance stance) {
    String w = byStance.get(stance);
    return w != null ? w : stance.label();
  }

  /** Every stance in {@code seen} without a dataset word, in {@link Stance} order. */
  List<Stance> outside(Iterable<Stance> seen) {
    List<Stance> extra = new ArrayList<>();
    for (Stance s : seen) {
      if (!byStance.containsKey(s) && !extra.contains(s)) {
        extra.add(s);
      }
    }
    extra.sort(null);
    return extra;
  }

  String allWords() {
    return byWord.keySet().stream().collect(Collectors.joining(", "));
  }
}
