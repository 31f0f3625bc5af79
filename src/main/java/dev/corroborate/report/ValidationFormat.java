package dev.corroborate.report;

import dev.corroborate.diag.Diagnostic;
import dev.corroborate.gate.Validation;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The output formats of {@code corroborate validate}. {@code text}: every problem, then every
 * skipped corpus file, on its own line as {@code file:line:column: message (hint)}, then the OK line
 * when there is no problem. {@code github}: the same as workflow commands ({@code ::error} per
 * problem, {@code ::warning} per skipped file, or {@code ::error} with strict, {@code ::notice} when
 * OK). Deterministic.
 */
public enum ValidationFormat {
  TEXT("text") {
    @Override
    public void render(Validation v, boolean strict, Writer out) throws IOException {
      for (Diagnostic d : v.problems()) {
        out.write(d.oneLine() + "\n");
      }
      for (Diagnostic d : v.skipped()) {
        out.write(d.oneLine() + "\n");
      }
      if (v.problems().isEmpty()) {
        out.write(v.summary() + "\n");
      }
    }
  },
  GITHUB("github") {
    @Override
    public void render(Validation v, boolean strict, Writer out) throws IOException {
      for (Diagnostic d : v.problems()) {
        out.write(command(WorkflowCommand.Level.ERROR, d, "corroborate: invalid input").render() + "\n");
      }
      for (Diagnostic d : v.skipped()) {
        out.write(command(strict ? WorkflowCommand.Level.ERROR : WorkflowCommand.Level.WARNING, d,
            "corroborate: corpus file skipped").render() + "\n");
      }
      if (v.problems().isEmpty()) {
        out.write(new WorkflowCommand(WorkflowCommand.Level.NOTICE, "", 0, 0, "corroborate validate", v.summary())
            .render() + "\n");
      }
    }

    private WorkflowCommand command(WorkflowCommand.Level level, Diagnostic d, String title) {
      String message = d.message() + (d.hint().isEmpty() ? "" : " (" + d.hint() + ")");
      return new WorkflowCommand(level, d.file(), d.line(), d.column(), title, message);
    }
  };

  private final String label;

  ValidationFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }

  /** Writes what {@code v} found; {@code strict} makes skipped corpus files errors. */
  public abstract void render(Validation v, boolean strict, Writer out) throws IOException;

  public static String allLabels() {
    return Arrays.stream(values()).map(ValidationFormat::label).collect(Collectors.joining(", "));
  }
}
