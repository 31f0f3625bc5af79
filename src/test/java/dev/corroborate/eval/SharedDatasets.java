package dev.corroborate.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where the shared datasets are for the *IT tests; they skip when the folder is absent. */
final class SharedDatasets {
  /** {@code ../shared/datasets} from the project root, or the system property {@code corroborate.datasets}. */
  static final Path ROOT = Path.of(System.getProperty("corroborate.datasets", "../shared/datasets"));

  private SharedDatasets() {}

  /** The root, or aborts the test (reported as skipped) with a clear message. */
  static Path rootOrSkip(String what) {
    Assumptions.assumeTrue(Files.isDirectory(ROOT), ROOT + " not found: " + what + " skipped");
    return ROOT;
  }
}
