package dev.corroborate.cli;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.corpus.CorpusLoader;
import dev.corroborate.corpus.Skip;
import dev.corroborate.corpus.SourceCollection;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import dev.corroborate.backend.SearchBackend;
import dev.corroborate.index.Indexer;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corroborate import}: streams bulk collection files straight into the index. */
@Command(
    name = "import",
    header = "Import bulk collections (JSON Lines, Reuters-21578 JSON) straight into the index.",
    mixinStandardHelpOptions = true,
    description = {
      "Reads each FILE as a stream, one record at a time (any size, bounded memory), and indexes its sources directly, without writing corpus files. "
          + "Formats: JSON Lines (.jsonl: one source per line with the keys of a corpus .jsonl line, 'id' and 'text' required) and Reuters-21578 JSON (.json: an array of stories; title, date and body make a source of kind press-report, id reuters-NEWID; stories without a body are counted as empty).",
      "",
      "Incremental as 'index' is: each record is re-analysed only when its content hash changed since the last import of a file of the same name; records gone from the file leave the index; the corpus folder's sources and other imported files are left alone, and 'index' or 'check' on the corpus folder leave imported sources alone. "
          + "All files are committed at once at the end: a run that is killed leaves the previous commit intact. "
          + "A record that cannot be used is skipped, counted and listed with its file and line; with --strict the first one stops the import (exit 3, nothing committed). "
          + "Check claims against an imported collection with 'check --no-update'.",
      "",
      "With --backend solr (bin/corroborate-solr) the records go to a SolrCloud collection with the same rules; there each record is committed whole or left out and named (run again to retry), and --strict reads every file through first, so a bad record stops the import before anything is sent.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:imported (skipped records, if any, are listed)",
      "2:usage error (no file, unknown format)",
      "3:bad input: a file missing or unreadable, broken JSON in a Reuters file (file, line and column named), a skipped record under --strict, index locked or incompatible, a bad backend settings file, Solr unreachable or records it refused (each named)",
      "4:internal error (rerun with --stacktrace and report it)",
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand CorroborateCommand parent;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Collection files to import.")
  List<Path> files;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "auto (by extension: .jsonl is JSON Lines, .json is Reuters-21578 JSON), jsonl or reuters (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = ".corroborate",
      description = "Folder of the Lucene index (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
      description = "Analysis threads; 0 means one per core (default).")
  int threads;

  @Mixin BackendOptions backendOptions;

  @Option(names = "--strict", description = "Stop at the first record that cannot be used (exit 3, nothing committed) instead of skipping and counting it.")
  boolean strict;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<SourceCollection> collections = collections();
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    Pipeline pipeline = new Pipeline(new OpenNlpAnalyzer(), Lexicon.shipped(), new CorpusLoader(), n);
    Indexer.ImportStats stats;
    try (SearchBackend backend = backendOptions.backend(index)) {
      stats = pipeline.importCollections(collections, backend, strict, new StderrProgress(err, parent.terminal()));
    }
    for (String w : stats.index().warnings()) {
      err.println("warning: " + w);
    }
    out.println(summary(collections.size(), stats));
    for (Skip s : stats.index().skipped()) {
      out.println("  skipped " + s.oneLine());
    }
    return ExitCode.OK;
  }

  static String summary(int files, Indexer.ImportStats s) {
    return "imported " + files + (files == 1 ? " file" : " files") + ": indexed " + s.index().indexed()
        + ", unchanged " + s.index().unchanged() + ", removed " + s.index().removed() + ", empty " + s.empty()
        + ", skipped " + s.index().skipped().size() + " (index holds " + s.index().sources() + " sources, "
        + s.index().passages() + " passages)";
  }

  private List<SourceCollection> collections() throws BadInputException {
    SourceCollection.Format forced = switch (format.toLowerCase(Locale.ROOT)) {
      case "auto" -> null;
      case "jsonl" -> SourceCollection.Format.JSONL;
      case "reuters" -> SourceCollection.Format.REUTERS;
      default -> throw new ParameterException(spec.commandLine(),
          "unknown --format '" + format + "' (use auto, jsonl or reuters)");
    };
    List<SourceCollection> out = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Path f : files) {
      SourceCollection.Format fmt = forced != null ? forced : SourceCollection.Format.of(f);
      if (fmt == null) {
        throw new ParameterException(spec.commandLine(), "cannot tell the format of " + f
            + " by its name (.jsonl or .json); give --format jsonl or --format reuters");
      }
      if (!names.add(f.getFileName().toString())) {
        throw new ParameterException(spec.commandLine(), "two files named " + f.getFileName()
            + ": an imported collection is known by its file name, so import them separately under other names");
      }
      if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
        problems.add(Diagnostic.of(f.toString(), "no such readable file", "check the path"));
        continue;
      }
      try {
        out.add(SourceCollection.of(f, fmt));
      } catch (IOException e) {
        problems.add(Diagnostic.of(f.toString(), "cannot read: " + e.getMessage(), "check the path and permissions"));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return out;
  }
}
