package dev.corroborate.cli;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import dev.corroborate.index.IndexException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Builds the picocli command line with injected writers and maps exceptions to exit codes: bad
 * input is one line per problem and exit 3; anything else is a one-line internal error and exit 4;
 * stack traces only with --stacktrace.
 */
public final class Cli {
  private Cli() {}

  /** Runs the arguments and returns the exit code; all output goes to {@code out} and {@code err}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
    boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
    CommandLine cl = new CommandLine(new CorroborateCommand(terminal));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("corroborate: " + ex.getMessage());
      CommandLine c = ex.getCommandLine();
      err.println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
      return ExitCode.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      if (stacktrace) {
        ex.printStackTrace(err);
      }
      return handle(ex, err);
    });
    return cl.execute(args);
  }

  static int handle(Exception ex, PrintWriter err) {
    if (ex instanceof BadInputException bad) {
      for (Diagnostic d : bad.diagnostics()) {
        err.println("corroborate: " + d.oneLine());
      }
      return ExitCode.BAD_INPUT;
    }
    if (ex instanceof IndexException ie) {
      err.println("corroborate: " + ie.getMessage());
      return ExitCode.BAD_INPUT;
    }
    if (ex instanceof UncheckedIOException || ex instanceof java.io.IOException) {
      err.println("corroborate: I/O error: " + oneLine(ex.getMessage()) + " (check the paths and permissions)");
      return ExitCode.BAD_INPUT;
    }
    err.println("corroborate: internal error: " + ex.getClass().getSimpleName() + ": " + oneLine(ex.getMessage())
        + " (rerun with --stacktrace and report it)");
    return ExitCode.INTERNAL;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replace('\n', ' ');
  }
}
