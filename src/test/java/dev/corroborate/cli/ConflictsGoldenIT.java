package dev.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests of {@code conflicts --format json} on invented corpora (other events than the bundled
 * one, to keep the rules general): each folder of {@code src/test/resources/conflicts/} holds a
 * {@code corpus/} and the exact {@code expected.json}. Regenerate deliberately with
 * {@code -Dgolden.update=true} and review the diff.
 */
class ConflictsGoldenIT {
  private static final Path ROOT = Path.of("src/test/resources/conflicts");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static List<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(d -> Files.isDirectory(d.resolve("corpus"))).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void jsonMatchesGolden(Path dir, @org.junit.jupiter.api.io.TempDir Path index) throws IOException {
    CliTest.Run run = CliTest.run("conflicts", "--corpus", dir.resolve("corpus").toString(), "--index",
        index.toString(), "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    Path expected = dir.resolve("expected.json");
    if (UPDATE) {
      Files.writeString(expected, run.out(), StandardCharsets.UTF_8);
    }
    assertThat(expected).as("golden file (create it with -Dgolden.update=true)").exists();
    assertThat(run.out()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void goldenHasANumberAndANegationConflict(Path dir) throws IOException {
    String golden = Files.readString(dir.resolve("expected.json"), StandardCharsets.UTF_8);
    assertThat(golden).contains("\"kind\" : \"number-mismatch\"").contains("\"kind\" : \"negation\"")
        .contains("\"omissions\" : [ {");
  }
}
