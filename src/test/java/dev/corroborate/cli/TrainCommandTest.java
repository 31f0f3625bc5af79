package dev.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes of {@code train} on bad datasets (the training itself is TrainReproducesShippedModelIT). */
class TrainCommandTest {
  @TempDir Path dir;

  @Test
  void missingDatasetsExit3NamingTheFile() {
    CliTest.Run r = CliTest.run("train", "--datasets-root", dir.resolve("none").toString(),
        "--output", dir.resolve("m.bin.gz").toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("train_bodies.csv");
    assertThat(dir.resolve("m.bin.gz")).doesNotExist();
  }

  @Test
  void malformedRowExits2NamingFileAndLine() throws IOException {
    Path fnc = Files.createDirectories(dir.resolve("fnc1"));
    Files.writeString(fnc.resolve("train_bodies.csv"), "Body ID,articleBody\n1,\"A body.\"\n", StandardCharsets.UTF_8);
    Files.writeString(fnc.resolve("train_stances.csv"), "Headline,Body ID,Stance\nA claim,1,maybe\n",
        StandardCharsets.UTF_8);
    CliTest.Run r = CliTest.run("train", "--datasets-root", dir.toString(), "--output", dir.resolve("m.bin.gz").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("train_stances.csv:2").contains("maybe");
    assertThat(dir.resolve("m.bin.gz")).doesNotExist();
  }
}
