package dev.corroborate.eval;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which part of a dataset to evaluate ({@code --split}). */
public enum Split {
  /** Every pair. */
  ALL("all") {
    @Override
    public List<LabelledPair> select(Dataset dataset, List<LabelledPair> pairs, DevSplit split) {
      return List.copyOf(pairs);
    }
  },
  /** The pairs a model may be trained on. */
  TRAIN("train") {
    @Override
    public List<LabelledPair> select(Dataset dataset, List<LabelledPair> pairs, DevSplit split) {
      return split.train(pairs);
    }
  },
  /** The held-out pairs. */
  DEV("dev") {
    @Override
    public List<LabelledPair> select(Dataset dataset, List<LabelledPair> pairs, DevSplit split) {
      return split.dev(pairs);
    }
  };

  private final String label;

  Split(String label) {
    this.label = label;
  }

  /** This part of {@code pairs}, in input order. */
  public abstract List<LabelledPair> select(Dataset dataset, List<LabelledPair> pairs, DevSplit split);

  /** The name on the command line and in YAML and JSON. */
  @JsonValue
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }

  public static Optional<Split> fromLabel(String label) {
    return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(label)).findFirst();
  }

  public static String allLabels() {
    return Arrays.stream(values()).map(Split::label).collect(Collectors.joining(", "));
  }
}
