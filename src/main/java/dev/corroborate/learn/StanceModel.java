package dev.corroborate.learn;

import dev.corroborate.stance.Stance;
import dev.corroborate.stance.StanceFeatures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
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
 * The learned part of the stance stage: maximum-entropy models (Apache OpenNLP, GIS or L-BFGS) over
 * the rule engine's {@link StanceFeatures}. It predicts supports / contradicts / mentions /
 * unrelated for a claim against a document, in one stage or in two (related or unrelated, then which
 * stance among the related; the class balance applies to each stage's own classes). OpenNLP's machine-learning types
 * stay in this package. Immutable and thread-safe once loaded.
 */
public final class StanceModel {
  /** The model shipped in the jar, reproduced by {@code corroborate train}. */
  public static final String SHIPPED = "stance-maxent.bin.gz";

  /** First line of a two-stage model file, before its two models. */
  private static final String TWO_STAGE = "corroborate two-stage stance model v1";

  /** The one model of all four stances, or the second stage: which stance, given related. */
  private final MaxentModel model;
  /** The first stage of a two-stage model (related or unrelated), or null for a one-stage model. */
  private final MaxentModel relatedness;

  private StanceModel(MaxentModel model, MaxentModel relatedness) {
    this.model = model;
    this.relatedness = relatedness;
  }

  /** One labelled training example. */
  public record Example(StanceFeatures.Vector features, Stance gold) {}

  /**
   * Training settings: iterations, feature cutoff, how far rare classes are up-weighted, and the L2
   * penalty: 0 trains with GIS (generalised iterative scaling, no penalty), above 0 with L-BFGS
   * (OpenNLP's quasi-Newton maximum-entropy trainer) minimising the log-loss plus that penalty; and
   * whether to train two stages (see {@link #train}).
   */
  public record Settings(int iterations, int cutoff, double balance, double l2, boolean twoStage) {
    public Settings {
      if (iterations < 1 || cutoff < 0 || balance < 0 || balance > 1 || l2 < 0) {
        throw new IllegalArgumentException("bad training settings");
      }
    }

    public Settings(int iterations, int cutoff, double balance) {
      this(iterations, cutoff, balance, 0, false);
    }

    public Settings(int iterations, int cutoff, double balance, double l2) {
      this(iterations, cutoff, balance, l2, false);
    }

    /** The trainer's name, for notes and logs. */
    public String algorithm() {
      return l2 == 0 ? "GIS" : "L-BFGS";
    }

    /** The settings in words, e.g. "iterations 300, balance 0.6" or "L-BFGS l2 3, balance 0.6". */
    public String describe() {
      return (twoStage ? "two-stage " : "") + (l2 == 0
          ? String.format(java.util.Locale.ROOT, "iterations %d, balance %.1f", iterations, balance)
          : String.format(java.util.Locale.ROOT, "L-BFGS l2 %s, balance %.1f",
              java.math.BigDecimal.valueOf(l2).stripTrailingZeros().toPlainString(), balance));
    }
  }

  /**
   * Trains a model. With {@code twoStage}, a first model learns related (any stance) against
   * unrelated from every example, and a second learns which stance from the related examples only;
   * the same settings apply to each. Rare classes are up-weighted by repeating their examples
   * {@code round((n_max / n_class)^balance)} times, so {@code balance} 0 keeps the data as it is
   * and 1 balances the classes fully. Deterministic for the same examples and settings.
   */
  public static StanceModel train(List<Example> examples, Settings settings) throws IOException {
    if (!settings.twoStage()) {
      return new StanceModel(fit(examples, settings), null);
    }
    List<Example> relatedOnly = examples.stream().filter(e -> e.gold() != Stance.UNRELATED).toList();
    List<Example> relatedness = examples.stream()
        .map(e -> new Example(e.features(), e.gold() == Stance.UNRELATED ? Stance.UNRELATED : Stance.MENTIONS))
        .toList();
    return new StanceModel(fit(relatedOnly, settings), fit(relatedness, settings));
  }

  private static MaxentModel fit(List<Example> examples, Settings settings) throws IOException {
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
    return trainer.train(ObjectStreamUtils.createObjectStream(events));
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

  /** Reads a model written by {@link #write(Path)}: one stage, or the two stages of a two-stage model. */
  public static StanceModel read(InputStream in) throws IOException {
    byte[] bytes = new GZIPInputStream(in).readAllBytes();
    DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes));
    if (!TWO_STAGE.equals(data.readUTF())) {
      return new StanceModel(readModel(bytes), null);
    }
    MaxentModel relatedness = readModel(data.readNBytes(data.readInt()));
    MaxentModel stance = readModel(data.readNBytes(data.readInt()));
    return new StanceModel(stance, relatedness);
  }

  private static MaxentModel readModel(byte[] bytes) throws IOException {
    return new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes))).getModel();
  }

  /** Writes the model gzip-compressed; the bytes are the same for the same model. */
  public void write(Path file) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes) {
      {
        def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
      }
    })) {
      if (relatedness == null) {
        out.write(modelBytes(model));
      } else {
        out.writeUTF(TWO_STAGE);
        for (MaxentModel m : List.of(relatedness, model)) {
          byte[] b = modelBytes(m);
          out.writeInt(b.length);
          out.write(b);
        }
      }
    }
    byte[] b = bytes.toByteArray();
    b[4] = b[5] = b[6] = b[7] = 0;
    Files.write(file, b);
  }

  private static byte[] modelBytes(MaxentModel m) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      new GenericModelWriter((AbstractModel) m, out).persist();
    }
    return bytes.toByteArray();
  }

  /**
   * Probability of each stance the model knows. A two-stage model multiplies the probability of
   * "related" by that of each stance given related.
   */
  public Map<Stance, Double> probabilities(StanceFeatures.Vector v) {
    String[] names = v.names().toArray(String[]::new);
    Map<Stance, Double> out = new EnumMap<>(Stance.class);
    double related = 1;
    if (relatedness != null) {
      double[] r = relatedness.eval(names, v.values());
      double unrelated = r[relatedness.getIndex(Stance.UNRELATED.label())];
      out.put(Stance.UNRELATED, unrelated);
      related = 1 - unrelated;
    }
    double[] p = model.eval(names, v.values());
    for (int i = 0; i < p.length; i++) {
      out.put(Stance.fromLabel(model.getOutcome(i)).orElseThrow(), related * p[i]);
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
