package dev.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.eval.Dataset;
import dev.corroborate.eval.PairClassifier;
import dev.corroborate.stance.Stance;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code corroborate eval}: options, exit codes, output and the predictions file, with fake classifiers. */
class EvalCommandTest {
  @TempDir Path dir;
  Path root;
  Path bodies;
  Path stances;

  record Run(int code, String out, String err) {}

  /** Through the real entry point (the shipped classifier, not wired yet). */
  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), false);
    return new Run(code, out.toString(), err.toString());
  }

  /** The eval command alone with a fake classifier, wired like {@link Cli#run} (same handlers). */
  static Run eval(Supplier<PairClassifier> classifiers, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter errWriter = new PrintWriter(err, true);
    CommandLine cl = new CommandLine(new EvalCommand(classifiers));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(errWriter);
    cl.setExecutionExceptionHandler((ex, c, parsed) -> Cli.handle(ex, errWriter));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Supplier<PairClassifier> always(Stance stance) {
    return () -> (pairs, progress) -> Collections.nCopies(pairs.size(), stance);
  }

  @BeforeEach
  void data() throws IOException {
    root = dir.resolve("datasets");
    Path fnc = Files.createDirectories(root.resolve("fnc1"));
    bodies = Files.writeString(fnc.resolve("train_bodies.csv"), """
        Body ID,articleBody
        1,"Officials said the bridge,
        which closed in May, reopens Monday."
        2,A cat was elected mayor.
        """, StandardCharsets.UTF_8);
    stances = Files.writeString(fnc.resolve("train_stances.csv"), """
        Headline,Body ID,Stance
        Bridge reopens Monday,1,agree
        "Bridge stays shut, officials say",1,disagree
        Cat elected,2,unrelated
        """, StandardCharsets.UTF_8);
  }

  @Test
  void helpDocumentsEveryOptionDatasetDefaultFileAndExitCode() {
    Run r = cli("eval", "--help");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("DATASET", "--data", "--datasets-root", "--split", "--seed", "--format",
        "--predictions", "../shared/datasets", "fever-symmetric", "id,gold,predicted", "Exit codes:",
        "malformed row");
    for (Dataset d : Dataset.values()) {
      assertThat(r.out()).contains(d.label());
      d.defaultFiles().forEach(f -> assertThat(r.out()).contains(f));
    }
    assertThat(cli("--help").out()).contains("eval");
  }

  @Test
  void scoresWithDefaultFilesUnderTheDatasetsRootAndWritesPredictions() throws IOException {
    Path predictions = dir.resolve("out/pred.csv");
    Run r = eval(always(Stance.SUPPORTS), "fnc1", "--datasets-root", root.toString(), "--split", "all",
        "--format", "json", "--predictions", predictions.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    JsonNode n = new ObjectMapper().readTree(r.out());
    assertThat(n.get("pairs").asInt()).isEqualTo(3);
    assertThat(n.get("accuracy").asDouble()).isEqualTo(1.0 / 3);
    // agree right 1.0 + disagree->agree 0.25 + unrelated->agree 0 of 2.25
    assertThat(n.get("fnc_score").asDouble()).isEqualTo(1.25 / 2.25);
    assertThat(Files.readString(predictions)).isEqualTo("""
        id,gold,predicted
        1,agree,agree
        2,disagree,agree
        3,unrelated,agree
        """);
    assertThat(r.err()).contains("eval: 3 pairs (fnc1, split all)").contains("predictions written to " + predictions);
  }

  @Test
  void explicitDataAndTextFormatAndTheClassifierIsClosed() {
    AtomicBoolean closed = new AtomicBoolean();
    Supplier<PairClassifier> closing = () -> new PairClassifier() {
      @Override
      public java.util.List<Stance> classify(java.util.List<dev.corroborate.eval.LabelledPair> pairs,
          dev.corroborate.index.Progress progress) {
        return Collections.nCopies(pairs.size(), Stance.UNRELATED);
      }

      @Override
      public void close() {
        closed.set(true);
      }
    };
    Run r = eval(closing, "fnc1", "--data", bodies.toString(), stances.toString(), "--split", "all");
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).startsWith("dataset    fnc1, split all\npairs      3\naccuracy   0.3333  (95 % interval 0.0000-1.0000)\n")
        .contains("FNC score").contains("\nintervals  the middle 95 % of 1,000 resamples, each drawing the 2 bodies scored").contains("confusion (rows: gold, columns: predicted)");
    assertThat(closed).isTrue();
  }

  @Test
  void exit2OnAMalformedRowNamingFileAndLineBeforeAnyModelIsLoaded() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad_stances.csv"), """
        Headline,Body ID,Stance
        Bridge reopens Monday,1,agree
        Bridge reopens,1,maybe
        Other,3,discuss
        """, StandardCharsets.UTF_8);
    Run r = cli("eval", "fnc1", "--data", bodies.toString(), bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(
        "corroborate: " + bad + ":3: unknown label 'maybe' (use one of: agree, disagree, discuss, unrelated)\n"
        + "corroborate: " + bad + ":4: Body ID '3' is not in " + bodies
        + " (pass the bodies file that belongs to these stances)\n");
    Path fever = Files.writeString(dir.resolve("fever.jsonl"), "{\"id\": \"1\", \"claim\": \"A\"\n");
    Run j = cli("eval", "fever-symmetric", "--data", fever.toString());
    assertThat(j.code()).isEqualTo(2);
    assertThat(j.err()).startsWith("corroborate: " + fever + ":1: not a JSON object");
  }

  @Test
  void exit2OnUsageErrors() {
    Run unknown = cli("eval", "fnc2");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown dataset 'fnc2' (use one of: fnc1, emergent, fever-symmetric, arc)");
    assertThat(cli("eval").code()).isEqualTo(2);
    assertThat(cli("eval", "fnc1", "--split", "test").err()).contains("unknown split 'test'");
    assertThat(cli("eval", "fnc1", "--format", "xml").err()).contains("unknown format 'xml' (use one of: text, json)");
    Run oneFile = cli("eval", "fnc1", "--data", bodies.toString());
    assertThat(oneFile.code()).isEqualTo(2);
    assertThat(oneFile.err()).contains("fnc1 takes 2 --data file(s): bodies CSV (Body ID,articleBody), then stances"
        + " CSV (Headline,Body ID,Stance); got 1").contains("Run 'corroborate eval --help' for usage.");
  }

  @Test
  void exit3WhenTheDataIsMissingWithAHintAtTheOptions() {
    Run r = cli("eval", "emergent", "--datasets-root", dir.resolve("nowhere").toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("corroborate: " + dir.resolve("nowhere/emergent/url-versions-2015-06-14-clean-train.csv")
        + ": file not found (pass --data PATH... or --datasets-root DIR (the folder holding fnc1/, emergent/, ...))\n");
  }

  @Test
  void exit3WhenTheDevSplitIsEmpty() {
    // With 2 bodies, some seed puts neither in dev; the message says so and how to go on.
    Run r = null;
    for (int seed = 0; seed < 50; seed++) {
      Run attempt = eval(always(Stance.UNRELATED), "fnc1", "--datasets-root", root.toString(), "--seed", "" + seed);
      if (attempt.code() != 0) {
        r = attempt;
        break;
      }
    }
    assertThat(r).isNotNull();
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("no labelled pairs in split 'dev' (3 in the file)");
  }

  @Test
  void shippedClassifierRunsEndToEndAndPredictsOnlyTheDatasetsLabels() throws IOException {
    Path fever = Files.writeString(dir.resolve("tiny-fever.jsonl"), String.join("\n",
        "{\"id\": \"1\", \"claim\": \"The bridge was opened in 1932.\", \"evidence\": \"The bridge was opened in 1932 by the mayor.\", \"label\": \"SUPPORTS\"}",
        "{\"id\": \"2\", \"claim\": \"The bridge was never opened.\", \"evidence\": \"The bridge was opened in 1932 by the mayor.\", \"label\": \"REFUTES\"}",
        ""), java.nio.charset.StandardCharsets.UTF_8);
    Path predictions = dir.resolve("tiny-predictions.csv");
    Run r = cli("eval", "fever-symmetric", "--data", fever.toString(), "--split", "all", "--format", "json",
        "--predictions", predictions.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"accuracy\"").contains("\"macro_f1\"").contains("\"pairs\" : 2");
    List<String> rows = Files.readAllLines(predictions);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).isEqualTo("id,gold,predicted");
    assertThat(rows.subList(1, 3)).allMatch(row -> row.endsWith(",SUPPORTS") || row.endsWith(",REFUTES"));
  }
}
