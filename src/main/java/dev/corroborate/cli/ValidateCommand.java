package dev.corroborate.cli;

import dev.corroborate.claims.ClaimsLoader;
import dev.corroborate.gate.Validation;
import dev.corroborate.report.ValidationFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code corroborate validate}: checks the claims file (and optionally the corpus) only. */
@Command(
    name = "validate",
    header = "Check that the claims file (and optionally the corpus) can be read; no claim is checked.",
    mixinStandardHelpOptions = true,
    description = "Reads the claims file and reports every problem at once, each on its own line as "
        + "file:line:column: message (hint): unknown keys, duplicate ids, empty text, unknown expect words, YAML "
        + "errors. With --corpus, also loads the corpus and lists the files that would be skipped, with line and "
        + "reason. Fast: no index, no language models. Prints 'FILE: N claims OK' when all is well.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the claims file is valid (and the corpus loads; with --strict, without a skipped file)",
      "2:usage error",
      "3:problems found (each printed on its own line)",
      "4:internal error (rerun with --stacktrace and report it)",
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "CLAIMS", defaultValue = "claims.yaml",
      description = "Claims file (default: ${DEFAULT-VALUE}).")
  Path claimsFile;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Also load this corpus folder and list the files that would be skipped.")
  Path corpus;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatWord.class,
      completionCandidates = FormatWord.class,
      description = "Output: ${COMPLETION-CANDIDATES}; github prints GitHub Actions workflow commands, so problems "
          + "show on the pull request's lines (default: ${DEFAULT-VALUE}).")
  ValidationFormat format;

  @Option(names = "--strict", description = "Also fail (exit 3) when a corpus file would be skipped.")
  boolean strict;

  @Mixin CorpusOptions corpusOptions;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Validation v = Validation.run(new ClaimsLoader(), corpusOptions.loader(), claimsFile, corpus);
    format.render(v, strict, out);
    out.flush();
    if (!v.problems().isEmpty()) {
      err.println("corroborate: " + v.summary());
      return ExitCode.BAD_INPUT;
    }
    if (!v.ok(strict)) {
      err.println("corroborate: " + v.skipped().size() + " corpus file(s) would be skipped (--strict)");
      return ExitCode.BAD_INPUT;
    }
    return ExitCode.OK;
  }

  /** Reads {@code --format} words, naming the valid ones on error; lists them for --help. */
  static final class FormatWord implements ITypeConverter<ValidationFormat>, Iterable<String> {
    @Override
    public ValidationFormat convert(String value) {
      return Arrays.stream(ValidationFormat.values()).filter(f -> f.label().equalsIgnoreCase(value)).findFirst()
          .orElseThrow(() -> new TypeConversionException(
              "unknown format '" + value + "' (use one of: " + ValidationFormat.allLabels() + ")"));
    }

    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ValidationFormat.values()).map(ValidationFormat::label).iterator();
    }
  }
}
