package dev.corroborate.diag;

import java.util.List;
import java.util.stream.Collectors;

/** The user's input is unusable; carries every problem found in it (exit code 3). */
public class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public BadInputException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::oneLine).collect(Collectors.joining("\n")));
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("at least one diagnostic");
    }
    this.diagnostics = List.copyOf(diagnostics);
  }

  public BadInputException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
