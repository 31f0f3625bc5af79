package dev.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.index.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Anserini-style regression: recomputes each pinned evaluation ({@code src/test/resources/eval/*.yaml})
 * with the shipped classifier on the shared datasets and fails when any figure drifts beyond its
 * tolerance, better or worse. Skips when the datasets are absent.
 */
class PinnedEvalIT {
  @ParameterizedTest(name = "{0}")
  @EnumSource(Dataset.class)
  void pinnedFiguresHold(Dataset dataset) throws Exception {
    PinnedEval pin = PinnedEvalTest.pinned(dataset);
    Path root = SharedDatasets.rootOrSkip("pinned evaluation");
    PairClassifier classifier = Classifiers.shipped(dataset);
    EvalResult result;
    try (classifier) {
      result = new EvalRunner().run(pin.request(root), classifier, Progress.none());
    }
    List<String> drift = pin.drift(result.metrics());
    String figures = String.format(Locale.ROOT, "%s %s seed %d: %d pairs in %.1f s (%.0f pairs/s)",
        dataset, pin.split(), pin.seed(), result.pairs(), result.seconds(), result.pairsPerSecond());
    System.out.println(figures + "\n" + pin.repinned(result.metrics()));
    assertThat(drift)
        .as("%s drifted from src/test/resources/eval/%s.yaml. If the change is intended (better or worse), re-pin"
            + " with these figures and put them in the commit message:%n%s", figures, dataset.label(),
            pin.repinned(result.metrics()))
        .isEmpty();
  }
}
