package dev.corroborate.cli;

import dev.corroborate.backend.SearchBackend;
import dev.corroborate.claims.Claim;
import dev.corroborate.claims.ClaimsLoader;
import dev.corroborate.corpus.Skip;
import dev.corroborate.gate.Changes;
import dev.corroborate.gate.Gate;
import dev.corroborate.pipeline.CheckRun;
import dev.corroborate.report.ReportFormat;
import dev.corroborate.report.ReportRenderer;
import dev.corroborate.report.ReviewOptions;
import dev.corroborate.verdict.CheckReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corroborate check}: checks every claim and reports per source and per claim. */
@Command(
    name = "check",
    header = "Check claims against the corpus and report verdicts with evidence.",
    mixinStandardHelpOptions = true,
    description = "Checks each claim of the claims file against the corpus. Indexes first when the index is missing or stale, so 'check' alone works. For each claim: the verdict (supported, contradicted, contested, unverified), and per source its stance (supports, contradicts, mentions) with the quoted passages and the reason. Silent sources are left out.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no checked claim failed the gate (every claim with an 'expect' got that verdict, no --fail-on rule fired)",
      "1:a checked claim failed the gate: its verdict differs from its 'expect', or --fail-on or --fail-on-official-contradiction says so (the report is still written; stderr names each claim and why)",
      "2:usage error",
      "3:bad input: claims file or corpus missing or invalid (file, line and column named), index incompatible (or locked before its first commit), a bad backend settings file (--config), Solr unreachable; with --changed-since: git missing, not in a git repository, or unknown ref",
      "4:internal error (rerun with --stacktrace and report it)",
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand CorroborateCommand parent;
  @Mixin CorroborateCommand.Locations where;
  @Mixin CiOptions ci;

  @Parameters(index = "0", arity = "0..1", paramLabel = "CLAIMS", defaultValue = "claims.yaml",
      description = "Claims file (YAML: claims: [{id, text, expect}]; default: ${DEFAULT-VALUE}).")
  Path claimsFile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
      completionCandidates = FormatConverter.Candidates.class,
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (complete or not at all) instead of standard output.")
  Path output;

  @Option(names = "--no-update",
      description = "Check against the index as it is, without reading or indexing the corpus folder (only its aliases.yaml is read, when there): for a collection brought in with 'import'.")
  boolean noUpdate;

  @Option(names = "--review-author", paramLabel = "NAME", defaultValue = ReviewOptions.DEFAULT_AUTHOR,
      description = "Who publishes the review, for html, markdown and claimreview (default: ${DEFAULT-VALUE}).")
  String reviewAuthor;

  @Option(names = "--review-date", paramLabel = "YYYY-MM-DD",
      description = "Publication date of the review, for html, markdown and claimreview (datePublished); "
          + "left out when not given, so reports stay byte-identical between runs.")
  LocalDate reviewDate;

  @Option(names = "--review-url", paramLabel = "URL",
      description = "Where the review is published (http or https), for html, markdown and claimreview.")
  String reviewUrl;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReviewOptions review = review();
    List<Claim> claims = new ClaimsLoader().load(claimsFile);
    Changes changes = ci.changes(claimsFile, claims, where.corpus);
    StderrProgress progress = new StderrProgress(err, parent.terminal());
    CheckRun run;
    try (SearchBackend backend = where.backend()) {
      if (noUpdate) {
        run = new CheckRun(null, where.checkingPipeline().checkIndex(claimsFile.toString(), claims, where.corpus,
            backend, progress));
        err.println("index: not updated (--no-update); checking against its last commit");
      } else {
        run = where.checkingPipeline().check(claimsFile.toString(), claims, where.corpus, backend, progress);
        err.println("index: " + IndexCommand.summary(run.index()));
      }
    }
    if (run.index() != null) {
      for (Skip s : run.index().skipped()) {
        err.println("  skipped " + s.oneLine());
      }
      for (String w : run.index().warnings()) {
        err.println("  warning " + w);
      }
    }
    CheckReport report = CiOptions.select(changes, run.report(), err);
    Gate gate = ci.gate();
    ReportRenderer renderer = format.renderer().reviewed(review).gated(gate);
    if (output != null) {
      AtomicOutput.write(output, w -> renderer.render(report, w));
      err.println("report written to " + output);
    } else {
      renderer.render(report, out);
      out.flush();
    }
    return CiOptions.exitCode(gate.judge(report), gate, err);
  }

  /** The review options, or a usage error naming what is wrong with them. */
  private ReviewOptions review() {
    try {
      return new ReviewOptions(reviewAuthor, reviewDate, reviewUrl);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
