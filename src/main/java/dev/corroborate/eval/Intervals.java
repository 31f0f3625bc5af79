package dev.corroborate.eval;

import dev.corroborate.stance.Stance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How far the scores of one evaluation could move on another sample of the same kind: 95 %
 * percentile intervals from a cluster bootstrap over the split's groups (the bodies of FNC-1 and
 * ARC, the claims of Emergent and FEVER-Symmetric, as {@link DevSplit} keeps them together).
 *
 * <p>Pairs of one group are not independent (one claim's headlines share its wording, one body's
 * pairs share its text), so each of the {@link #RESAMPLES} resamples draws as many groups as there
 * are, with replacement, and keeps every pair of each drawn group. The resampling seed is fixed, so
 * the intervals are the same on every run of the same predictions.
 *
 * @param groups   number of distinct groups among the scored pairs
 * @param accuracy interval of the accuracy
 * @param macroF1  interval of the macro-F1
 * @param fncScore interval of the FNC-1 relative score (FNC-1 and ARC only)
 * @param f1       interval of each gold class's F1, by the dataset's label words in its order
 */
public record Intervals(int groups, Interval accuracy, Interval macroF1, Optional<Interval> fncScore,
    Map<String, Interval> f1) {

  /** Resamples drawn. */
  public static final int RESAMPLES = 1000;
  /** Share of the resampled scores inside each interval. */
  public static final double LEVEL = 0.95;
  private static final long SEED = 1_000_003L;

  /** A closed interval of a score, {@code low <= high}. */
  public record Interval(double low, double high) {
    public Interval {
      if (!(low <= high)) {
        throw new IllegalArgumentException("low " + low + " above high " + high);
      }
    }
  }

  public Intervals {
    if (groups <= 0) {
      throw new IllegalArgumentException("groups must be > 0");
    }
    f1 = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(f1));
  }

  /**
   * The intervals of the scores of {@code predicted} against the gold labels of {@code pairs} (same
   * length and order, not empty), resampling the pairs' groups.
   */
  public static Intervals of(Dataset dataset, List<LabelledPair> pairs, List<Stance> predicted) {
    if (pairs.size() != predicted.size() || pairs.isEmpty()) {
      throw new IllegalArgumentException(pairs.size() + " pairs but " + predicted.size() + " predictions");
    }
    List<Stance> axis = Metrics.axis(dataset, predicted);
    Map<String, int[][]> byGroup = new LinkedHashMap<>();
    for (int i = 0; i < pairs.size(); i++) {
      int[][] m = byGroup.computeIfAbsent(pairs.get(i).group(), g -> new int[axis.size()][axis.size()]);
      m[axis.indexOf(pairs.get(i).gold())][axis.indexOf(predicted.get(i))]++;
    }
    List<int[][]> groups = new ArrayList<>(byGroup.values());
    List<String> words = dataset.goldClasses().stream().map(dataset::word).toList();
    double[] accuracy = new double[RESAMPLES];
    double[] macroF1 = new double[RESAMPLES];
    double[] fnc = new double[RESAMPLES];
    double[][] f1 = new double[words.size()][RESAMPLES];
    SplittableRandom random = new SplittableRandom(SEED);
    for (int r = 0; r < RESAMPLES; r++) {
      int[][] sum = new int[axis.size()][axis.size()];
      for (int k = 0; k < groups.size(); k++) {
        int[][] m = groups.get(random.nextInt(groups.size()));
        for (int g = 0; g < m.length; g++) {
          for (int p = 0; p < m[g].length; p++) {
            sum[g][p] += m[g][p];
          }
        }
      }
      Metrics s = Metrics.of(dataset, axis, sum);
      accuracy[r] = s.accuracy();
      macroF1[r] = s.macroF1();
      fnc[r] = s.fncScore().orElse(0);
      for (int c = 0; c < words.size(); c++) {
        f1[c][r] = s.perClass().get(words.get(c)).f1();
      }
    }
    Map<String, Interval> perClass = new LinkedHashMap<>();
    for (int c = 0; c < words.size(); c++) {
      perClass.put(words.get(c), percentile(f1[c]));
    }
    return new Intervals(groups.size(), percentile(accuracy), percentile(macroF1),
        dataset.fncScore() ? Optional.of(percentile(fnc)) : Optional.empty(), perClass);
  }

  /** The central {@link #LEVEL} of the values: the 2.5th and 97.5th percentiles (nearest rank). */
  static Interval percentile(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    double tail = (1 - LEVEL) / 2;
    int low = (int) Math.floor(tail * (v.length - 1));
    int high = (int) Math.ceil((1 - tail) * (v.length - 1));
    return new Interval(v[low], v[high]);
  }
}
