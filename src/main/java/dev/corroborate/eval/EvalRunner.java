package dev.corroborate.eval;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import dev.corroborate.index.Progress;
import dev.corroborate.stance.Stance;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Runs one evaluation: reads the dataset, selects the split, classifies every pair (timed), scores
 * the predictions (with their bootstrap intervals) and, when asked, writes them as CSV. {@link #load}
 * and {@link #evaluate} are separate so a caller can reject bad data before it loads a model.
 * Stateless; thread-safe.
 */
public final class EvalRunner {
  private final LongSupplier nanoClock;

  public EvalRunner() {
    this(System::nanoTime);
  }

  /** @param nanoClock a monotonic clock in nanoseconds (tests pass a fake one) */
  public EvalRunner(LongSupplier nanoClock) {
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
  }

  /**
   * Reads the request's dataset and returns the requested split, in file order.
   *
   * @throws MalformedDataException a row of a data file is malformed (file and line named)
   * @throws BadInputException      a data file is missing or unreadable, or the split has no pairs
   */
  public List<LabelledPair> load(EvalRequest request) throws BadInputException {
    List<LabelledPair> all = request.dataset().read(request.data());
    List<LabelledPair> selected = request.split().select(request.dataset(), all, new DevSplit(request.seed()));
    if (selected.isEmpty()) {
      throw new BadInputException(Diagnostic.of(request.data().get(request.data().size() - 1).toString(),
          "no labelled pairs in split '" + request.split() + "' (" + all.size() + " in the file)",
          all.isEmpty() ? "the file has a header but no rows" : "use --split all or another --seed"));
    }
    return selected;
  }

  /**
   * Classifies {@code pairs} (as returned by {@link #load}), scores them and writes the predictions
   * file if the request names one. Does not close the classifier.
   *
   * @throws IllegalStateException the classifier broke its contract (wrong count, a null prediction)
   * @throws IOException           the predictions file cannot be written
   */
  public EvalResult evaluate(EvalRequest request, List<LabelledPair> pairs, PairClassifier classifier,
      Progress progress) throws IOException {
    List<LabelledPair> input = List.copyOf(pairs);
    if (input.isEmpty()) {
      throw new IllegalArgumentException("no pairs to evaluate");
    }
    long start = nanoClock.getAsLong();
    List<Stance> predicted = classifier.classify(input, progress);
    long nanos = nanoClock.getAsLong() - start;
    if (predicted == null || predicted.size() != input.size()) {
      throw new IllegalStateException(classifier.getClass().getName() + " returned "
          + (predicted == null ? "null" : predicted.size() + " predictions") + " for " + input.size() + " pairs");
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (predicted.get(i) == null) {
        throw new IllegalStateException(classifier.getClass().getName() + " returned no prediction for pair "
            + input.get(i).id());
      }
    }
    predicted = List.copyOf(predicted);
    Metrics metrics = Metrics.of(request.dataset(), input.stream().map(LabelledPair::gold).toList(), predicted);
    if (request.predictions() != null) {
      PredictionsCsv.write(request.predictions(), request.dataset(), input, predicted);
    }
    return new EvalResult(request.dataset(), request.split(), request.seed(), metrics, Math.max(0, nanos) / 1e9,
        Intervals.of(request.dataset(), input, predicted));
  }

  /** {@link #load} then {@link #evaluate}. */
  public EvalResult run(EvalRequest request, PairClassifier classifier, Progress progress)
      throws BadInputException, IOException {
    return evaluate(request, load(request), classifier, progress);
  }
}
