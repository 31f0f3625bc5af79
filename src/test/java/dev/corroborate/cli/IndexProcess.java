package dev.corroborate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code corroborate index} in a JVM of its own (the test's classpath, {@link Main}), with stdout
 * and stderr in files, so a test can kill it with SIGKILL ({@link Process#destroyForcibly()} on
 * Linux) or run two at once.
 */
final class IndexProcess {
  private final Process process;
  private final Path out;
  private final Path err;

  private IndexProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code index --corpus CORPUS --index INDEX EXTRA...}; output goes to {@code logs/NAME.out|err}. */
  static IndexProcess start(Path corpus, Path index, Path logs, String name, String... extra) throws IOException {
    return start(List.of(), corpus, index, logs, name, extra);
  }

  /**
   * As {@link #start(Path, Path, Path, String, String...)}, in the Java interpreter only ({@code
   * -Xint}): many times slower, for a test that needs a run to hold the write lock for a while
   * whatever the machine's speed.
   */
  static IndexProcess startInterpreted(Path corpus, Path index, Path logs, String name, String... extra)
      throws IOException {
    return start(List.of("-Xint"), corpus, index, logs, name, extra);
  }

  private static IndexProcess start(List<String> jvmOptions, Path corpus, Path index, Path logs, String name,
      String... extra) throws IOException {
    Files.createDirectories(logs);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "index", "--corpus", corpus.toString(), "--index", index.toString()));
    command.addAll(Arrays.asList(extra));
    Path out = logs.resolve(name + ".out");
    Path err = logs.resolve(name + ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    return new IndexProcess(p, out, err);
  }

  Process process() {
    return process;
  }

  String out() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  String err() throws IOException {
    return Files.readString(err, StandardCharsets.UTF_8);
  }

  /** Waits until stderr contains {@code text} or the process ends; true when the text appeared. */
  boolean awaitErr(String text, long timeoutMillis) throws IOException, InterruptedException {
    long end = System.nanoTime() + timeoutMillis * 1_000_000;
    while (System.nanoTime() < end) {
      if (err().contains(text)) {
        return true;
      }
      if (!process.isAlive()) {
        return err().contains(text);
      }
      Thread.sleep(20);
    }
    return false;
  }
}
