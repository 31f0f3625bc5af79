package dev.corroborate.gate;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.corroborate.diag.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A git repository in a temporary folder for tests: {@code git init} on branch main, with a local
 * user name and e-mail and signing off, so commits work on any machine.
 */
public final class TestRepo {
  private static final Git GIT = Git.onPath();
  private final Path dir;

  private TestRepo(Path dir) {
    this.dir = dir;
  }

  public static TestRepo init(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TestRepo repo = new TestRepo(dir);
    repo.git("init", "-q");
    repo.git("symbolic-ref", "HEAD", "refs/heads/main");
    repo.git("config", "user.name", "Corroborate Test");
    repo.git("config", "user.email", "test@corroborate.invalid");
    repo.git("config", "commit.gpgsign", "false");
    repo.git("config", "core.autocrlf", "false");
    return repo;
  }

  public Path dir() {
    return dir;
  }

  /** Runs git in the repository and returns its output; fails the test when git fails. */
  public String git(String... args) {
    try {
      Git.Result r = GIT.run(dir, args);
      if (!r.ok()) {
        throw new AssertionError("git " + String.join(" ", args) + " failed: " + r.stderr());
      }
      return r.out().strip();
    } catch (BadInputException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  public Path write(String relative, String text) {
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void delete(String relative) {
    try {
      Files.delete(dir.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies every file under {@code from} into the repository, replacing files of the same name. */
  public void copyTree(Path from) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path to = dir.resolve(from.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stages everything and commits; returns the new commit's id. */
  public String commitAll(String message) {
    git("add", "-A");
    git("commit", "-q", "-m", message);
    return git("rev-parse", "HEAD");
  }
}
