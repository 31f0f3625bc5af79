package dev.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same corpus and claims give byte-identical JSON whatever order the files are created, listed
 * or named in, and however the index got to its state. The reference is the bundled corpus and
 * claims, checked from a fresh index.
 */
class DeterminismIT {
  private static final Path CORPUS = Path.of("corpus");
  private static final Path CLAIMS = Path.of("claims.yaml");

  @TempDir Path dir;
  private List<Path> files;
  private String reference;

  @BeforeEach
  void reference() throws IOException {
    try (Stream<Path> list = Files.list(CORPUS)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(5);
    reference = json(CORPUS, dir.resolve("reference-index"));
  }

  private static String json(Path corpus, Path index) {
    Run r = CliTest.run("check", CLAIMS.toString(), "--corpus", corpus.toString(), "--index", index.toString(),
        "--format", "json");
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    assertThat(r.out()).startsWith("{");
    return r.out();
  }

  /** Copies the corpus files in {@code order}, each to the name {@code rename} gives it. */
  private Path copy(String name, List<Path> order, java.util.function.BiFunction<Integer, Path, String> rename)
      throws IOException {
    Path corpus = Files.createDirectories(dir.resolve(name));
    for (int i = 0; i < order.size(); i++) {
      Path target = corpus.resolve(rename.apply(i, order.get(i)));
      Files.createDirectories(target.getParent());
      Files.copy(order.get(i), target);
    }
    return corpus;
  }

  private static List<String> listing(Path corpus) throws IOException {
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
    }
  }

  @Test
  void creationOrderDoesNotMatter() throws IOException {
    List<Path> reversed = new ArrayList<>(files);
    Collections.reverse(reversed);
    Path corpus = copy("reversed", reversed, (i, p) -> p.getFileName().toString());

    assertThat(json(corpus, dir.resolve("index-reversed"))).isEqualTo(reference);
  }

  @Test
  void fileNamesAndFoldersThatListInAnotherOrderDoNotMatter() throws IOException {
    List<Path> shuffled = new ArrayList<>(files);
    Collections.shuffle(shuffled, new java.util.Random(8));
    // Names that sort in the reverse of the reference's order, some in folders.
    Path corpus = copy("renamed", shuffled, (i, p) -> {
      int rank = files.size() - files.indexOf(p);
      return (rank % 3 == 0 ? "sub-" + rank % 2 + "/" : "") + String.format("%02d-%s", rank, p.getFileName());
    });
    assertThat(listing(corpus)).isNotEqualTo(files.stream().map(p -> p.getFileName().toString()).toList());

    assertThat(json(corpus, dir.resolve("index-renamed"))).isEqualTo(reference);
  }

  @Test
  void anIndexBuiltUpIncrementallyGivesTheSameReport() throws IOException {
    Path corpus = copy("incremental", files.subList(0, files.size() / 2), (i, p) -> p.getFileName().toString());
    Path index = dir.resolve("index-incremental");
    Path changed = corpus.resolve(files.get(0).getFileName());
    Files.writeString(changed, Files.readString(changed) + "\nA sentence that a later edit removes again.\n");
    json(corpus, index);
    Files.copy(files.get(0), changed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    for (Path p : files.subList(files.size() / 2, files.size())) {
      Files.copy(p, corpus.resolve(p.getFileName()));
    }

    assertThat(json(corpus, index)).isEqualTo(reference);
  }
}
