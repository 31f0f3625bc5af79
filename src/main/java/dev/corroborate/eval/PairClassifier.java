package dev.corroborate.eval;

import dev.corroborate.index.Progress;
import dev.corroborate.stance.Stance;
import java.util.List;

/**
 * Predicts the stance of each pair's body towards its claim. The evaluation calls {@link #classify}
 * once with every pair of the split and {@link #close} when done.
 *
 * <p>Contract (checked by {@link EvalRunner}): exactly one non-null prediction per pair, in input
 * order. An implementation must not read {@link LabelledPair#gold()} or {@link
 * LabelledPair#goldWord()}.
 */
public interface PairClassifier extends AutoCloseable {
  /**
   * Classifies every pair; returns predictions in input order. Implementations may analyse each
   * distinct body once and run on several threads; they must not read the gold labels.
   */
  List<Stance> classify(List<LabelledPair> pairs, Progress progress);

  /** Releases models, thread pools and indexes; the default holds nothing. */
  @Override
  default void close() {}
}
