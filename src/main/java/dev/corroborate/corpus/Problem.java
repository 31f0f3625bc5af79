package dev.corroborate.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a corpus file, found while loading it.
 *
 * @param file    path relative to the corpus folder of the file the problem is in
 * @param line    1-based line, or 0 when unknown
 * @param message what is wrong, on one line
 */
record Problem(String file, int line, String message) {
  Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0");
    }
    message = message.replace("\r", " ").replace('\n', ' ');
  }

  /**
   * Folds the problems that stop {@code subject} from loading into one skip, placed at the first
   * problem; later problems at another place are prefixed with it ("line 4: ...").
   */
  static Skip skipOf(String subject, List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    Problem first = problems.get(0);
    StringBuilder reason = new StringBuilder(first.message);
    for (Problem p : problems.subList(1, problems.size())) {
      reason.append("; ");
      if (!p.file.equals(first.file)) {
        reason.append(p.file).append(p.line > 0 ? ":" + p.line : "").append(": ");
      } else if (p.line > 0 && p.line != first.line) {
        reason.append("line ").append(p.line).append(": ");
      }
      reason.append(p.message);
    }
    if (!first.file.equals(subject)) {
      reason.append("; ").append(subject).append(" not loaded");
    }
    return new Skip(first.file, first.line, reason.toString());
  }
}
