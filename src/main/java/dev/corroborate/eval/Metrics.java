package dev.corroborate.eval;

import dev.corroborate.stance.Stance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Scores of predictions against gold labels on one dataset.
 *
 * <ul>
 *   <li>{@code accuracy}: share of pairs predicted right;
 *   <li>{@code macroF1}: mean F1 over the dataset's gold classes (4 for FNC-1 and ARC, 3 for
 *       Emergent, 2 for FEVER), whether or not each occurs in the scored part; a prediction outside
 *       that set (e.g. unrelated on FEVER) is wrong and lowers the recall of the gold class;
 *   <li>{@code perClass}: precision, recall, F1 and support per gold class, keyed and ordered by the
 *       dataset's label words;
 *   <li>{@code confusion}: gold × predicted counts;
 *   <li>{@code fncScore}: for FNC-1 and ARC, the official FNC-1 relative score (see {@link
 *       #fncScore(List, List)}); empty for the other datasets.
 * </ul>
 *
 * <p>Pinned evaluations name the figures with {@link #named(String)}.
 */
public record Metrics(int pairs, double accuracy, double macroF1, OptionalDouble fncScore,
    Map<String, ClassScores> perClass, ConfusionMatrix confusion) {

  private static final Set<Stance> RELATED = EnumSet.of(Stance.SUPPORTS, Stance.CONTRADICTS, Stance.MENTIONS);

  public Metrics {
    if (pairs <= 0) {
      throw new IllegalArgumentException("pairs must be > 0");
    }
    ClassScores.requireFraction(accuracy, "accuracy");
    ClassScores.requireFraction(macroF1, "macroF1");
    if (fncScore.isPresent()) {
      ClassScores.requireFraction(fncScore.getAsDouble(), "fncScore");
    }
    perClass = Collections.unmodifiableMap(new LinkedHashMap<>(perClass));
  }

  /**
   * Scores {@code predicted} against {@code gold} (same length, same order, not empty; every gold
   * stance is one of the dataset's gold classes).
   */
  public static Metrics of(Dataset dataset, List<Stance> gold, List<Stance> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predictions");
    }
    if (gold.isEmpty()) {
      throw new IllegalArgumentException("no pairs to score");
    }
    List<Stance> classes = dataset.goldClasses();
    for (Stance g : gold) {
      if (!classes.contains(g)) {
        throw new IllegalArgumentException(g + " is not a gold class of " + dataset);
      }
    }
    List<Stance> axis = axis(dataset, predicted);
    return of(dataset, axis, counts(axis, gold, predicted));
  }

  /** The dataset's gold classes, then any class predicted outside them: the confusion matrix's axis. */
  static List<Stance> axis(Dataset dataset, List<Stance> predicted) {
    List<Stance> axis = new ArrayList<>(dataset.goldClasses());
    axis.addAll(dataset.outsideGold(predicted));
    return axis;
  }

  /** Gold × predicted counts on {@code axis} (which holds every label of both lists). */
  static int[][] counts(List<Stance> axis, List<Stance> gold, List<Stance> predicted) {
    int[][] m = new int[axis.size()][axis.size()];
    for (int i = 0; i < gold.size(); i++) {
      m[axis.indexOf(gold.get(i))][axis.indexOf(predicted.get(i))]++;
    }
    return m;
  }

  /**
   * Scores a confusion matrix: {@code m[g][p]} pairs of gold {@code axis[g]} predicted as {@code
   * axis[p]}; the axis starts with the dataset's gold classes, in order. At least one pair.
   */
  static Metrics of(Dataset dataset, List<Stance> axis, int[][] m) {
    List<Stance> classes = dataset.goldClasses();
    if (!axis.subList(0, Math.min(axis.size(), classes.size())).equals(classes)) {
      throw new IllegalArgumentException("the axis must start with the gold classes of " + dataset + ": " + axis);
    }
    int pairs = 0;
    int correct = 0;
    List<List<Integer>> counts = new ArrayList<>();
    for (int g = 0; g < m.length; g++) {
      counts.add(Arrays.stream(m[g]).boxed().toList());
      pairs += Arrays.stream(m[g]).sum();
      correct += m[g][g];
    }
    ConfusionMatrix confusion = new ConfusionMatrix(axis.stream().map(dataset::word).toList(), counts);
    Map<String, ClassScores> perClass = new LinkedHashMap<>();
    double f1Sum = 0;
    for (Stance c : classes) {
      String w = dataset.word(c);
      ClassScores s = ClassScores.of(confusion.count(w, w), confusion.predicted(w), confusion.gold(w));
      perClass.put(w, s);
      f1Sum += s.f1();
    }
    OptionalDouble fnc = dataset.fncScore() ? OptionalDouble.of(fncScore(axis, m)) : OptionalDouble.empty();
    return new Metrics(pairs, (double) correct / pairs, f1Sum / classes.size(), fnc, perClass,
        confusion);
  }

  /**
   * The FNC-1 relative score, as the official scorer computes it: per pair +0.25 when the label is
   * right; +0.50 more when that right label is related (supports, contradicts, mentions); +0.25 when
   * gold and prediction are both related (right or not). So a right related label scores 1.0, a
   * right unrelated one 0.25. The sum is divided by the best possible score (0.25 per unrelated gold
   * pair, 1.0 per related one).
   */
  public static double fncScore(List<Stance> gold, List<Stance> predicted) {
    if (gold.size() != predicted.size() || gold.isEmpty()) {
      throw new IllegalArgumentException("need as many predictions as gold labels, at least one");
    }
    List<Stance> axis = new ArrayList<>(EnumSet.allOf(Stance.class));
    return fncScore(axis, counts(axis, gold, predicted));
  }

  private static double fncScore(List<Stance> axis, int[][] m) {
    double score = 0;
    double best = 0;
    for (int g = 0; g < m.length; g++) {
      boolean goldRelated = RELATED.contains(axis.get(g));
      for (int p = 0; p < m[g].length; p++) {
        int n = m[g][p];
        best += n * (goldRelated ? 1.0 : 0.25);
        if (g == p) {
          score += n * (goldRelated ? 0.75 : 0.25);
        }
        if (goldRelated && RELATED.contains(axis.get(p))) {
          score += n * 0.25;
        }
      }
    }
    return best == 0 ? 0 : score / best;
  }

  /**
   * A figure by its pinned name: {@code accuracy}, {@code macro_f1}, {@code fnc_score}, or {@code
   * precision_W}, {@code recall_W}, {@code f1_W} for a gold label word W (e.g. {@code f1_disagree});
   * empty for a name that does not exist on this dataset.
   */
  public OptionalDouble named(String name) {
    if (name.equals("accuracy")) {
      return OptionalDouble.of(accuracy);
    }
    if (name.equals("macro_f1")) {
      return OptionalDouble.of(macroF1);
    }
    if (name.equals("fnc_score")) {
      return fncScore;
    }
    for (Map.Entry<String, ClassScores> e : perClass.entrySet()) {
      ClassScores s = e.getValue();
      if (name.equals("precision_" + e.getKey())) {
        return OptionalDouble.of(s.precision());
      }
      if (name.equals("recall_" + e.getKey())) {
        return OptionalDouble.of(s.recall());
      }
      if (name.equals("f1_" + e.getKey())) {
        return OptionalDouble.of(s.f1());
      }
    }
    return OptionalDouble.empty();
  }
}
