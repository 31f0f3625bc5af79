package dev.corroborate.cli;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.diag.Diagnostic;
import dev.corroborate.eval.DevSplit;
import dev.corroborate.eval.MalformedDataException;
import dev.corroborate.eval.Trainer;
import dev.corroborate.lexicon.Lexicon;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corroborate train}: reproduces the shipped stance model from the datasets. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    header = "Reproduce the shipped stance model from the labelled datasets.",
    description = "Trains the maximum-entropy stance model on the train side of the dev split of FNC-1 and ARC (by"
        + " body), Emergent (by claim) and FEVER-Symmetric (by claim and evidence sentence), never on the dev side;"
        + " the model has two stages (related or not, then which stance); the L2 penalty of L-BFGS and the class balance"
        + " are chosen on three inner splits of the training pairs. Writes the model (gzip) and a YAML note describing it."
        + " The same datasets and seed give the same model bytes.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:model written",
      "2:usage error, or a malformed dataset row (file and line named)",
      "3:datasets missing or unreadable",
      "4:internal error (rerun with --stacktrace and report it)",
    })
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand CorroborateCommand parent;

  @Option(names = "--datasets-root", paramLabel = "DIR", defaultValue = "../shared/datasets",
      description = "Folder holding fnc1/, emergent/, arc/ and fever_symmetric/ (default: ${DEFAULT-VALUE}).")
  Path root;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DevSplit.DEFAULT_SEED,
      description = "Seed of the train/dev split; eval must use the same (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      defaultValue = "src/main/resources/dev/corroborate/learn/stance-maxent.bin.gz",
      description = "Where to write the model (default: ${DEFAULT-VALUE}); a .yaml note is written beside it.")
  Path output;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Threads; 0 means one per core.")
  int threads;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    Trainer.Result r;
    try {
      r = new Trainer(new OpenNlpAnalyzer(), Lexicon.shipped(), n)
          .train(root, seed, new StderrProgress(spec.commandLine().getErr(), parent.terminal()));
    } catch (MalformedDataException e) {
      // As for eval: a malformed data row is exit 2, a missing or unreadable file exit 3.
      for (Diagnostic d : e.diagnostics()) {
        spec.commandLine().getErr().println("corroborate: " + d.oneLine());
      }
      return ExitCode.USAGE;
    }
    Path dir = output.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".model", ".tmp");
    try {
      r.model().write(tmp);
      Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    String name = output.getFileName().toString().replaceAll("\\.bin\\.gz$|\\.gz$", "");
    Path note = output.resolveSibling(name + ".yaml");
    AtomicOutput.write(note, w -> w.write(note(r)));
    out.print(r.log());
    out.println("model written to " + output + " (" + Files.size(output) + " bytes); note in " + note);
    return ExitCode.OK;
  }

  private String note(Trainer.Result r) {
    StringBuilder sb = new StringBuilder();
    sb.append("# The shipped stance model: written by 'corroborate train'; rerun it to reproduce these bytes.\n");
    sb.append("model: ").append(r.settings().twoStage() ? "two-stage (related or not, then which stance) " : "")
        .append("maximum entropy (Apache OpenNLP ").append(r.settings().algorithm())
        .append(") over the rule engine's stance features\n");
    sb.append("seed: ").append(seed).append('\n');
    sb.append("split: train side of the by-group dev split (FNC-1 and ARC by body, Emergent by claim, FEVER-Symmetric"
        + " by claim and evidence sentence), 20% held out\n");
    sb.append("trained_on:\n");
    for (Map.Entry<String, Integer> e : r.examples().entrySet()) {
      sb.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append("  # pairs\n");
    }
    sb.append("iterations: ").append(r.settings().iterations()).append('\n');
    sb.append("cutoff: ").append(r.settings().cutoff()).append('\n');
    sb.append(String.format(Locale.ROOT, "l2: %s  # 0: GIS; above 0: L-BFGS with this L2 penalty%n",
        java.math.BigDecimal.valueOf(r.settings().l2()).stripTrailingZeros().toPlainString()));
    sb.append(String.format(Locale.ROOT, "balance: %.1f  # stages, penalty and balance chosen on inner splits of the"
        + " training pairs%n", r.settings().balance()));
    sb.append(String.format(Locale.ROOT, "word_features_min_claims: %d  # near and lede words and near word pairs kept"
        + " if found with this many claims%n", Trainer.minClaims()));
    sb.append("# mean over the inner splits of: FNC-1 macro-F1, FNC-1 F1 disagree, Emergent macro-F1, ARC macro-F1,\n");
    sb.append("# FEVER-Symmetric accuracy\n");
    sb.append("inner_split_objective:\n");
    r.innerScores().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  \"%s\": %.4f%n", k, v)));
    return sb.toString();
  }
}
