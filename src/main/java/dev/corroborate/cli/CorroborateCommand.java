package dev.corroborate.cli;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.backend.SearchBackend;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.index.IndexException;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level command: only holds the subcommands and the options they share. */
@Command(
    name = "corroborate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Checks claims against a corpus of sources: for each claim, which sources support it, which contradict it and which only mention it, with the evidence quoted and the reason shown.",
    subcommands = {IndexCommand.class, ImportCommand.class, CheckCommand.class, ConflictsCommand.class,
      ExtractCommand.class, ValidateCommand.class, EvalCommand.class, TrainCommand.class, SolrCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ran; nothing failed the gate",
      "1:ran; a verdict gate failed (a claim's verdict differs from its 'expect', or a --fail-on rule fired)",
      "2:usage error (unknown option, bad value)",
      "3:bad input (missing or invalid corpus, claims or index; message names file and line)",
      "4:internal error (a bug: rerun with --stacktrace and report it)",
    })
public final class CorroborateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
      description = "On an error, also print the Java stack trace (for bug reports).")
  boolean stacktrace;

  private final boolean terminal;

  CorroborateCommand(boolean terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.USAGE;
  }

  boolean terminal() {
    return terminal;
  }

  /** The shared options of commands that read a corpus and an index. */
  static final class Locations {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
        description = "Folder of sources (.md with front matter, .txt, .html, .jsonl; default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = ".corroborate",
        description = "Folder of the Lucene index (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
        description = "Analysis threads; 0 means one per core (default).")
    int threads;

    @Mixin CorpusOptions corpusOptions;

    @Mixin BackendOptions backendOptions;

    int threadCount() {
      return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** Where the passages are kept: the index folder, unless --backend names another; close it when done. */
    SearchBackend backend() throws IndexException, BadInputException {
      return backendOptions.backend(index);
    }

    Pipeline pipeline() {
      return new Pipeline(new OpenNlpAnalyzer(), Lexicon.shipped(), corpusOptions.loader(), threadCount());
    }

    /** A pipeline whose analysis models start loading now, in the background: for commands that check claims. */
    Pipeline checkingPipeline() {
      return new Pipeline(new OpenNlpAnalyzer().loadModelsInBackground(), Lexicon.shipped(), corpusOptions.loader(),
          threadCount());
    }
  }

  static PrintWriter err(CommandSpec spec) {
    return spec.commandLine().getErr();
  }
}
