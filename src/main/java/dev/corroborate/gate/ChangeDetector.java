package dev.corroborate.gate;

import dev.corroborate.claims.Claim;
import dev.corroborate.claims.ClaimsLoader;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds what changed since a git ref, for {@code check --changed-since REF}.
 *
 * <p>Claims are compared by id with the claims file as it was at the ref ({@code git show
 * REF:path}): a claim is new when the ref has no claim with its id (or no claims file), changed
 * when its text or expect differ; when the file at the ref does not parse, every claim is checked. Corpus files are those {@code git diff
 * --name-status REF -- CORPUS} lists (committed, staged and unstaged changes against the ref) and
 * the untracked ones {@code git ls-files --others --exclude-standard} lists. A deleted source file
 * or a changed {@code aliases.yaml} may change any claim's result, so it asks for every claim;
 * hidden files (which the corpus loader ignores) do not count.
 *
 * <p>The claims file and the corpus must be in the same git work tree. Stateless and thread-safe.
 */
public final class ChangeDetector {
  private static final Set<String> ALIAS_FILES = Set.of("aliases.yaml", "aliases.yml");
  private static final List<String> SIDECAR_SUFFIXES = List.of(".meta.yaml", ".meta.yml");
  private static final String REF_HINT = "fetch it first, e.g. 'git fetch origin main'; in GitHub Actions check out"
      + " with 'fetch-depth: 0', in GitLab CI set GIT_DEPTH to 0";

  private final Git git;
  private final ClaimsLoader loader;

  public ChangeDetector(Git git, ClaimsLoader loader) {
    this.git = Objects.requireNonNull(git, "git");
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /**
   * What changed since {@code ref}.
   *
   * @param ref        a commit, branch or tag
   * @param claimsFile the claims file (it exists: its claims are {@code current})
   * @param current    the claims read from it now
   * @param corpus     the corpus folder
   * @throws BadInputException when git is missing, the claims file is not in a git work tree, the
   *     corpus is not in the same one, or the ref is unknown
   */
  public Changes since(String ref, Path claimsFile, List<Claim> current, Path corpus) throws BadInputException {
    String option = "--changed-since " + ref;
    if (ref.isBlank() || ref.startsWith("-") || ref.chars().anyMatch(Character::isWhitespace)) {
      throw new BadInputException(Diagnostic.of(option, "not a git ref",
          "give a branch, tag or commit, e.g. --changed-since origin/main"));
    }
    Path claimsAbs = claimsFile.toAbsolutePath().normalize();
    Path claimsDir = realPath(claimsAbs.getParent());
    Path top = topLevel(claimsDir, claimsFile.toString());

    Git.Result commit = git.run(top, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
    if (!commit.ok() || commit.out().isBlank()) {
      throw new BadInputException(Diagnostic.of(option, "unknown git ref '" + ref + "' in " + top, REF_HINT));
    }
    String sha = commit.out().strip();

    Map<String, ClaimChange> claims = new HashMap<>();
    String everyClaim = "";
    String claimsPath = slashes(top.relativize(claimsDir.resolve(claimsAbs.getFileName())));
    Optional<List<Claim>> old = oldClaims(top, sha, claimsPath, ref);
    if (old.isEmpty()) {
      everyClaim = "every claim: " + claimsFile + " at " + ref + " is not a valid claims file";
    } else {
      Map<String, Claim> oldById = new HashMap<>();
      for (Claim c : old.get()) {
        oldById.put(c.id(), c);
      }
      for (Claim c : current) {
        Claim before = oldById.get(c.id());
        ClaimChange change = before == null ? ClaimChange.NEW
            : ClaimChange.between(!before.text().equals(c.text()), before.expected() != c.expected());
        if (change != null) {
          claims.put(c.id(), change);
        }
      }
    }

    Set<String> corpusFiles = new TreeSet<>();
    Path corpusAbs = corpus.toAbsolutePath().normalize();
    if (Files.isDirectory(corpusAbs)) {
      Path corpusReal = realPath(corpusAbs);
      if (!corpusReal.startsWith(top)) {
        throw new BadInputException(Diagnostic.of(corpus.toString(), "the corpus is not in the git work tree "
            + top + " of " + claimsFile, "keep claims file and corpus in one repository for --changed-since"));
      }
      String rel = slashes(top.relativize(corpusReal));
      String spec = rel.isEmpty() ? "." : rel;
      String prefix = rel.isEmpty() ? "" : rel + "/";
      Git.Result diff = git.run(top, "--literal-pathspecs", "diff", "--name-status", "-z", "--no-renames",
          "--no-ext-diff", sha, "--", spec);
      if (!diff.ok()) {
        throw new BadInputException(Diagnostic.of(option, "git diff failed: " + diff.firstErrorLine(),
            "check the repository with 'git status'"));
      }
      List<String> parts = diff.nulSeparated();
      for (int i = 0; i + 1 < parts.size(); i += 2) {
        String status = parts.get(i);
        String file = strip(prefix, parts.get(i + 1));
        if (file == null || hidden(file)) {
          continue;
        }
        addChanged(corpusFiles, file);
        if (everyClaim.isEmpty()) {
          everyClaim = everyClaimBecause(file, status.startsWith("D"), corpus);
        }
      }
      Git.Result untracked = git.run(top, "--literal-pathspecs", "ls-files", "-z", "--others", "--exclude-standard",
          "--", spec);
      if (!untracked.ok()) {
        throw new BadInputException(Diagnostic.of(option, "git ls-files failed: " + untracked.firstErrorLine(),
            "check the repository with 'git status'"));
      }
      for (String path : untracked.nulSeparated()) {
        String file = strip(prefix, path);
        if (file != null && !hidden(file)) {
          addChanged(corpusFiles, file);
          if (everyClaim.isEmpty()) {
            everyClaim = everyClaimBecause(file, false, corpus);
          }
        }
      }
    }
    return new Changes(ref, claims, corpusFiles, everyClaim);
  }

  /**
   * The claims of the file at the commit: none when it did not exist there, empty when it was not
   * a valid claims file.
   */
  private Optional<List<Claim>> oldClaims(Path top, String sha, String path, String ref) throws BadInputException {
    if (!git.run(top, "cat-file", "-e", sha + ":" + path).ok()) {
      return Optional.of(List.of());
    }
    Git.Result shown = git.run(top, "show", sha + ":" + path);
    if (!shown.ok()) {
      throw new BadInputException(Diagnostic.of(path, "cannot read it at " + ref + ": " + shown.firstErrorLine(),
          "check the repository with 'git status'"));
    }
    try {
      return Optional.of(loader.parse(shown.out(), ref + ":" + path));
    } catch (BadInputException e) {
      return Optional.empty();
    }
  }

  private Path topLevel(Path dir, String what) throws BadInputException {
    Git.Result top = git.run(dir, "rev-parse", "--show-toplevel");
    if (!top.ok() || top.out().isBlank()) {
      String why = top.stderr().contains("not a git repository") ? "not in a git repository"
          : "git cannot use this folder: " + top.firstErrorLine();
      throw new BadInputException(Diagnostic.of(what, why + ": " + dir,
          "--changed-since compares with a git ref: run it in a clone of the repository, or leave it out to check"
              + " every claim"));
    }
    return realPath(Path.of(top.out().strip()));
  }

  /** Why a change to {@code file} asks for every claim to be checked, or "". */
  private static String everyClaimBecause(String file, boolean deleted, Path corpus) {
    String shown = slashes(corpus.resolve(file));
    if (ALIAS_FILES.contains(file)) {
      return "every claim: " + shown + " changed";
    }
    if (deleted && sidecarBase(file) == null) {
      return "every claim: " + shown + " was deleted";
    }
    return "";
  }

  /** Adds {@code file}, and for a sidecar the text file it describes. */
  private static void addChanged(Set<String> files, String file) {
    files.add(file);
    String base = sidecarBase(file);
    if (base != null) {
      files.add(base + ".txt");
    }
  }

  private static String sidecarBase(String file) {
    String lower = file.toLowerCase(Locale.ROOT);
    for (String suffix : SIDECAR_SUFFIXES) {
      if (lower.endsWith(suffix) && file.length() > suffix.length()) {
        return file.substring(0, file.length() - suffix.length());
      }
    }
    return null;
  }

  /** A file or folder name starting with '.' anywhere in the path: the corpus loader leaves it out. */
  private static boolean hidden(String file) {
    for (String segment : file.split("/")) {
      if (segment.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String strip(String prefix, String path) {
    return path.startsWith(prefix) ? path.substring(prefix.length()) : null;
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }

  private static Path realPath(Path path) throws BadInputException {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      throw new BadInputException(Diagnostic.of(path.toString(), "cannot resolve the folder: " + e.getMessage(),
          "check that it exists"));
    }
  }
}
