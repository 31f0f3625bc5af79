package dev.corroborate.conflicts;

import dev.corroborate.analysis.Passage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups conflict pairs into propositions: passages joined by conflicts form one group (the union
 * of pairs that share a passage), and each group is split into two sides by walking the conflicts
 * (the other end of a conflict goes to the other side). Deterministic: passages and pairs are
 * visited in sorted order. Stateless and thread-safe.
 */
public final class PropositionGrouper {
  /** Stable order of passages: source id, then position. */
  public static final Comparator<Passage> PASSAGE_ORDER = Comparator.comparing(Passage::sourceId)
      .thenComparingInt(Passage::ordinal);
  /** Stable order of pairs: proposition passage, then judged passage. */
  public static final Comparator<ConflictPair> PAIR_ORDER = Comparator
      .comparing((ConflictPair p) -> p.proposition().passage().sourceId())
      .thenComparingInt(p -> p.proposition().passage().ordinal())
      .thenComparing(p -> p.judged().sourceId())
      .thenComparingInt(p -> p.judged().ordinal());

  public List<ConflictGroup> group(List<ConflictPair> pairs) {
    List<ConflictPair> sorted = new ArrayList<>(pairs);
    sorted.sort(PAIR_ORDER);
    Map<String, Passage> passages = new TreeMap<>();
    Map<String, List<ConflictPair>> edges = new HashMap<>();
    for (ConflictPair p : sorted) {
      Passage a = p.proposition().passage();
      Passage b = p.judged();
      passages.put(a.id(), a);
      passages.put(b.id(), b);
      edges.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(p);
      edges.computeIfAbsent(b.id(), k -> new ArrayList<>()).add(p);
    }
    Map<String, Boolean> side = new HashMap<>();
    List<ConflictGroup> out = new ArrayList<>();
    for (String start : passages.keySet()) {
      if (side.containsKey(start)) {
        continue;
      }
      side.put(start, true);
      Deque<String> queue = new ArrayDeque<>(List.of(start));
      TreeSet<ConflictPair> groupPairs = new TreeSet<>(PAIR_ORDER);
      List<String> members = new ArrayList<>();
      while (!queue.isEmpty()) {
        String id = queue.removeFirst();
        members.add(id);
        for (ConflictPair p : edges.get(id)) {
          groupPairs.add(p);
          String other = p.proposition().passage().id().equals(id) ? p.judged().id() : p.proposition().passage().id();
          if (!side.containsKey(other)) {
            side.put(other, !side.get(id));
            queue.addLast(other);
          }
        }
      }
      members.sort(Comparator.comparing(passages::get, PASSAGE_ORDER));
      List<Passage> a = new ArrayList<>();
      List<Passage> b = new ArrayList<>();
      for (String id : members) {
        (side.get(id) ? a : b).add(passages.get(id));
      }
      if (!a.isEmpty() && !b.isEmpty()) {
        out.add(new ConflictGroup(a, b, new ArrayList<>(groupPairs)));
      }
    }
    return out;
  }
}
