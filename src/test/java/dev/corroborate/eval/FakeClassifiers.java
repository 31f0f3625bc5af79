package dev.corroborate.eval;

import dev.corroborate.index.Progress;
import dev.corroborate.stance.Stance;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Stand-ins for the real classifier: they never read the gold labels. */
final class FakeClassifiers {
  private FakeClassifiers() {}

  /** Predicts one stance for every pair. */
  static PairClassifier always(Stance stance) {
    return (pairs, progress) -> Collections.nCopies(pairs.size(), stance);
  }

  /** Predicts by pair id from a table; ids not in it get {@code otherwise}. */
  static PairClassifier lookup(Map<String, Stance> byId, Stance otherwise) {
    return (pairs, progress) -> pairs.stream().map(p -> byId.getOrDefault(p.id(), otherwise)).toList();
  }

  /** Breaks the contract: one prediction too few. */
  static PairClassifier oneShort() {
    return new PairClassifier() {
      @Override
      public List<Stance> classify(List<LabelledPair> pairs, Progress progress) {
        return Collections.nCopies(pairs.size() - 1, Stance.UNRELATED);
      }
    };
  }
}
