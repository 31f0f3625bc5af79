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
 * influences training (the GIS iteration count is chosen the same way). GIS is deterministic for the same examples in the same order.
 */
public final class Trainer {
  /** The datasets trained on, in this order. */
  public static final List<Dataset> TRAINED_ON = List.of(Dataset.FNC1, Dataset.EMERGENT, Dataset.ARC);
  /** Class-balance settings tried on the inner split. */
  static final double[] BALANCES = {0.4, 0.6, 0.8};
  /** GIS iteration counts tried on the inner split. */
  static final int[] ITERATIONS = {300, 600};

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
    List<StanceModel.Example> innerTrain = new ArrayList<>();
    for (Labelled l : all) {
      if (!inner.inDev(l.pair().group())) {
        innerTrain.add(l.example());
      }
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    double bestScore = -1;
    StanceModel.Settings best = null;
    for (int iterations : ITERATIONS) {
      for (double balance : BALANCES) {
        StanceModel.Settings candidate = new StanceModel.Settings(iterations, 0, balance);
        StanceModel m = StanceModel.train(innerTrain, candidate);
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
        String name = String.format(Locale.ROOT, "iterations %d, balance %.1f", iterations, balance);
        scores.put(name, score);
        log.append(String.format(Locale.ROOT, "%s: inner-dev mean macro-F1 %.4f%n", name, score));
        if (score > bestScore) {
          bestScore = score;
          best = candidate;
        }
      }
    }
    StanceModel.Settings settings = best;
    StanceModel model = StanceModel.train(all.stream().map(Labelled::example).toList(), settings);
    log.append(String.format(Locale.ROOT, "chose iterations %d, balance %.1f; trained on %d pairs%n",
        settings.iterations(), settings.balance(), all.size()));
    return new Result(model, settings, counts, scores, log.toString());
  }
}
