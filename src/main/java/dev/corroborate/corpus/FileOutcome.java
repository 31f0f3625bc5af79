package dev.corroborate.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * What reading one corpus file produced: sources (with the line they start at, for duplicate-id
 * reports), skips and warnings. Filled by one {@link SourceFormat} call; not thread-safe.
 */
final class FileOutcome {
  /** A loaded source and the 1-based line it starts at (0 for a whole file). */
  record Candidate(SourceDocument source, int line) {}

  private final String file;
  private final List<Candidate> sources = new ArrayList<>();
  private final List<Skip> skips = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  FileOutcome(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void add(SourceDocument source, int line) {
    sources.add(new Candidate(source, line));
  }

  void skip(Problem problem) {
    skip(List.of(problem));
  }

  void skip(List<Problem> problems) {
    skips.add(Problem.skipOf(file, problems));
  }

  void warn(String message) {
    warnings.add(file + ": " + message);
  }

  void warn(int line, String message) {
    warnings.add(file + ":" + line + ": " + message);
  }

  List<Candidate> sources() {
    return List.copyOf(sources);
  }

  List<Skip> skips() {
    return List.copyOf(skips);
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }
}
