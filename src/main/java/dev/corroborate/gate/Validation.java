package dev.corroborate.gate;

import dev.corroborate.claims.ClaimsLoader;
import dev.corroborate.corpus.CorpusLoader;
import dev.corroborate.corpus.LoadResult;
import dev.corroborate.corpus.Skip;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@code corroborate validate} found: the claims file's problems (all of them, each with line
 * and column) and, when a corpus was given, its skipped files.
 *
 * @param claimsFile the claims file as given
 * @param claims     how many claims it holds (0 when it has problems)
 * @param problems   every problem of the claims file, and of the corpus folder when it is unusable
 * @param corpus     the corpus folder as given, or "" when not checked
 * @param sources    sources loaded from the corpus (0 when not checked)
 * @param skipped    corpus files (or lines) that would be skipped, with their reasons
 */
public record Validation(
    String claimsFile, int claims, List<Diagnostic> problems, String corpus, int sources, List<Diagnostic> skipped) {
  public Validation {
    Objects.requireNonNull(claimsFile, "claimsFile");
    problems = List.copyOf(problems);
    corpus = corpus == null ? "" : corpus;
    skipped = List.copyOf(skipped);
  }

  /**
   * Reads the claims file and, when {@code corpus} is not null, loads the corpus.
   *
   * @param claimsFile the claims file
   * @param corpus     the corpus folder, or null to leave it out
   */
  public static Validation run(ClaimsLoader claimsLoader, CorpusLoader corpusLoader, Path claimsFile, Path corpus) {
    List<Diagnostic> problems = new ArrayList<>();
    int claims = 0;
    try {
      claims = claimsLoader.load(claimsFile).size();
    } catch (BadInputException e) {
      problems.addAll(e.diagnostics());
    }
    int sources = 0;
    List<Diagnostic> skipped = new ArrayList<>();
    if (corpus != null) {
      try {
        LoadResult loaded = corpusLoader.load(corpus);
        sources = loaded.sources().size();
        for (Skip skip : loaded.skipped()) {
          skipped.add(Diagnostic.at(corpus.resolve(skip.file()).toString(), skip.line(), 0,
              "skipped: " + skip.reason(), ""));
        }
      } catch (BadInputException e) {
        problems.addAll(e.diagnostics());
      }
    }
    return new Validation(claimsFile.toString(), claims, problems, corpus == null ? "" : corpus.toString(),
        sources, skipped);
  }

  /** True when there is no problem, and with {@code strict} no skipped corpus file either. */
  public boolean ok(boolean strict) {
    return problems.isEmpty() && (!strict || skipped.isEmpty());
  }

  /**
   * {@code claims.yaml: 16 claims OK} (and {@code ; corpus: 13 sources OK}, or {@code , 1 skipped},
   * when the corpus was checked), or {@code 3 problems found}.
   */
  public String summary() {
    if (!problems.isEmpty()) {
      return plural(problems.size(), "problem") + " found";
    }
    String line = claimsFile + ": " + plural(claims, "claim") + " OK";
    if (!corpus.isEmpty()) {
      line += "; " + corpus + ": " + plural(sources, "source") + (skipped.isEmpty() ? " OK" : ", " + skipped.size()
          + " skipped");
    }
    return line;
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
