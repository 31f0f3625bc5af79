package dev.corroborate.eval;

import static dev.corroborate.stance.Stance.CONTRADICTS;
import static dev.corroborate.stance.Stance.MENTIONS;
import static dev.corroborate.stance.Stance.SUPPORTS;
import static dev.corroborate.stance.Stance.UNRELATED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.stance.Stance;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvalReportTest {
  private static final EvalResult FNC = result(Dataset.FNC1, Split.DEV, List.of(SUPPORTS, CONTRADICTS, MENTIONS,
      UNRELATED), List.of(SUPPORTS, MENTIONS, MENTIONS, SUPPORTS), 2.0);
  private static final EvalResult FEVER = result(Dataset.FEVER_SYMMETRIC, Split.ALL, List.of(SUPPORTS, CONTRADICTS),
      List.of(SUPPORTS, UNRELATED), 0.5);

  /** An evaluation of pairs with these gold labels, each pair its own group. */
  private static EvalResult result(Dataset d, Split split, List<Stance> gold, List<Stance> predicted, double seconds) {
    List<LabelledPair> pairs = new java.util.ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      pairs.add(IntervalsTest.pair(d, i, "g" + i, gold.get(i)));
    }
    return new EvalResult(d, split, 13, Metrics.of(d, gold, predicted), seconds, Intervals.of(d, pairs, predicted));
  }

  private static JsonNode json(EvalResult r) throws Exception {
    StringWriter w = new StringWriter();
    EvalFormat.JSON.render(r, w);
    assertThat(w.toString()).endsWith("}\n");
    return new ObjectMapper().readTree(w.toString());
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void jsonHasTheIssuesKeysInAStableOrder() throws Exception {
    JsonNode n = json(FNC);
    assertThat(keys(n)).containsExactly("dataset", "split", "seed", "pairs", "accuracy", "macro_f1", "fnc_score",
        "per_class", "confusion", "intervals", "seconds", "pairs_per_second");
    assertThat(n.get("dataset").asText()).isEqualTo("fnc1");
    assertThat(n.get("split").asText()).isEqualTo("dev");
    assertThat(n.get("pairs").asInt()).isEqualTo(4);
    assertThat(n.get("accuracy").asDouble()).isEqualTo(0.5);
    // 1.0 + 0.25 + 1.0 + 0 of 3.25
    assertThat(n.get("fnc_score").asDouble()).isEqualTo(2.25 / 3.25);
    assertThat(n.get("seconds").asDouble()).isEqualTo(2.0);
    assertThat(n.get("pairs_per_second").asDouble()).isEqualTo(2.0);
    assertThat(keys(n.get("per_class"))).containsExactly("agree", "disagree", "discuss", "unrelated");
    assertThat(keys(n.get("per_class").get("discuss"))).containsExactly("precision", "recall", "f1", "support");
    assertThat(n.get("per_class").get("discuss").get("precision").asDouble()).isEqualTo(0.5);
    assertThat(n.get("per_class").get("discuss").get("support").asInt()).isEqualTo(1);
    assertThat(keys(n.get("confusion"))).containsExactly("agree", "disagree", "discuss", "unrelated");
    assertThat(keys(n.get("confusion").get("disagree"))).containsExactly("agree", "disagree", "discuss", "unrelated");
    assertThat(n.get("confusion").get("disagree").get("discuss").asInt()).isEqualTo(1);
    assertThat(n.get("confusion").get("unrelated").get("agree").asInt()).isEqualTo(1);
    JsonNode in = n.get("intervals");
    assertThat(keys(in)).containsExactly("level", "resamples", "groups", "accuracy", "macro_f1", "fnc_score", "f1");
    assertThat(in.get("level").asDouble()).isEqualTo(0.95);
    assertThat(in.get("resamples").asInt()).isEqualTo(1000);
    assertThat(in.get("groups").asInt()).isEqualTo(4);
    assertThat(keys(in.get("f1"))).containsExactly("agree", "disagree", "discuss", "unrelated");
    // four groups of one pair, half of them right: a resample holds 0 to 4 right pairs
    assertThat(in.get("accuracy").get(0).asDouble()).isEqualTo(0.0);
    assertThat(in.get("accuracy").get(1).asDouble()).isEqualTo(1.0);
    assertThat(in.get("f1").get("disagree").get(1).asDouble()).isEqualTo(0.0);
  }

  @Test
  void jsonLeavesOutTheFncScoreWhereItDoesNotApplyAndShowsForeignPredictions() throws Exception {
    JsonNode n = json(FEVER);
    assertThat(n.has("fnc_score")).isFalse();
    assertThat(keys(n.get("per_class"))).containsExactly("SUPPORTS", "REFUTES");
    assertThat(keys(n.get("confusion"))).containsExactly("SUPPORTS", "REFUTES", "unrelated");
    assertThat(n.get("confusion").get("REFUTES").get("unrelated").asInt()).isEqualTo(1);
    assertThat(n.get("intervals").has("fnc_score")).isFalse();
    assertThat(keys(n.get("intervals").get("f1"))).containsExactly("SUPPORTS", "REFUTES");
  }

  @Test
  void textShowsEveryFigure() throws Exception {
    // macro-F1 = (2/3 + 0 + 2/3 + 0) / 4; FNC = (1.0 + 0.25 + 1.0 + 0) / 3.25. Intervals: a resample of
    // only agree and discuss pairs is all right (FNC score 1, macro-F1 2/4); the lowest FNC score,
    // 0.1429, is the disagree pair once (0.25) and the unrelated pair three times (0 of 0.75).
    StringWriter w = new StringWriter();
    EvalFormat.TEXT.render(FNC, w);
    assertThat(w.toString()).isEqualTo("""
        dataset    fnc1, split dev, seed 13
        pairs      4
        accuracy   0.5000  (95 % interval 0.0000-1.0000)
        macro-F1   0.3333  (95 % interval 0.0000-0.5000)
        FNC score  0.6923  (69.23 %; 95 % interval 0.1429-1.0000)
        seconds    2.00  (2 pairs/s)
        intervals  the middle 95 % of 1,000 resamples, each drawing the 4 bodies scored with replacement

        class      precision     recall         f1    support  f1 95 % interval
        agree         0.5000     1.0000     0.6667          1  0.0000-1.0000
        disagree      0.0000     0.0000     0.0000          1  0.0000-0.0000
        discuss       0.5000     1.0000     0.6667          1  0.0000-1.0000
        unrelated     0.0000     0.0000     0.0000          1  0.0000-0.0000

        confusion (rows: gold, columns: predicted)
        gold \\ predicted    agree  disagree  discuss  unrelated
        agree                   1         0        0          0
        disagree                0         0        1          0
        discuss                 0         0        1          0
        unrelated               1         0        0          0
        """);
    StringWriter f = new StringWriter();
    EvalFormat.TEXT.render(FEVER, f);
    assertThat(f.toString()).startsWith("dataset    fever-symmetric, split all\n").doesNotContain("FNC score")
        .contains("\nSUPPORTS      1.0000     1.0000     1.0000          1  0.0000-1.0000\n")
        .contains("the 2 groups of claims and evidence sentences scored")
        .contains("\nREFUTES                  0        0          1\n");
  }
}
