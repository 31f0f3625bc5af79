package dev.corroborate.gate;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs git as a process in a folder and returns what it printed. Never prompts (no terminal, no
 * credentials), never takes optional locks, messages in English; a command that runs longer than
 * the timeout is killed. Stateless and thread-safe.
 */
public final class Git {
  /** How long one git command may run. */
  public static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final String executable;

  /** Git at {@code executable}: a path, or a name looked up on PATH. */
  public Git(String executable) {
    this.executable = Objects.requireNonNull(executable, "executable");
  }

  /** The {@code git} found on PATH. */
  public static Git onPath() {
    return new Git("git");
  }

  /**
   * What a git command did.
   *
   * @param exitCode the process's exit code
   * @param stdout   its standard output, raw
   * @param stderr   its standard error, decoded
   */
  public record Result(int exitCode, byte[] stdout, String stderr) {
    public Result {
      stdout = stdout.clone();
      Objects.requireNonNull(stderr, "stderr");
    }

    public boolean ok() {
      return exitCode == 0;
    }

    @Override
    public byte[] stdout() {
      return stdout.clone();
    }

    /** Standard output decoded as UTF-8. */
    public String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }

    /** Standard output split at NUL bytes (the {@code -z} format), empty names dropped. */
    public List<String> nulSeparated() {
      List<String> parts = new ArrayList<>();
      for (String part : out().split("\0")) {
        if (!part.isEmpty()) {
          parts.add(part);
        }
      }
      return parts;
    }

    /** The first non-blank line of standard error, for messages. */
    public String firstErrorLine() {
      return stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("exit code " + exitCode);
    }
  }

  /**
   * Runs {@code git args...} in {@code dir}.
   *
   * @throws BadInputException when git cannot be started (not installed) or does not finish in time
   */
  public Result run(Path dir, String... args) throws BadInputException {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(Diagnostic.of(dir.toString(), "folder not found", "check the path"));
    }
    List<String> command = new ArrayList<>(args.length + 1);
    command.add(executable);
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
    pb.environment().put("LC_ALL", "C");
    Process process;
    try {
      process = pb.start();
    } catch (IOException e) {
      throw new BadInputException(Diagnostic.of(executable, "cannot run git: " + oneLine(e.getMessage()),
          "install git and put it on PATH, or run without --changed-since"));
    }
    ExecutorService readers = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "corroborate-git");
      t.setDaemon(true);
      return t;
    });
    try {
      process.getOutputStream().close();
      Future<byte[]> out = readers.submit(() -> readAll(process.getInputStream()));
      Future<byte[]> err = readers.submit(() -> readAll(process.getErrorStream()));
      if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new BadInputException(Diagnostic.of(dir.toString(), "'git " + String.join(" ", args)
            + "' did not finish within " + TIMEOUT.toSeconds() + " s", "check the repository with 'git status'"));
      }
      return new Result(process.exitValue(), out.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS),
          new String(err.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("interrupted while running git", e);
    } catch (IOException | ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new BadInputException(Diagnostic.of(dir.toString(), "cannot read the output of 'git "
          + String.join(" ", args) + "': " + oneLine(e.getMessage()), "check the repository with 'git status'"));
    } finally {
      readers.shutdownNow();
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replace('\n', ' ').strip();
  }
}
