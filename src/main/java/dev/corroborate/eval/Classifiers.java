package dev.corroborate.eval;

/** The classifiers that ship with corroborate, for {@code corroborate eval} and the pinned evaluation. */
public final class Classifiers {
  private Classifiers() {}

  /**
   * The production stance classifier for a dataset's task: the rules of {@code check}, combined per
   * document, decided by the shipped learned model among the labels the dataset uses.
   */
  public static PairClassifier shipped(Dataset dataset) {
    return shipped(dataset, Runtime.getRuntime().availableProcessors());
  }

  /**
   * As {@link #shipped(Dataset)}, on this many threads. The analyzer's models start loading in the
   * background at once, so a caller that reads its data next overlaps the two.
   */
  public static PairClassifier shipped(Dataset dataset, int threads) {
    return new EngineClassifier(new dev.corroborate.analysis.OpenNlpAnalyzer().loadModelsInBackground(),
        dev.corroborate.lexicon.Lexicon.shipped(), dev.corroborate.learn.StanceModel.shipped(),
        java.util.EnumSet.copyOf(dataset.goldClasses()), threads);
  }
}
