package dev.corroborate.eval;

/**
 * Precision, recall and F1 of one gold class (each 0 when undefined: no predictions of the class,
 * no gold pairs of it, or precision + recall = 0).
 *
 * @param support number of pairs whose gold label is the class
 */
public record ClassScores(double precision, double recall, double f1, int support) {
  public ClassScores {
    requireFraction(precision, "precision");
    requireFraction(recall, "recall");
    requireFraction(f1, "f1");
    if (support < 0) {
      throw new IllegalArgumentException("support must be >= 0");
    }
  }

  /** The scores from counts: true positives, pairs predicted as the class, pairs of the class. */
  static ClassScores of(int truePositives, int predicted, int support) {
    double p = predicted == 0 ? 0 : (double) truePositives / predicted;
    double r = support == 0 ? 0 : (double) truePositives / support;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new ClassScores(p, r, f1, support);
  }

  static void requireFraction(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], not " + value);
    }
  }
}
