package dev.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.index.Progress;
import dev.corroborate.stance.Stance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalRunnerTest {
  @TempDir Path dir;
  Path bodies;
  Path stances;

  /** A clock that advances 2.5 s between consecutive readings. */
  private static LongSupplier clock() {
    AtomicLong now = new AtomicLong(7_000_000_000L);
    return () -> now.getAndAdd(2_500_000_000L);
  }

  @BeforeEach
  void data() throws IOException {
    bodies = Files.writeString(dir.resolve("bodies.csv"), """
        Body ID,articleBody
        1,"Body one,
        two lines."
        2,Body two.
        """, StandardCharsets.UTF_8);
    stances = Files.writeString(dir.resolve("stances.csv"), """
        Headline,Body ID,Stance
        "Claim, one",1,agree
        Claim two,2,unrelated
        Claim three,1,disagree
        Claim four,2,discuss
        """, StandardCharsets.UTF_8);
  }

  private EvalRequest request(Path predictions) {
    return new EvalRequest(Dataset.FNC1, List.of(bodies, stances), Split.ALL, 13, predictions);
  }

  @Test
  void runsTimesScoresAndWritesThePredictionsCsvInInputOrder() throws Exception {
    Path out = dir.resolve("out/predictions.csv");
    PairClassifier table = FakeClassifiers.lookup(
        Map.of("1", Stance.SUPPORTS, "2", Stance.UNRELATED, "3", Stance.MENTIONS), Stance.UNRELATED);
    EvalResult r = new EvalRunner(clock()).run(request(out), table, Progress.none());
    assertThat(r.pairs()).isEqualTo(4);
    assertThat(r.seconds()).isEqualTo(2.5);
    assertThat(r.pairsPerSecond()).isEqualTo(1.6);
    assertThat(r.metrics().accuracy()).isEqualTo(0.5);
    // 1.0 + 0.25 + 0.25 (disagree->discuss) + 0 = 1.5 of 3.25
    assertThat(r.metrics().fncScore()).hasValue(1.5 / 3.25);
    assertThat(Files.readString(out)).isEqualTo("""
        id,gold,predicted
        1,agree,agree
        2,unrelated,unrelated
        3,disagree,discuss
        4,discuss,unrelated
        """);
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void predictionsOutsideTheDatasetWordsAndIdsWithCommasAreWrittenAsValidCsv() throws Exception {
    List<LabelledPair> pairs = List.of(
        new LabelledPair("a,1", "c", "a,1", "b", "c", "SUPPORTS", Stance.SUPPORTS),
        new LabelledPair("2", "c", "2", "b", "c", "REFUTES", Stance.CONTRADICTS));
    Path out = dir.resolve("fever.csv");
    Files.writeString(out, "old content that must be replaced\n");
    PredictionsCsv.write(out, Dataset.FEVER_SYMMETRIC, pairs, List.of(Stance.UNRELATED, Stance.CONTRADICTS));
    assertThat(Files.readString(out)).isEqualTo("id,gold,predicted\n\"a,1\",SUPPORTS,unrelated\n2,REFUTES,REFUTES\n");
    assertThat(PredictionsCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
  }

  @Test
  void theDevSplitHoldsOutWholeBodiesAndLoadPreservesOrder() throws Exception {
    EvalRunner runner = new EvalRunner();
    List<LabelledPair> all = runner.load(request(null));
    assertThat(all).extracting(LabelledPair::id).containsExactly("1", "2", "3", "4");
    // Find a seed whose dev split is not empty, then check it is exactly the pairs of the dev bodies.
    for (long seed = 0; seed < 50; seed++) {
      DevSplit split = new DevSplit(seed);
      EvalRequest dev = new EvalRequest(Dataset.FNC1, List.of(bodies, stances), Split.DEV, seed, null);
      if (split.inDev("1") || split.inDev("2")) {
        assertThat(runner.load(dev)).isEqualTo(all.stream().filter(p -> split.inDev(p.bodyId())).toList());
      } else {
        assertThatThrownBy(() -> runner.load(dev)).isInstanceOf(BadInputException.class)
            .hasMessageContaining("no labelled pairs in split 'dev' (4 in the file)");
      }
    }
  }

  @Test
  void aClassifierThatBreaksItsContractIsAnInternalError() throws Exception {
    assertThatThrownBy(() -> new EvalRunner().run(request(null), FakeClassifiers.oneShort(), Progress.none()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("returned 3 predictions for 4 pairs");
    PairClassifier nulls = (pairs, progress) -> java.util.Arrays.asList(new Stance[pairs.size()]);
    assertThatThrownBy(() -> new EvalRunner().run(request(null), nulls, Progress.none()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no prediction for pair 1");
  }

  @Test
  void theClassifierGetsAnImmutableCopyAndTheProgress() throws Exception {
    Progress progress = (stage, done, total) -> {};
    PairClassifier checking = (pairs, p) -> {
      assertThat(p).isSameAs(progress);
      assertThatThrownBy(() -> pairs.remove(0)).isInstanceOf(UnsupportedOperationException.class);
      return java.util.Collections.nCopies(pairs.size(), Stance.UNRELATED);
    };
    assertThat(new EvalRunner().run(request(null), checking, progress).pairs()).isEqualTo(4);
  }

  @Test
  void requestsValidateFileCountAndDefaultToTheDevSplit() {
    assertThatThrownBy(() -> new EvalRequest(Dataset.FNC1, List.of(bodies), Split.ALL, 1, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fnc1 takes 2 file(s)");
    EvalRequest d = EvalRequest.defaults(Dataset.FEVER_SYMMETRIC, Path.of("root"));
    assertThat(d.split()).isEqualTo(Split.DEV);
    assertThat(d.seed()).isEqualTo(13);
    assertThat(d.data()).containsExactly(Path.of("root/fever_symmetric/fever_symmetric_dev.jsonl"));
  }
}
