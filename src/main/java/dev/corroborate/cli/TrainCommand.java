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
    description = "Trains the maximum-entropy stance model on the train side of the by-body / by-claim split of"
        + " FNC-1, Emergent and ARC (never on the dev side, never on FEVER-Symmetric), choosing the trainer (GIS and its"
        + " iteration count, or L-BFGS and its L2 penalty) and the class balance on an inner split of the training pairs,"
        + " and writes the model (gzip) and a YAML note describing it."
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
      description = "Folder holding fnc1/, emergent/ and arc/ (default: ${DEFAULT-VALUE}).")
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
    sb.append("model: maximum entropy (Apache OpenNLP ").append(r.settings().algorithm())
        .append(") over the rule engine's stance features\n");
    sb.append("seed: ").append(seed).append('\n');
    sb.append("split: train side of the by-group dev split (FNC-1 and ARC by body, Emergent by claim), 20% held out\n");
    sb.append("trained_on:\n");
    for (Map.Entry<String, Integer> e : r.examples().entrySet()) {
      sb.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append("  # pairs\n");
    }
    sb.append("iterations: ").append(r.settings().iterations()).append('\n');
    sb.append("cutoff: ").append(r.settings().cutoff()).append('\n');
    sb.append(String.format(Locale.ROOT, "l2: %s  # 0: GIS; above 0: L-BFGS with this L2 penalty%n",
        java.math.BigDecimal.valueOf(r.settings().l2()).stripTrailingZeros().toPlainString()));
    sb.append(String.format(Locale.ROOT, "balance: %.1f  # trainer, iterations or penalty, and balance chosen on an"
        + " inner split of the training pairs%n", r.settings().balance()));
    sb.append("inner_split_mean_macro_f1:\n");
    r.innerScores().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  \"%s\": %.4f%n", k, v)));
    return sb.toString();
  }
}
