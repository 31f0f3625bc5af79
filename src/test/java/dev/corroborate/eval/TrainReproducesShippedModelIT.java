package dev.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.index.Progress;
import dev.corroborate.learn.StanceModel;
import dev.corroborate.lexicon.Lexicon;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corroborate train} must reproduce the model shipped in the jar byte for byte from the
 * datasets, so the shipped model is exactly what the documented training makes. Skips when the
 * datasets are absent. If it fails after a deliberate change to features or training, run
 * {@code corroborate train}, re-pin the evaluation figures, and commit both.
 */
class TrainReproducesShippedModelIT {
  @Test
  void trainingGivesTheShippedBytes(@TempDir Path dir) throws Exception {
    Path root = SharedDatasets.rootOrSkip("training reproducibility");
    Trainer.Result r = new Trainer(new OpenNlpAnalyzer(), Lexicon.shipped(), 2)
        .train(root, DevSplit.DEFAULT_SEED, Progress.none());
    Path trained = dir.resolve("model.bin.gz");
    r.model().write(trained);
    byte[] shipped;
    try (InputStream in = StanceModel.class.getResourceAsStream(StanceModel.SHIPPED)) {
      assertThat(in).as("shipped model on the classpath").isNotNull();
      shipped = in.readAllBytes();
    }
    assertThat(Files.readAllBytes(trained))
        .as("the shipped model differs from what 'corroborate train' makes now: retrain, re-pin and commit both")
        .isEqualTo(shipped);
  }
}
