package dev.corroborate.eval;

import static dev.corroborate.stance.Stance.CONTRADICTS;
import static dev.corroborate.stance.Stance.MENTIONS;
import static dev.corroborate.stance.Stance.SUPPORTS;
import static dev.corroborate.stance.Stance.UNRELATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.corroborate.stance.Stance;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Metrics on hand-made lists; every expected figure was computed by hand (shown in comments). */
class MetricsTest {
  private static final Offset<Double> EXACT = within(1e-12);

  // gold:      agree  agree   disagree discuss   unrelated unrelated unrelated discuss
  // predicted: agree  discuss disagree unrelated unrelated agree     unrelated discuss
  private static final List<Stance> GOLD =
      List.of(SUPPORTS, SUPPORTS, CONTRADICTS, MENTIONS, UNRELATED, UNRELATED, UNRELATED, MENTIONS);
  private static final List<Stance> PREDICTED =
      List.of(SUPPORTS, MENTIONS, CONTRADICTS, UNRELATED, UNRELATED, SUPPORTS, UNRELATED, MENTIONS);

  @Test
  void fncDatasetAccuracyPerClassMacroF1AndConfusion() {
    Metrics m = Metrics.of(Dataset.FNC1, GOLD, PREDICTED);
    assertThat(m.pairs()).isEqualTo(8);
    assertThat(m.accuracy()).isCloseTo(5.0 / 8, EXACT); // pairs 1, 3, 5, 7, 8
    assertThat(m.perClass()).containsOnlyKeys("agree", "disagree", "discuss", "unrelated");
    assertThat(m.perClass().keySet()).containsExactly("agree", "disagree", "discuss", "unrelated");
    // agree: 1 right of 2 predicted (pairs 1, 6), 1 of 2 gold -> P = R = F1 = 0.5
    assertScores(m.perClass().get("agree"), 0.5, 0.5, 0.5, 2);
    assertScores(m.perClass().get("disagree"), 1, 1, 1, 1);
    // discuss: predicted on pairs 2 and 8, gold on 4 and 8
    assertScores(m.perClass().get("discuss"), 0.5, 0.5, 0.5, 2);
    // unrelated: predicted on 4, 5, 7; gold on 5, 6, 7
    assertScores(m.perClass().get("unrelated"), 2.0 / 3, 2.0 / 3, 2.0 / 3, 3);
    assertThat(m.macroF1()).isCloseTo((0.5 + 1 + 0.5 + 2.0 / 3) / 4, EXACT);
    ConfusionMatrix c = m.confusion();
    assertThat(c.labels()).containsExactly("agree", "disagree", "discuss", "unrelated");
    assertThat(c.counts()).containsExactly(
        List.of(1, 0, 1, 0),
        List.of(0, 1, 0, 0),
        List.of(0, 0, 1, 1),
        List.of(1, 0, 0, 2));
    assertThat(c.count("unrelated", "agree")).isEqualTo(1);
  }

  @Test
  void fncRelativeScoreFollowsTheOfficialScorer() {
    // per pair: 1.0 (right agree), 0.25 (related/related), 1.0, 0, 0.25 (right unrelated), 0, 0.25, 1.0 = 3.75
    // best: 5 related gold x 1.0 + 3 unrelated gold x 0.25 = 5.75
    Metrics m = Metrics.of(Dataset.FNC1, GOLD, PREDICTED);
    assertThat(m.fncScore()).hasValueCloseTo(3.75 / 5.75, EXACT);
    assertThat(Metrics.fncScore(List.of(SUPPORTS), List.of(SUPPORTS))).isEqualTo(1.0);
    assertThat(Metrics.fncScore(List.of(UNRELATED), List.of(UNRELATED))).isEqualTo(1.0);
    assertThat(Metrics.fncScore(List.of(CONTRADICTS), List.of(MENTIONS))).isEqualTo(0.25);
    assertThat(Metrics.fncScore(List.of(CONTRADICTS), List.of(UNRELATED))).isEqualTo(0.0);
    assertThat(Metrics.fncScore(List.of(UNRELATED), List.of(SUPPORTS))).isEqualTo(0.0);
    // all unrelated on 3 unrelated + 1 agree: 0.75 / 1.75
    assertThat(Metrics.fncScore(List.of(UNRELATED, UNRELATED, UNRELATED, SUPPORTS),
        List.of(UNRELATED, UNRELATED, UNRELATED, UNRELATED))).isCloseTo(0.75 / 1.75, EXACT);
    assertThat(Metrics.of(Dataset.ARC, GOLD, PREDICTED).fncScore()).hasValueCloseTo(3.75 / 5.75, EXACT);
  }

  @Test
  void predictionsOutsideTheGoldSetAreWrongAndGetTheirOwnRowAndColumn() {
    // FEVER: SUPPORTS right, SUPPORTS->unrelated, REFUTES right, REFUTES->mentions
    Metrics m = Metrics.of(Dataset.FEVER_SYMMETRIC, List.of(SUPPORTS, SUPPORTS, CONTRADICTS, CONTRADICTS),
        List.of(SUPPORTS, UNRELATED, CONTRADICTS, MENTIONS));
    assertThat(m.accuracy()).isEqualTo(0.5);
    assertThat(m.perClass()).containsOnlyKeys("SUPPORTS", "REFUTES");
    assertScores(m.perClass().get("SUPPORTS"), 1, 0.5, 2.0 / 3, 2);
    assertScores(m.perClass().get("REFUTES"), 1, 0.5, 2.0 / 3, 2);
    assertThat(m.macroF1()).isCloseTo(2.0 / 3, EXACT);
    assertThat(m.fncScore()).isEmpty();
    assertThat(m.confusion().labels()).containsExactly("SUPPORTS", "REFUTES", "mentions", "unrelated");
    assertThat(m.confusion().counts()).containsExactly(
        List.of(1, 0, 0, 1),
        List.of(0, 1, 1, 0),
        List.of(0, 0, 0, 0),
        List.of(0, 0, 0, 0));
  }

  @Test
  void aGoldClassAbsentFromThePartStillCountsInMacroF1WithF1Zero() {
    // Emergent: for->for, observing->against. against: predicted once, never gold; observing: never predicted.
    Metrics m = Metrics.of(Dataset.EMERGENT, List.of(SUPPORTS, MENTIONS), List.of(SUPPORTS, CONTRADICTS));
    assertScores(m.perClass().get("for"), 1, 1, 1, 1);
    assertScores(m.perClass().get("against"), 0, 0, 0, 0);
    assertScores(m.perClass().get("observing"), 0, 0, 0, 1);
    assertThat(m.macroF1()).isCloseTo(1.0 / 3, EXACT);
    assertThat(m.accuracy()).isEqualTo(0.5);
  }

  @Test
  void figuresByPinnedName() {
    Metrics m = Metrics.of(Dataset.FNC1, GOLD, PREDICTED);
    assertThat(m.named("accuracy")).hasValue(m.accuracy());
    assertThat(m.named("macro_f1")).hasValue(m.macroF1());
    assertThat(m.named("fnc_score")).hasValue(m.fncScore().getAsDouble());
    assertThat(m.named("f1_disagree")).hasValue(1.0);
    assertThat(m.named("precision_unrelated")).hasValueCloseTo(2.0 / 3, EXACT);
    assertThat(m.named("recall_agree")).hasValue(0.5);
    assertThat(m.named("f1_for")).isEmpty();
    assertThat(Metrics.of(Dataset.EMERGENT, List.of(SUPPORTS), List.of(SUPPORTS)).named("fnc_score")).isEmpty();
  }

  @Test
  void rejectsMismatchedEmptyOrForeignGold() {
    assertThatThrownBy(() -> Metrics.of(Dataset.FNC1, List.of(SUPPORTS), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Metrics.of(Dataset.FNC1, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Metrics.of(Dataset.FEVER_SYMMETRIC, List.of(UNRELATED), List.of(UNRELATED)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a gold class of fever-symmetric");
  }

  private static void assertScores(ClassScores s, double p, double r, double f1, int support) {
    assertThat(s.precision()).as("precision").isCloseTo(p, EXACT);
    assertThat(s.recall()).as("recall").isCloseTo(r, EXACT);
    assertThat(s.f1()).as("f1").isCloseTo(f1, EXACT);
    assertThat(s.support()).as("support").isEqualTo(support);
  }
}
