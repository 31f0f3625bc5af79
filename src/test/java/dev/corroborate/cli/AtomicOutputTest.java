package dev.corroborate.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports are written whole or not at all: a renderer that fails midway leaves no trace. */
class AtomicOutputTest {
  @TempDir Path dir;

  /** Writes a large first part, flushes it to the temporary file, then fails as a renderer bug would. */
  private static final AtomicOutput.Body FAILS_MIDWAY = w -> {
    w.write("{\"claims\": [" + "{\"id\": \"x\"},".repeat(100_000));
    w.flush();
    throw new UncheckedIOException(new IOException("renderer failed midway"));
  };

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void failureMidwayLeavesThePreviousReportIntactAndNoTemporaryFile() throws IOException {
    Path report = dir.resolve("report.json");
    AtomicOutput.write(report, w -> w.write("{\"old\": true}\n"));

    assertThatThrownBy(() -> AtomicOutput.write(report, FAILS_MIDWAY))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("renderer failed midway");

    assertThat(Files.readString(report)).isEqualTo("{\"old\": true}\n");
    assertThat(names()).containsExactly("report.json");
  }

  @Test
  void failureMidwayCreatesNoFileWhereThereWasNone() throws IOException {
    Path report = dir.resolve("new.html");

    assertThatThrownBy(() -> AtomicOutput.write(report, FAILS_MIDWAY)).isInstanceOf(UncheckedIOException.class);

    assertThat(names()).isEmpty();
  }

  @Test
  void successReplacesTheReportWholeReadableByAllAndLeavesNoTemporaryFile() throws IOException {
    Path report = dir.resolve("sub/report.md");
    AtomicOutput.write(report, w -> w.write("old"));

    AtomicOutput.write(report, w -> w.write("# new report\n"));

    assertThat(Files.readString(report, UTF_8)).isEqualTo("# new report\n");
    try (Stream<Path> files = Files.list(report.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.md");
    }
    if (report.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r--r--");
    }
  }
}
