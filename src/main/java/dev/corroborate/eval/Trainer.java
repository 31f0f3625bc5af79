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
 * FEVER-Symmetric is never trained on. The trainer (GIS and its iteration count, or L-BFGS and its
 * L2 penalty) and the class-balance setting are chosen on an inner split of the training pairs only
 * (a second {@link DevSplit} with seed + 1), so nothing scored by {@code eval} influences training.
 * Both trainers are deterministic for the same examples in the same order (one thread).
 */
public final class Trainer {
  /** The datasets trained on, in this order. */
  public static final List<Dataset> TRAINED_ON = List.of(Dataset.FNC1, Dataset.EMERGENT, Dataset.ARC);
  /** Class-balance settings tried on the inner split. */
  static final double[] BALANCES = {0.4, 0.6, 0.8};
  /** GIS iteration counts tried on the inner split. */
  static final int[] ITERATIONS = {300, 600};
  /**
   * L2 penalties of L-BFGS tried on the inner split (with at most 300 iterations; it converges
   * before that on these data, so more iterations change nothing).
   */
  static final double[] L2 = {1, 3, 10};

  /** Every setting tried on the inner split, in order: GIS, then L-BFGS; the first best is kept. */
  static List<StanceModel.Settings> candidates() {
    List<StanceModel.Settings> out = new ArrayList<>();
    for (int iterations : ITERATIONS) {
      for (double balance : BALANCES) {
        out.add(new StanceModel.Settings(iterations, 0, balance));
      }
    }
    for (double l2 : L2) {
      for (double balance : BALANCES) {
        out.add(new StanceModel.Settings(300, 0, balance, l2));
      }
    }
    return out;
  }

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
    for (StanceModel.Settings candidate : candidates()) {
      StanceModel m = StanceModel.train(innerTrain, candidate);
      double sum = 0;
      StringBuilder each = new StringBuilder();
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
        Metrics m1 = Metrics.of(d, gold, predicted);
        sum += m1.macroF1();
        each.append(String.format(Locale.ROOT, "; %s %.4f (", d.label(), m1.macroF1()));
        m1.perClass().forEach((k, v) -> each.append(String.format(Locale.ROOT, "%s %.2f ", k, v.f1())));
        each.setLength(each.length() - 1);
        each.append(')');
      }
      double score = sum / TRAINED_ON.size();
      String name = candidate.describe();
      scores.put(name, score);
      log.append(String.format(Locale.ROOT, "%s: inner-dev mean macro-F1 %.4f%s%n", name, score, each));
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    StanceModel.Settings settings = best;
    StanceModel model = StanceModel.train(all.stream().map(Labelled::example).toList(), settings);
    log.append(String.format(Locale.ROOT, "chose %s; trained on %d pairs%n", settings.describe(), all.size()));
    return new Result(model, settings, counts, scores, log.toString());
  }
}
