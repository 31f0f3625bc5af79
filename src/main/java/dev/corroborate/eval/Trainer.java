package dev.corroborate.eval;

import dev.corroborate.analysis.TextAnalyzer;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.index.Progress;
import dev.corroborate.learn.StanceModel;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.stance.Stance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the shipped stance model from the datasets, reproducibly: the training pairs are the
 * train side of {@link DevSplit} (by body or by claim, never by row) of FNC-1, Emergent and ARC;
 * FEVER-Symmetric is never trained on. The class-balance setting is chosen on an inner split of the
 * training pairs only (a second {@link DevSplit} with seed + 1), so nothing scored by {@code eval}
 * influences training. GIS is deterministic for the same examples in the same order.
 */
public final class Trainer {
  /** The datasets trained on, in this order. */
  public static final List<Dataset> TRAINED_ON = List.of(Dataset.FNC1, Dataset.EMERGENT, Dataset.ARC);
  /** Class-balance settings tried on the inner split. */
  static final double[] BALANCES = {0.4, 0.6, 0.8};
  static final int ITERATIONS = 300;

  /** What training did, for the command's summary and the model's documentation. */
  public record Result(StanceModel model, StanceModel.Settings settings, Map<String, Integer> examples,
      Map<String, Double> innerScores, String log) {}

  private final TextAnalyzer analyzer;
  private final Lexicon lexicon;
  private final int threads;

  public Trainer(TextAnalyzer analyzer, Lexicon lexicon, int threads) {
    this.analyzer = analyzer;
    this.lexicon = lexicon;
    this.threads = threads;
  }

  private record Labelled(Dataset dataset, LabelledPair pair, StanceModel.Example example) {}

  public Result train(Path datasetsRoot, long seed, Progress progress) throws BadInputException, IOException {
    DevSplit split = new DevSplit(seed);
    DevSplit inner = new DevSplit(seed + 1);
    List<Labelled> all = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    StringBuilder log = new StringBuilder();
    for (Dataset d : TRAINED_ON) {
      List<LabelledPair> pairs = split.train(d.read(d.defaultData(datasetsRoot)));
      EngineClassifier rules = new EngineClassifier(analyzer, lexicon, null, EnumSet.allOf(Stance.class), threads);
      List<EngineClassifier.Judged> judged = rules.judge(pairs, progress);
      for (int i = 0; i < pairs.size(); i++) {
        all.add(new Labelled(d, pairs.get(i), new StanceModel.Example(judged.get(i).features(), pairs.get(i).gold())));
      }
      counts.put(d.label(), pairs.size());
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    double bestScore = -1;
    double bestBalance = BALANCES[0];
    for (double balance : BALANCES) {
      List<StanceModel.Example> innerTrain = new ArrayList<>();
      for (Labelled l : all) {
        if (!inner.inDev(l.pair().group())) {
          innerTrain.add(l.example());
        }
      }
      StanceModel m = StanceModel.train(innerTrain, new StanceModel.Settings(ITERATIONS, 0, balance));
      double sum = 0;
      for (Dataset d : TRAINED_ON) {
        List<Stance> gold = new ArrayList<>();
        List<Stance> predicted = new ArrayList<>();
        EnumSet<Stance> allowed = EnumSet.copyOf(d.goldClasses());
        for (Labelled l : all) {
          if (l.dataset() == d && inner.inDev(l.pair().group())) {
            gold.add(l.pair().gold());
            predicted.add(m.predict(l.example().features(), allowed));
          }
        }
        sum += Metrics.of(d, gold, predicted).macroF1();
      }
      double score = sum / TRAINED_ON.size();
      scores.put(String.format(Locale.ROOT, "%.1f", balance), score);
      log.append(String.format(Locale.ROOT, "balance %.1f: inner-dev mean macro-F1 %.4f%n", balance, score));
      if (score > bestScore) {
        bestScore = score;
        bestBalance = balance;
      }
    }
    StanceModel.Settings settings = new StanceModel.Settings(ITERATIONS, 0, bestBalance);
    StanceModel model = StanceModel.train(all.stream().map(Labelled::example).toList(), settings);
    log.append(String.format(Locale.ROOT, "chose balance %.1f; trained on %d pairs%n", bestBalance, all.size()));
    return new Result(model, settings, counts, scores, log.toString());
  }
}
