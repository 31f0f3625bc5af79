package dev.corroborate.diag;

import java.util.Objects;

/**
 * One problem found in a user's input file, with its position when known.
 *
 * @param file   path of the file as the user would type it
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong
 * @param hint   how to fix it (may be empty)
 */
public record Diagnostic(String file, int line, int column, String message, String hint) {
  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0");
    }
  }

  public static Diagnostic at(String file, int line, int column, String message, String hint) {
    return new Diagnostic(file, line, column, message, hint);
  }

  public static Diagnostic of(String file, String message, String hint) {
    return new Diagnostic(file, 0, 0, message, hint);
  }

  /** {@code file:line:column: message (hint)} on one line. */
  public String oneLine() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ").append(message.replace('\n', ' '));
    if (!hint.isEmpty()) {
      sb.append(" (").append(hint).append(')');
    }
    return sb.toString();
  }
}
