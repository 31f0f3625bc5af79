package dev.corroborate.eval;

import static dev.corroborate.stance.Stance.CONTRADICTS;
import static dev.corroborate.stance.Stance.MENTIONS;
import static dev.corroborate.stance.Stance.SUPPORTS;
import static dev.corroborate.stance.Stance.UNRELATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.stance.Stance;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalsTest {
  /** A pair of the given group with the given gold label (its other fields do not matter here). */
  static LabelledPair pair(Dataset d, int id, String group, Stance gold) {
    return new LabelledPair(Integer.toString(id), "claim " + id, "b" + id, "body " + id, group, d.word(gold), gold);
  }

  /** {@code right} pairs predicted right and {@code wrong} predicted wrong, in groups of {@code size}. */
  private static Intervals emergent(int right, int wrong, int size, List<Stance> predicted) {
    List<LabelledPair> pairs = new ArrayList<>();
    for (int i = 0; i < right + wrong; i++) {
      pairs.add(pair(Dataset.EMERGENT, i, "g" + (i / size), SUPPORTS));
      predicted.add(i < right ? SUPPORTS : MENTIONS);
    }
    return Intervals.of(Dataset.EMERGENT, pairs, predicted);
  }

  @Test
  void aGroupIsDrawnWholeSoFewGroupsGiveWideIntervals() {
    // 20 pairs, half right: as 2 groups of 10 (one all right, one all wrong) a resample holds 0, 1 or
    // 2 right groups, so the accuracy interval is all of [0, 1]; as 20 groups of one it is narrower.
    Intervals two = emergent(10, 10, 10, new ArrayList<>());
    assertThat(two.groups()).isEqualTo(2);
    assertThat(two.accuracy()).isEqualTo(new Intervals.Interval(0, 1));
    Intervals twenty = emergent(10, 10, 1, new ArrayList<>());
    assertThat(twenty.groups()).isEqualTo(20);
    assertThat(twenty.accuracy().low()).isGreaterThan(0.2).isLessThan(0.5);
    assertThat(twenty.accuracy().high()).isGreaterThan(0.5).isLessThan(0.8);
  }

  @Test
  void allRightGivesAPointAndTheSamePredictionsTheSameIntervals() {
    Intervals all = emergent(30, 0, 3, new ArrayList<>());
    assertThat(all.accuracy()).isEqualTo(new Intervals.Interval(1, 1));
    assertThat(all.fncScore()).isEmpty();
    // macro-F1 over the three Emergent classes, two of which have no pairs: 1/3 on every resample
    assertThat(all.macroF1().low()).isEqualTo(all.macroF1().high()).isEqualTo(1.0 / 3);
    assertThat(all.f1().keySet()).containsExactly("for", "against", "observing");
    assertThat(emergent(17, 13, 2, new ArrayList<>())).isEqualTo(emergent(17, 13, 2, new ArrayList<>()));
  }

  @Test
  void fncScoreHasAnIntervalAndPredictionsOutsideTheGoldClassesCount() {
    List<LabelledPair> pairs = new ArrayList<>();
    List<Stance> predicted = new ArrayList<>();
    Stance[] gold = {SUPPORTS, CONTRADICTS, MENTIONS, UNRELATED};
    for (int i = 0; i < 40; i++) {
      pairs.add(pair(Dataset.FNC1, i, "body" + i / 4, gold[i % 4]));
      predicted.add(i % 5 == 0 ? UNRELATED : gold[i % 4]);
    }
    Intervals in = Intervals.of(Dataset.FNC1, pairs, predicted);
    double point = Metrics.of(Dataset.FNC1, pairs.stream().map(LabelledPair::gold).toList(), predicted)
        .fncScore().getAsDouble();
    assertThat(in.fncScore()).hasValueSatisfying(i -> assertThat(point).isBetween(i.low(), i.high()));
    assertThat(in.fncScore().get().high() - in.fncScore().get().low()).isGreaterThan(0.05);

    List<LabelledPair> fever = List.of(pair(Dataset.FEVER_SYMMETRIC, 1, "a", SUPPORTS),
        pair(Dataset.FEVER_SYMMETRIC, 2, "b", CONTRADICTS));
    Intervals f = Intervals.of(Dataset.FEVER_SYMMETRIC, fever, List.of(SUPPORTS, UNRELATED));
    assertThat(f.accuracy().low()).isEqualTo(0);
    assertThat(f.accuracy().high()).isEqualTo(1);
  }

  @Test
  void percentileTakesTheNearestRanksOfTheCentralShare() {
    double[] v = new double[1000];
    for (int i = 0; i < v.length; i++) {
      v[v.length - 1 - i] = i;
    }
    // 2.5 % of 999 is 24.975 (down to 24), 97.5 % is 974.025 (up to 975)
    assertThat(Intervals.percentile(v)).isEqualTo(new Intervals.Interval(24, 975));
  }

  @Test
  void rejectsMismatchedInput() {
    assertThatThrownBy(() -> Intervals.of(Dataset.EMERGENT, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Intervals.of(Dataset.EMERGENT, List.of(pair(Dataset.EMERGENT, 1, "g", SUPPORTS)),
        List.of(SUPPORTS, SUPPORTS))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Intervals.Interval(0.6, 0.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
