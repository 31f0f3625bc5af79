package dev.corroborate.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to evaluate.
 *
 * @param dataset     the dataset and thus its format and labels
 * @param data        its files, in the order of {@link Dataset#dataRoles()}
 * @param split       which part to score; {@link Split#TRAIN} is refused for an evaluation-only dataset
 * @param seed        the {@link DevSplit} seed
 * @param predictions where to write the per-pair predictions CSV, or {@code null} for nowhere
 */
public record EvalRequest(Dataset dataset, List<Path> data, Split split, long seed, Path predictions) {
  public EvalRequest {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(split, "split");
    data = List.copyOf(data);
    if (data.size() != dataset.dataRoles().size()) {
      throw new IllegalArgumentException(dataset + " takes " + dataset.dataRoles().size() + " file(s): "
          + String.join(", then ", dataset.dataRoles()) + "; got " + data.size());
    }
  }

  /** The dataset's default files under {@code root}, the dev split of the default seed, no predictions file. */
  public static EvalRequest defaults(Dataset dataset, Path root) {
    return new EvalRequest(dataset, dataset.defaultData(root), Split.DEV, DevSplit.DEFAULT_SEED, null);
  }
}
