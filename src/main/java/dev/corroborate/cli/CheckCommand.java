package dev.corroborate.cli;

import dev.corroborate.claims.Claim;
import dev.corroborate.claims.ClaimsLoader;
import dev.corroborate.corpus.Skip;
import dev.corroborate.pipeline.CheckRun;
import dev.corroborate.report.ReportFormat;
import dev.corroborate.report.ReportRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
      "0:every claim with an 'expect' got that verdict",
      "1:some claim's verdict differs from its 'expect' (the report is still written)",
      "2:usage error",
      "3:bad input: claims file or corpus missing or invalid (file, line and column named), index locked or incompatible",
      "4:internal error (rerun with --stacktrace and report it)",
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand CorroborateCommand parent;
  @Mixin CorroborateCommand.Locations where;

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

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Claim> claims = new ClaimsLoader().load(claimsFile);
    CheckRun run = where.pipeline().check(claimsFile.toString(), claims, where.corpus, where.index,
        new StderrProgress(err, parent.terminal()));
    err.println("index: " + IndexCommand.summary(run.index()));
    for (Skip s : run.index().skipped()) {
      err.println("  skipped " + s.oneLine());
    }
    ReportRenderer renderer = format.renderer();
    if (output != null) {
      AtomicOutput.write(output, w -> renderer.render(run.report(), w));
      err.println("report written to " + output);
    } else {
      renderer.render(run.report(), out);
      out.flush();
    }
    long unexpected = run.report().unexpectedCount();
    if (unexpected > 0) {
      err.println("corroborate: " + unexpected + " claim(s) got a verdict other than expected");
      return ExitCode.GATE_FAILED;
    }
    return ExitCode.OK;
  }
}
