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
  /** The pairs a model may be trained on; an evaluation-only dataset has none. */
  TRAIN("train") {
    @Override
    public List<LabelledPair> select(Dataset dataset, List<LabelledPair> pairs, DevSplit split) {
      requireAllowed(dataset);
      return split.train(pairs);
    }
  },
  /** The held-out pairs; for an evaluation-only dataset, every pair. */
  DEV("dev") {
    @Override
    public List<LabelledPair> select(Dataset dataset, List<LabelledPair> pairs, DevSplit split) {
      return dataset.splittable() ? split.dev(pairs) : List.copyOf(pairs);
    }
  };

  private final String label;

  Split(String label) {
    this.label = label;
  }

  /** This part of {@code pairs}, in input order. */
  public abstract List<LabelledPair> select(Dataset dataset, List<LabelledPair> pairs, DevSplit split);

  /** Whether this split exists for the dataset (an evaluation-only dataset has no train part). */
  public boolean allowedFor(Dataset dataset) {
    return this != TRAIN || dataset.splittable();
  }

  /** Throws when the split does not exist for the dataset. */
  public void requireAllowed(Dataset dataset) {
    if (!allowedFor(dataset)) {
      throw new IllegalArgumentException(dataset + " is for evaluation only and has no train split"
          + " (use --split dev or all)");
    }
  }

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
