package dev.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.cli.CliTest.Run;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.index.IndexException;
import dev.corroborate.pipeline.Pipeline;
import dev.corroborate.retrieval.PassageSearcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: {@code corroborate index} runs in its own JVM on a generated corpus of 1,500 long sources
 * and is killed with SIGKILL at seeded random moments, at least 20 times. Each trial changes 10 % of
 * the files first (every fourth trial is a {@code --rebuild}, which would drop everything if it
 * committed half-way). After each kill: the last commit opens and passes Lucene's CheckIndex, holds
 * every source, and holds either all the trial's changes or none (the commit is all or nothing);
 * {@code check} reads it while the write lock is held by someone else; the next {@code index}
 * completes and indexes exactly what the killed run left undone. Prints the figures.
 */
class IndexKillIT {
  private static final int SOURCES = 1500;
  private static final int MIN_KILLS = 20;
  private static final int MAX_TRIALS = 48;
  private static final long SEED = 8;

  @TempDir Path dir;

  /** How long a run took to start analysing, and to end, in milliseconds. */
  private record Timing(long startup, long total) {
    /**
     * A moment to kill a run at: mostly while it analyses or commits, now and then during start-up.
     * Indexing without tagging is quick, so the moments stop short of the run's usual end (a run
     * that is faster this time still finishes first, and is counted so).
     */
    /** The same run, as long as {@code observed} milliseconds (when shorter). */
    Timing scaledTo(long observed) {
      if (observed >= total || total <= 0) {
        return this;
      }
      return new Timing(startup * observed / total, observed);
    }

    long killDelay(Random random) {
      if (random.nextInt(5) == 0) {
        return startup * 4 / 5 + (long) (startup / 5.0 * random.nextDouble());
      }
      return startup + (long) ((total - startup) * 0.95 * random.nextDouble());
    }
  }

  /** What a trial found. */
  private record Outcome(boolean lost, boolean corrupted, boolean torn, boolean uncommittedFiles,
      boolean committedChanges) {}

  @Test
  @SuppressWarnings("try") // the write lock is held on purpose while check runs, as by a concurrent index
  void killedIndexRunsNeverLoseOrCorruptTheIndex() throws Exception {
    Random random = new Random(SEED);
    // Bodies ten times the usual length: indexing without tagging is quick, and a run must spend
    // long enough analysing and committing for random kills to land there.
    SyntheticCorpus corpus = SyntheticCorpus.write(dir.resolve("corpus"), SOURCES, random, 10);
    Path index = dir.resolve("index");
    Path logs = dir.resolve("logs");
    Path claims = SyntheticCorpus.claims(dir.resolve("claims.yaml"));

    runToTheEnd(corpus, index, logs, "first", "--rebuild");
    // Timed on a second, warm run: the first reads a corpus the file system has not cached yet.
    Timing full = runToTheEnd(corpus, index, logs, "second", "--rebuild");
    corpus.change(SOURCES / 10, random, 1);
    Timing incremental = runToTheEnd(corpus, index, logs, "incremental");
    Map<String, String> committed = corpus.hashes();
    Timing fullMeasured = full;
    Timing incrementalMeasured = incremental;

    int trials = 0;
    int kills = 0;
    int finishedFirst = 0;
    int beforeAnalysis = 0;
    int duringAnalysis = 0;
    int afterAnalysis = 0;
    int uncommittedFiles = 0;
    int committedBeforeKill = 0;
    int lost = 0;
    int corrupted = 0;
    int torn = 0;
    int stackTraces = 0;
    int checksOk = 0;
    int indexRunsOk = 0;
    long started = System.nanoTime();
    for (int version = 2; kills < MIN_KILLS && trials < MAX_TRIALS; version++) {
      trials++;
      boolean rebuild = trials % 4 == 0;
      List<String> changed = corpus.change(SOURCES / 10, random, version);
      Map<String, String> now = corpus.hashes();
      long delay = (rebuild ? full : incremental).killDelay(random);

      long trialStart = System.nanoTime();
      IndexProcess p = IndexProcess.start(corpus.dir(), index, logs, "trial-" + trials,
          rebuild ? new String[] {"--rebuild"} : new String[0]);
      if (p.process().waitFor(delay, TimeUnit.MILLISECONDS)) {
        finishedFirst++;
        assertThat(p.process().exitValue()).as("trial %s finished before its kill: %s", trials, p.err()).isZero();
        // The machine is faster now than when the runs were timed (other work ended): aim the next
        // kills of this kind within the time this run took.
        Timing faster = (rebuild ? full : incremental).scaledTo((System.nanoTime() - trialStart) / 1_000_000);
        if (rebuild) {
          full = faster;
        } else {
          incremental = faster;
        }
      } else {
        p.process().destroyForcibly();
        assertThat(p.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        kills++;
        String err = p.err();
        if (!err.contains("analysing ")) {
          beforeAnalysis++;
        } else if (!err.contains("analysing " + (rebuild ? SOURCES : changed.size()) + "/")) {
          duringAnalysis++;
        } else {
          afterAnalysis++;
        }
      }
      stackTraces += stackTraces(p.err()) + stackTraces(p.out());

      Outcome o = inspect(index, committed, now, changed);
      lost += o.lost() ? 1 : 0;
      corrupted += o.corrupted() ? 1 : 0;
      torn += o.torn() ? 1 : 0;
      uncommittedFiles += o.uncommittedFiles() ? 1 : 0;
      committedBeforeKill += o.committedChanges() ? 1 : 0;

      Run check;
      try (Directory d = FSDirectory.open(index); Lock lock = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
        check = CliTest.run("check", claims.toString(), "--corpus", corpus.dir().toString(), "--index",
            index.toString(), "--threads", "2");
      }
      stackTraces += stackTraces(check.err()) + stackTraces(check.out());
      if ((check.code() == 0 || check.code() == 1) && check.err().contains(Pipeline.LOCKED)
          && check.err().contains("index holds " + SOURCES + " sources")) {
        checksOk++;
      }

      Run next = CliTest.run("index", "--corpus", corpus.dir().toString(), "--index", index.toString(),
          "--threads", "2");
      stackTraces += stackTraces(next.err()) + stackTraces(next.out());
      int left = o.committedChanges() ? 0 : changed.size();
      if (next.code() == 0 && next.out().startsWith("indexed " + left + ", unchanged " + (SOURCES - left) + ",")
          && next.out().contains("index holds " + SOURCES + " sources")) {
        indexRunsOk++;
      } else {
        System.out.println("trial " + trials + ": next index run: exit " + next.code() + "\n" + next.out()
            + next.err());
      }
      committed = now;
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;

    System.out.printf("index kill trials: %d trials (a process indexing all %d sources took %d ms, %d of them"
            + " before analysing; re-indexing 10 %% took %d ms), %d killed by SIGKILL"
            + " (%d before analysis, %d during analysis, %d after it, in the commit), %d finished before the kill;"
            + " %d kills left uncommitted index files, %d killed runs had committed; indexes lost %d, corrupted %d,"
            + " torn commits %d; check on the last commit ok %d/%d, next index ok %d/%d; stack traces seen %d;"
            + " %d s%n",
        trials, SOURCES, fullMeasured.total(), fullMeasured.startup(), incrementalMeasured.total(), kills, beforeAnalysis, duringAnalysis, afterAnalysis, finishedFirst,
        uncommittedFiles, committedBeforeKill, lost, corrupted, torn, checksOk, trials, indexRunsOk, trials,
        stackTraces, seconds);
    assertThat(kills).as("kills").isGreaterThanOrEqualTo(MIN_KILLS);
    assertThat(lost).as("indexes lost").isZero();
    assertThat(corrupted).as("indexes corrupted").isZero();
    assertThat(torn).as("commits holding part of a run's changes").isZero();
    assertThat(stackTraces).as("stack traces seen").isZero();
    assertThat(checksOk).as("checks on the last commit").isEqualTo(trials);
    assertThat(indexRunsOk).as("next index runs").isEqualTo(trials);
  }

  /** Runs an index process to its end and returns how long it took. */
  private static Timing runToTheEnd(SyntheticCorpus corpus, Path index, Path logs, String name, String... extra)
      throws Exception {
    long start = System.nanoTime();
    IndexProcess p = IndexProcess.start(corpus.dir(), index, logs, name, extra);
    assertThat(p.awaitErr("analysing ", 180_000)).as("%s analyses: %s", name, p.err()).isTrue();
    long startup = (System.nanoTime() - start) / 1_000_000L;
    assertThat(p.process().waitFor(180, TimeUnit.SECONDS)).as("%s finishes", name).isTrue();
    assertThat(p.process().exitValue()).as("%s: %s", name, p.err()).isZero();
    return new Timing(startup, (System.nanoTime() - start) / 1_000_000L);
  }

  /**
   * The index as the kill left it: its last commit must open, pass CheckIndex, hold every source with
   * the files' hashes of before the trial, or of after it for all the changed files at once.
   */
  private static Outcome inspect(Path index, Map<String, String> before, Map<String, String> after,
      List<String> changed) throws IOException {
    boolean uncommitted;
    boolean corrupted;
    try (Directory d = FSDirectory.open(index)) {
      SegmentInfos last;
      try {
        last = SegmentInfos.readLatestCommit(d);
      } catch (IOException e) {
        System.out.println("last commit unreadable: " + e);
        return new Outcome(true, false, false, false, false);
      }
      Set<String> files = new HashSet<>(Arrays.asList(d.listAll()));
      files.removeAll(last.files(true));
      files.remove(IndexWriter.WRITE_LOCK_NAME);
      uncommitted = !files.isEmpty();
      try (CheckIndex checker = new CheckIndex(d)) {
        checker.setInfoStream(null);
        corrupted = !checker.checkIndex().clean;
      }
    }
    Map<String, SourceDocument> sources;
    try (PassageSearcher searcher = PassageSearcher.open(index, new dev.corroborate.analysis.SentenceCache(new dev.corroborate.analysis.OpenNlpAnalyzer()))) {
      sources = searcher.sources();
    } catch (IndexException e) {
      System.out.println("last commit not readable by check: " + e.getMessage());
      return new Outcome(true, corrupted, false, uncommitted, false);
    }
    if (sources.size() != SOURCES) {
      System.out.println("last commit holds " + sources.size() + " sources, not " + SOURCES);
      return new Outcome(true, corrupted, false, uncommitted, false);
    }
    Set<String> changedFiles = new HashSet<>(changed);
    int newVersions = 0;
    List<String> wrong = new ArrayList<>();
    for (SourceDocument s : sources.values()) {
      String hash = s.fileHash();
      if (changedFiles.contains(s.file()) && hash.equals(after.get(s.file()))) {
        newVersions++;
      } else if (!hash.equals(before.get(s.file()))) {
        wrong.add(s.file());
      }
    }
    boolean torn = !wrong.isEmpty() || (newVersions != 0 && newVersions != changed.size());
    if (torn) {
      System.out.println("torn commit: " + newVersions + " of " + changed.size() + " changes, unexpected " + wrong);
    }
    return new Outcome(false, corrupted, torn, uncommitted, newVersions == changed.size());
  }

  private static int stackTraces(String text) {
    return text.contains("\tat ") || text.contains("Caused by:") ? 1 : 0;
  }
}
