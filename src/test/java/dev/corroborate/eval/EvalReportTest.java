package dev.corroborate.eval;

import static dev.corroborate.stance.Stance.CONTRADICTS;
import static dev.corroborate.stance.Stance.MENTIONS;
import static dev.corroborate.stance.Stance.SUPPORTS;
import static dev.corroborate.stance.Stance.UNRELATED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvalReportTest {
  private static final EvalResult FNC = new EvalResult(Dataset.FNC1, Split.DEV, 13,
      Metrics.of(Dataset.FNC1, List.of(SUPPORTS, CONTRADICTS, MENTIONS, UNRELATED),
          List.of(SUPPORTS, MENTIONS, MENTIONS, SUPPORTS)), 2.0);
  private static final EvalResult FEVER = new EvalResult(Dataset.FEVER_SYMMETRIC, Split.ALL, 13,
      Metrics.of(Dataset.FEVER_SYMMETRIC, List.of(SUPPORTS, CONTRADICTS), List.of(SUPPORTS, UNRELATED)), 0.5);

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
        "per_class", "confusion", "seconds", "pairs_per_second");
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
  }

  @Test
  void jsonLeavesOutTheFncScoreWhereItDoesNotApplyAndShowsForeignPredictions() throws Exception {
    JsonNode n = json(FEVER);
    assertThat(n.has("fnc_score")).isFalse();
    assertThat(keys(n.get("per_class"))).containsExactly("SUPPORTS", "REFUTES");
    assertThat(keys(n.get("confusion"))).containsExactly("SUPPORTS", "REFUTES", "unrelated");
    assertThat(n.get("confusion").get("REFUTES").get("unrelated").asInt()).isEqualTo(1);
  }

  @Test
  void textShowsEveryFigure() throws Exception {
    // macro-F1 = (2/3 + 0 + 2/3 + 0) / 4; FNC = (1.0 + 0.25 + 1.0 + 0) / 3.25
    StringWriter w = new StringWriter();
    EvalFormat.TEXT.render(FNC, w);
    assertThat(w.toString()).isEqualTo("""
        dataset    fnc1, split dev, seed 13
        pairs      4
        accuracy   0.5000
        macro-F1   0.3333
        FNC score  0.6923  (69.23 %)
        seconds    2.00  (2 pairs/s)

        class      precision     recall         f1    support
        agree         0.5000     1.0000     0.6667          1
        disagree      0.0000     0.0000     0.0000          1
        discuss       0.5000     1.0000     0.6667          1
        unrelated     0.0000     0.0000     0.0000          1

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
        .contains("\nSUPPORTS      1.0000     1.0000     1.0000          1\n")
        .contains("\nREFUTES                  0        0          1\n");
  }
}
