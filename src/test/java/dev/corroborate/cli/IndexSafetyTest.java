package dev.corroborate.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.corroborate.cli.CliTest.Run;
import dev.corroborate.index.IndexFields;
import dev.corroborate.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index as the command line sees it when something else is writing it, when it was made by
 * another version, or when it cannot be written: {@code index} and {@code check} exit 3 with one
 * line saying what to do, except that {@code check} reads the last commit while another run holds
 * the write lock. The lock is taken here in-process (Lucene's lock is per file, so it stops this
 * process's writer as it would another's); {@code ConcurrentIndexIT} does the same with two processes.
 */
@SuppressWarnings("try") // write locks are held open on purpose to stand for a concurrent indexer
class IndexSafetyTest {
  private static final String OLD_TEXT = "The mayor said the harbour bridge will reopen on March 15.";

  @TempDir Path dir;
  private Path corpus;
  private Path index;
  private Path claims;

  @BeforeEach
  void corpusAndClaims() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    index = dir.resolve("index");
    writeHall(OLD_TEXT);
    claims = Files.writeString(dir.resolve("claims.yaml"), """
        claims:
          - id: reopen
            text: "The harbour bridge will reopen on March 15."
            expect: supported
        """, UTF_8);
  }

  private void writeHall(String body) throws IOException {
    Files.writeString(corpus.resolve("hall.md"), "---\nid: hall\npublisher: Riverton City Hall\n"
        + "kind: official-statement\ndate: 2024-03-01\n---\n" + body + "\n", UTF_8);
  }

  private Run index(String... extra) {
    String[] args = {"index", "--corpus", corpus.toString(), "--index", index.toString()};
    return CliTest.run(concat(args, extra));
  }

  private Run check() {
    return CliTest.run("check", claims.toString(), "--corpus", corpus.toString(), "--index", index.toString());
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Holds the index's write lock, as a running {@code corroborate index} does. */
  private Lock lock(Directory d) throws IOException {
    return d.obtainLock(IndexWriter.WRITE_LOCK_NAME);
  }

  private static void assertOneLineExit3(Run r, String... fragments) {
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(3);
    assertThat(r.err().lines()).singleElement().asString().startsWith("corroborate: ").contains(fragments);
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void checkWhileTheIndexIsLockedReadsTheLastCommitWithOneWarning() throws IOException {
    assertThat(index().code()).isZero();
    writeHall("The mayor said the harbour bridge will stay closed for the whole year.");

    Run locked;
    try (Directory d = FSDirectory.open(index); Lock lock = lock(d)) {
      locked = check();
    }

    assertThat(locked.code()).as("the last commit still has the old text; stderr: %s", locked.err()).isZero();
    assertThat(locked.out()).contains("reopen: SUPPORTED").contains(OLD_TEXT);
    assertThat(locked.err().lines().filter(l -> l.startsWith("index: "))).singleElement().asString()
        .startsWith("index: warning: " + Pipeline.LOCKED + "; skipped 0 (index holds 1 sources, ");
    Run unlocked = check();
    assertThat(unlocked.err()).as("updated once the lock is gone").contains("index: indexed 1, unchanged 0");
    assertThat(unlocked.out()).doesNotContain(OLD_TEXT);
  }

  @Test
  void checkWhileTheFirstIndexIsStillBeingBuiltIsExit3() throws IOException {
    Files.createDirectories(index);
    try (Directory d = FSDirectory.open(index); Lock lock = lock(d)) {
      assertOneLineExit3(check(), "being built by another corroborate run", "wait for it to finish");
    }
  }

  @Test
  void indexWhileTheIndexIsLockedFailsAtOnceSayingSo() throws IOException {
    assertThat(index().code()).isZero();
    try (Directory d = FSDirectory.open(index); Lock lock = lock(d)) {
      assertOneLineExit3(index(), index.toString(), "is locked: another corroborate run is updating it");
    }
    assertThat(index().out()).startsWith("indexed 0, unchanged 1");
  }

  @Test
  void indexOfAnIncompatibleVersionIsExit3ForIndexAndCheckUntilRebuilt() throws IOException {
    assertThat(index().code()).isZero();
    try (Directory d = FSDirectory.open(index); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.setLiveCommitData(new TreeMap<>(Map.of(IndexFields.USER_FORMAT, "0", IndexFields.USER_ANALYSIS,
          "opennlp-old")).entrySet());
      w.commit();
    }

    assertOneLineExit3(index(), "incompatible version of corroborate", "run 'corroborate index --rebuild'");
    assertOneLineExit3(check(), "incompatible version of corroborate", "run 'corroborate index --rebuild'");
    try (Directory d = FSDirectory.open(index); Lock lock = lock(d)) {
      assertOneLineExit3(check(), "incompatible version of corroborate", "--rebuild");
    }

    assertThat(index("--rebuild").out()).startsWith("indexed 1, unchanged 0");
    assertThat(check().code()).isZero();
  }

  @Test
  void readOnlyIndexFolderIsExit3SayingSo() throws IOException {
    assertThat(index().code()).isZero();
    writeHall("Changed text about the bridge.");
    Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(index), "running as a user who may write to read-only folders (root)");

      assertOneLineExit3(index(), index.toString(), "read-only", "--index");
      assertOneLineExit3(check(), index.toString(), "read-only", "--index");
    } finally {
      Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void indexPathThatIsAFileIsExit3() throws IOException {
    Files.writeString(index, "not a folder");

    assertOneLineExit3(index(), "cannot create index folder " + index, "choose a writable folder with --index");
  }
}
