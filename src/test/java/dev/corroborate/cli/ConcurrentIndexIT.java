package dev.corroborate.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.cli.CliTest.Run;
import dev.corroborate.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs on one index, as separate processes: while a slow (interpreted) {@code index --rebuild} holds the write
 * lock, a second {@code index} fails at once with exit 3 and one line saying the index is locked
 * (it never waits or hangs), and {@code check} reads the last commit with one warning; once the
 * first run ends its commit is there whole.
 */
class ConcurrentIndexIT {
  private static final int SOURCES = 1500;

  @TempDir Path dir;

  @Test
  void secondIndexFailsFastAndCheckReadsTheLastCommitMeanwhile() throws Exception {
    SyntheticCorpus corpus = SyntheticCorpus.write(dir.resolve("corpus"), SOURCES, new Random(8));
    Path index = dir.resolve("index");
    Path logs = dir.resolve("logs");
    Path claims = SyntheticCorpus.claims(dir.resolve("claims.yaml"));
    Run first = CliTest.run("index", "--corpus", corpus.dir().toString(), "--index", index.toString());
    assertThat(first.code()).as(first.err()).isZero();
    Files.writeString(corpus.dir().resolve("late.md"), "---\nid: late\nkind: press-report\n---\n"
        + "The ferry operator announced that the ferry service would resume on Monday.\n", UTF_8);

    // Indexing (sentences and keys, no tagging) is quick: the slow run runs interpreted so that it
    // holds the lock long enough on any machine.
    IndexProcess slow = IndexProcess.startInterpreted(corpus.dir(), index, logs, "slow", "--rebuild", "--threads", "1");
    assertThat(slow.awaitErr("analysing ", 60_000)).as("the slow run holds the lock: %s", slow.err()).isTrue();

    long start = System.nanoTime();
    IndexProcess second = IndexProcess.start(corpus.dir(), index, logs, "second");
    assertThat(second.process().waitFor(60, TimeUnit.SECONDS)).as("the second run never hangs").isTrue();
    long secondMillis = (System.nanoTime() - start) / 1_000_000L;
    assertThat(slow.process().isAlive()).as("the first run was still writing when the second gave up").isTrue();
    assertThat(second.process().exitValue()).isEqualTo(3);
    assertThat(second.err().lines()).singleElement().asString()
        .isEqualTo("corroborate: index " + index + " is locked: another corroborate run is updating it (wait for"
            + " it to finish and run again; the lock goes with that process, even if it is killed)");

    Run check = CliTest.run("check", claims.toString(), "--corpus", corpus.dir().toString(), "--index",
        index.toString());
    assertThat(slow.process().isAlive()).as("the first run was still writing during the check").isTrue();
    assertThat(check.code()).as(check.err()).isZero();
    assertThat(check.err()).contains("index: warning: " + Pipeline.LOCKED + "; skipped 0 (index holds " + SOURCES
        + " sources, ");
    assertThat(check.out()).as("the last commit, without the file added since").doesNotContain("late |");

    assertThat(slow.process().waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(slow.process().exitValue()).as(slow.err()).isZero();
    assertThat(slow.out()).startsWith("indexed " + (SOURCES + 1) + ", unchanged 0, removed 0, skipped 0 ");
    Run after = CliTest.run("index", "--corpus", corpus.dir().toString(), "--index", index.toString());
    assertThat(after.out()).startsWith("indexed 0, unchanged " + (SOURCES + 1) + ", removed 0");
    Run checkAfter = CliTest.run("check", claims.toString(), "--corpus", corpus.dir().toString(), "--index",
        index.toString());
    assertThat(checkAfter.err()).doesNotContain("warning");
    assertThat(checkAfter.out()).contains("late |");
    System.out.println("concurrent index: the second run failed with exit 3 after " + secondMillis
        + " ms while the first held the lock; check read the last commit (" + SOURCES + " sources)");
  }
}
