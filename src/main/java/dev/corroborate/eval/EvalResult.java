package dev.corroborate.eval;

import java.util.Objects;

/**
 * One evaluation: what was scored, the scores, and how long the classifier took.
 *
 * @param seed    the {@link DevSplit} seed (meaningless for {@link Split#ALL})
 * @param seconds   wall-clock seconds of {@link PairClassifier#classify} (reading and scoring excluded)
 * @param intervals how far the scores could move on another sample of the same size
 */
public record EvalResult(Dataset dataset, Split split, long seed, Metrics metrics, double seconds,
    Intervals intervals) {
  public EvalResult {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(intervals, "intervals");
    if (!(seconds >= 0)) {
      throw new IllegalArgumentException("seconds must be >= 0");
    }
  }

  public int pairs() {
    return metrics.pairs();
  }

  /** Pairs classified per second; 0 when the time was too short to measure. */
  public double pairsPerSecond() {
    return seconds == 0 ? 0 : metrics.pairs() / seconds;
  }
}
