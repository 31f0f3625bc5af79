package dev.corroborate.cli;

import dev.corroborate.backend.SearchBackend;
import dev.corroborate.corpus.Skip;
import dev.corroborate.index.IndexStats;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corroborate index}: brings the index up to date with the corpus. */
@Command(
    name = "index",
    header = "Bring the Lucene index up to date with the corpus (incremental).",
    mixinStandardHelpOptions = true,
    description = "Indexes the corpus incrementally: only new or changed files (by content hash) are analysed, files gone from the corpus leave the index. Prints how many sources were indexed, unchanged, removed and skipped, with the reason for each skip and each warning (defaults used, symbolic links not followed). The update is committed at once at the end: a run that is killed leaves the previous commit intact. A second run while one is updating the same index fails at once (exit 3).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the index is up to date",
      "2:usage error",
      "3:bad input: corpus folder missing or without any loadable source, index locked or incompatible, a bad backend settings file (--config), Solr unreachable or files it refused (each named; --backend solr)",
      "4:internal error (rerun with --stacktrace and report it)",
    })
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand CorroborateCommand parent;
  @Mixin CorroborateCommand.Locations where;

  @Option(names = "--rebuild", description = "Drop the index and build it afresh (needed after an upgrade that changes its format).")
  boolean rebuild;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IndexStats stats;
    try (SearchBackend backend = where.backend()) {
      stats = where.pipeline().index(where.corpus, backend, rebuild, new StderrProgress(err, parent.terminal()));
    }
    out.println(summary(stats));
    for (Skip s : stats.skipped()) {
      out.println("  skipped " + s.oneLine());
    }
    for (String w : stats.warnings()) {
      out.println("  warning " + w);
    }
    return ExitCode.OK;
  }

  /** One line: what the update did (or why it did not run), skips and warnings counted. */
  static String summary(IndexStats s) {
    String counts = "skipped " + s.skipped().size()
        + (s.warnings().isEmpty() ? "" : ", warnings " + s.warnings().size())
        + " (index holds " + s.sources() + " sources, " + s.passages() + " passages)";
    if (!s.updated()) {
      return "warning: " + s.notUpdated() + "; " + counts;
    }
    return "indexed " + s.indexed() + ", unchanged " + s.unchanged() + ", removed " + s.removed() + ", " + counts;
  }
}
