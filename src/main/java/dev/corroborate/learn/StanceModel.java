package dev.corroborate.learn;

import dev.corroborate.stance.Stance;
import dev.corroborate.stance.StanceFeatures;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The learned part of the stance stage: a maximum-entropy model (Apache OpenNLP's GIS trainer) over
 * the rule engine's {@link StanceFeatures}. It predicts supports / contradicts / mentions /
 * unrelated for a claim against a document. OpenNLP's machine-learning types stay in this package.
 * Immutable and thread-safe once loaded.
 */
public final class StanceModel {
  /** The model shipped in the jar, reproduced by {@code corroborate train}. */
  public static final String SHIPPED = "stance-maxent.bin.gz";

  private final MaxentModel model;
  private final Map<Stance, Double> priorCorrection;

  private StanceModel(MaxentModel model, Map<Stance, Double> priorCorrection) {
    this.model = model;
    this.priorCorrection = Map.copyOf(priorCorrection);
  }

  /** One labelled training example. */
  public record Example(StanceFeatures.Vector features, Stance gold) {}

  /**
   * Training settings: iterations, feature cutoff, how far rare classes are up-weighted, and the L2
   * penalty: 0 trains with GIS (generalised iterative scaling, no penalty), above 0 with L-BFGS
   * (OpenNLP's quasi-Newton maximum-entropy trainer) minimising the log-loss plus that penalty.
   */
  public record Settings(int iterations, int cutoff, double balance, double l2) {
    public Settings {
      if (iterations < 1 || cutoff < 0 || balance < 0 || balance > 1 || l2 < 0) {
        throw new IllegalArgumentException("bad training settings");
      }
    }

    public Settings(int iterations, int cutoff, double balance) {
      this(iterations, cutoff, balance, 0);
    }

    /** The trainer's name, for notes and logs. */
    public String algorithm() {
      return l2 == 0 ? "GIS" : "L-BFGS";
    }

    /** The settings in words, e.g. "iterations 300, balance 0.6" or "L-BFGS l2 3, balance 0.6". */
    public String describe() {
      return l2 == 0
          ? String.format(java.util.Locale.ROOT, "iterations %d, balance %.1f", iterations, balance)
          : String.format(java.util.Locale.ROOT, "L-BFGS l2 %s, balance %.1f",
              java.math.BigDecimal.valueOf(l2).stripTrailingZeros().toPlainString(), balance);
    }
  }

  /**
   * Trains a model. Rare classes are up-weighted by repeating their examples
   * {@code round((n_max / n_class)^balance)} times, so {@code balance} 0 keeps the data as it is
   * and 1 balances the classes fully. Deterministic for the same examples and settings.
   */
  public static StanceModel train(List<Example> examples, Settings settings) throws IOException {
    Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
    examples.forEach(e -> counts.merge(e.gold(), 1, Integer::sum));
    int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    List<Event> events = new java.util.ArrayList<>();
    for (Example e : examples) {
      int repeat = (int) Math.max(1, Math.round(Math.pow((double) most / counts.get(e.gold()), settings.balance())));
      Event ev = new Event(e.gold().label(), e.features().names().toArray(String[]::new), e.features().values());
      for (int r = 0; r < repeat; r++) {
        events.add(ev);
      }
    }
    TrainingParameters params = new TrainingParameters();
    if (settings.l2() == 0) {
      params.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
    } else {
      params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
      params.put(QNTrainer.L1COST_PARAM, 0.0);
      params.put(QNTrainer.L2COST_PARAM, settings.l2());
    }
    params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
    params.put("PrintMessages", false);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
    MaxentModel m = trainer.train(ObjectStreamUtils.createObjectStream(events));
    return new StanceModel(m, Map.of());
  }

  /** The model shipped in the jar. */
  public static StanceModel shipped() {
    try (InputStream in = StanceModel.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException(SHIPPED + " missing from the jar (run 'corroborate train')");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped stance model: " + e.getMessage(), e);
    }
  }

  public static StanceModel read(InputStream in) throws IOException {
    AbstractModel m = new GenericModelReader(new BinaryFileDataReader(new GZIPInputStream(in))).getModel();
    return new StanceModel(m, Map.of());
  }

  /** Writes the model gzip-compressed; the bytes are the same for the same model. */
  public void write(Path file) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes) {
      {
        def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
      }
    })) {
      new GenericModelWriter((AbstractModel) model, out).persist();
    }
    byte[] b = bytes.toByteArray();
    b[4] = b[5] = b[6] = b[7] = 0;
    Files.write(file, b);
  }

  /** Probability of each stance the model knows. */
  public Map<Stance, Double> probabilities(StanceFeatures.Vector v) {
    double[] p = model.eval(v.names().toArray(String[]::new), v.values());
    Map<Stance, Double> out = new EnumMap<>(Stance.class);
    for (int i = 0; i < p.length; i++) {
      Stance s = Stance.fromLabel(model.getOutcome(i)).orElseThrow();
      out.put(s, p[i] * priorCorrection.getOrDefault(s, 1.0));
    }
    return out;
  }

  /** The most probable stance among the allowed ones (a task may allow only some labels). */
  public Stance predict(StanceFeatures.Vector v, Set<Stance> allowed) {
    Map<Stance, Double> p = probabilities(v);
    return Arrays.stream(Stance.values()).filter(allowed::contains).filter(p::containsKey)
        .max(java.util.Comparator.comparingDouble((Stance s) -> p.get(s)).thenComparing(s -> -s.ordinal()))
        .orElseGet(() -> allowed.iterator().next());
  }
}
