package dev.corroborate.cli;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import dev.corroborate.eval.Classifiers;
import dev.corroborate.eval.Dataset;
import dev.corroborate.eval.DevSplit;
import dev.corroborate.eval.EvalFormat;
import dev.corroborate.eval.EvalRequest;
import dev.corroborate.eval.EvalResult;
import dev.corroborate.eval.EvalRunner;
import dev.corroborate.eval.LabelledPair;
import dev.corroborate.eval.MalformedDataException;
import dev.corroborate.eval.PairClassifier;
import dev.corroborate.eval.Split;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code corroborate eval}: measures the stance classifier on a labelled public dataset. */
@Command(
    name = "eval",
    header = "Measure the stance classifier on a labelled dataset.",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a labelled claim/body dataset, classifies every pair of the chosen split with the shipped stance classifier"
          + " and prints accuracy, macro-F1 (over the dataset's gold classes), per-class precision/recall/F1, the"
          + " confusion matrix and, for fnc1 and arc, the official FNC-1 relative score; also the classification time"
          + " and pairs per second.",
      "",
      "Datasets and their --data files in order (default: under --datasets-root):",
      "  fnc1             bodies CSV (Body ID,articleBody), stances CSV",
      "                   (Headline,Body ID,Stance); default fnc1/train_bodies.csv",
      "                   fnc1/train_stances.csv",
      "  emergent         CSV (row id, claimHeadline, articleHeadline,",
      "                   articleHeadlineStance, articleId, claimId); default",
      "                   emergent/url-versions-2015-06-14-clean-train.csv",
      "  fever-symmetric  JSON Lines (id, claim, evidence, label);",
      "                   default fever_symmetric/fever_symmetric_dev.jsonl",
      "  arc              FNC-1 format; default arc/arc_bodies.csv",
      "                   arc/arc_stances_train.csv",
      "Labels: agree/for/SUPPORTS = supports, disagree/against/REFUTES = contradicts,",
      "discuss/observing = mentions, unrelated = unrelated.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:evaluated; the scores are printed",
      "2:usage error, or a malformed row in a data file (file and line named)",
      "3:bad input: a data file is missing or unreadable, or the split has no pairs",
      "4:internal error (rerun with --stacktrace and report it)",
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand CorroborateCommand parent;

  @Parameters(index = "0", paramLabel = "DATASET", converter = DatasetConverter.class,
      description = "Dataset: ${COMPLETION-CANDIDATES}.")
  Dataset dataset;

  @Option(names = "--data", arity = "1..*", paramLabel = "PATH",
      description = "The dataset's files, in the order above (fnc1 and arc: bodies CSV then stances CSV)."
          + " Default: the dataset's files under --datasets-root.")
  List<Path> data;

  @Option(names = "--datasets-root", paramLabel = "DIR", defaultValue = "../shared/datasets",
      description = "Folder holding fnc1/, emergent/, fever_symmetric/ and arc/, used when --data is not given"
          + " (default: ${DEFAULT-VALUE}).")
  Path datasetsRoot;

  @Option(names = "--split", paramLabel = "SPLIT", converter = SplitConverter.class, defaultValue = "dev",
      description = "Which pairs to score: all, train or dev (default). dev holds out about 20 %% of the bodies (fnc1,"
          + " arc), claims (emergent) or claims with their evidence sentences (fever-symmetric), chosen by --seed;"
          + " train is the rest, which the shipped model is trained on.")
  Split split;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DevSplit.DEFAULT_SEED,
      description = "Seed of the train/dev split; the shipped model is trained with the default (${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = EvalFormatConverter.class,
      description = "Output format: text or json (keys accuracy, macro_f1, fnc_score, per_class, confusion, pairs,"
          + " intervals, seconds, ...; default: ${DEFAULT-VALUE}). Every score comes with its 95 %% interval from"
          + " 1,000 resamples of the scored bodies (FNC-1, ARC) or claims (Emergent, FEVER-Symmetric).")
  EvalFormat format;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Also write every pair's prediction to FILE as CSV with header id,gold,predicted, in input order"
          + " and dataset label words (complete or not at all).")
  Path predictions;

  private final java.util.function.Function<Dataset, PairClassifier> classifiers;

  EvalCommand() {
    this.classifiers = Classifiers::shipped;
  }

  /** For tests: evaluates the classifiers that {@code classifiers} supplies. */
  EvalCommand(Supplier<PairClassifier> classifiers) {
    this.classifiers = dataset -> classifiers.get();
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = data != null ? data : dataset.defaultData(datasetsRoot);
    if (files.size() != dataset.dataRoles().size()) {
      return usage(err, dataset + " takes " + dataset.dataRoles().size() + " --data file(s): "
          + String.join(", then ", dataset.dataRoles()) + "; got " + files.size());
    }
    requireFiles(files);
    EvalRequest request = new EvalRequest(dataset, files, split, seed, predictions);
    EvalRunner runner = new EvalRunner();
    EvalResult result;
    // The classifier first: its models load in the background while the data is read.
    try (PairClassifier classifier = classifiers.apply(request.dataset())) {
      List<LabelledPair> pairs;
      try {
        pairs = runner.load(request);
      } catch (MalformedDataException e) {
        // Issue 3: a malformed data row is exit 2, not the bad-input 3 of a missing or unreadable file.
        for (Diagnostic d : e.diagnostics()) {
          err.println("corroborate: " + d.oneLine());
        }
        return ExitCode.USAGE;
      }
      err.println("eval: " + pairs.size() + " pairs (" + dataset + ", split " + split + ")");
      boolean terminal = parent != null && parent.terminal();
      result = runner.evaluate(request, pairs, classifier, new StderrProgress(err, terminal));
    }
    format.render(result, out);
    out.flush();
    if (predictions != null) {
      err.println("predictions written to " + predictions);
    }
    return ExitCode.OK;
  }

  private void requireFiles(List<Path> files) throws BadInputException {
    List<Diagnostic> missing = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        missing.add(Diagnostic.of(f.toString(), "file not found", data != null ? "check the --data path"
            : "pass --data PATH... or --datasets-root DIR (the folder holding fnc1/, emergent/, ...)"));
      }
    }
    if (!missing.isEmpty()) {
      throw new BadInputException(missing);
    }
  }

  private int usage(PrintWriter err, String message) {
    err.println("corroborate: " + message);
    err.println("Run '" + spec.qualifiedName() + " --help' for usage.");
    return ExitCode.USAGE;
  }

  /** Dataset names to {@link Dataset}, naming the valid names on error. */
  static final class DatasetConverter implements ITypeConverter<Dataset> {
    @Override
    public Dataset convert(String value) {
      return Dataset.fromLabel(value).orElseThrow(() -> new TypeConversionException(
          "unknown dataset '" + value + "' (use one of: " + Dataset.allLabels() + ")"));
    }
  }

  /** Split names to {@link Split}. */
  static final class SplitConverter implements ITypeConverter<Split> {
    @Override
    public Split convert(String value) {
      return Split.fromLabel(value).orElseThrow(() -> new TypeConversionException(
          "unknown split '" + value + "' (use one of: " + Split.allLabels() + ")"));
    }
  }

  /** Format names to {@link EvalFormat}. */
  static final class EvalFormatConverter implements ITypeConverter<EvalFormat> {
    @Override
    public EvalFormat convert(String value) {
      return EvalFormat.fromLabel(value).orElseThrow(() -> new TypeConversionException(
          "unknown format '" + value + "' (use one of: " + EvalFormat.allLabels() + ")"));
    }
  }
}
