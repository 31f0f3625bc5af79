package dev.corroborate.eval;

import dev.corroborate.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one data file; reports the first {@value #SHOWN} and how many more. */
final class Problems {
  static final int SHOWN = 20;
  private final String file;
  private final List<Diagnostic> shown = new ArrayList<>();
  private int total;

  Problems(String file) {
    this.file = file;
  }

  void add(int line, String message, String hint) {
    total++;
    if (shown.size() < SHOWN) {
      shown.add(Diagnostic.at(file, line, 0, message, hint));
    }
  }

  /** Throws every collected problem at once, if any. */
  void throwIfAny() throws MalformedDataException {
    if (total == 0) {
      return;
    }
    List<Diagnostic> all = new ArrayList<>(shown);
    if (total > shown.size()) {
      all.add(Diagnostic.of(file, (total - shown.size()) + " more problems not shown", "fix the ones above first"));
    }
    throw new MalformedDataException(all);
  }
}
