package dev.corroborate.eval;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import java.util.List;

/**
 * A dataset file was read but its content is not what its format says: a wrong header or column
 * count, an unknown label word, a body id missing from the bodies file, an unparsable JSON line, an
 * unterminated quote. Every diagnostic names file and line. {@code corroborate eval} exits with 2 on
 * it (issue 3); an unreadable or missing file stays a plain {@link BadInputException} (exit 3).
 */
public final class MalformedDataException extends BadInputException {
  private static final long serialVersionUID = 1L;

  public MalformedDataException(List<Diagnostic> diagnostics) {
    super(diagnostics);
  }

  public MalformedDataException(Diagnostic diagnostic) {
    super(diagnostic);
  }
}
