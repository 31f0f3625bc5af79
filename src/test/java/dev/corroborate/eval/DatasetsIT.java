package dev.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.corroborate.index.Progress;
import dev.corroborate.stance.Stance;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reads the real shared datasets (skips when absent) and checks the counts their README states. */
class DatasetsIT {
  private static List<LabelledPair> read(Dataset d) throws Exception {
    Path root = SharedDatasets.rootOrSkip("dataset smoke test");
    return d.read(d.defaultData(root));
  }

  private static Map<String, Long> labels(List<LabelledPair> pairs) {
    return pairs.stream().collect(Collectors.groupingBy(LabelledPair::goldWord, TreeMap::new, Collectors.counting()));
  }

  private static Set<String> distinct(List<LabelledPair> pairs, java.util.function.Function<LabelledPair, String> f) {
    return pairs.stream().map(f).collect(Collectors.toSet());
  }

  @Test
  void fnc1() throws Exception {
    List<LabelledPair> pairs = read(Dataset.FNC1);
    assertThat(pairs).hasSize(49_972);
    assertThat(distinct(pairs, LabelledPair::bodyId)).hasSize(1_683);
    assertThat(labels(pairs)).containsExactly(Map.entry("agree", 3_678L), Map.entry("disagree", 840L),
        Map.entry("discuss", 8_909L), Map.entry("unrelated", 36_545L));
    assertThat(pairs.get(0).id()).isEqualTo("1");
    assertThat(pairs.get(0).bodyId()).isEqualTo("712");
    assertThat(pairs.get(49_971).id()).isEqualTo("49972");
    assertThat(pairs).allMatch(p -> !p.body().isBlank());
    assertSplitByGroup(pairs, 1_683);
    // All-unrelated baseline: README quotes ~0.21 macro-F1; FNC score 0.25 * 36,545 / (0.25 * 36,545 + 13,427).
    EvalResult r = new EvalRunner().evaluate(
        new EvalRequest(Dataset.FNC1, Dataset.FNC1.defaultData(SharedDatasets.ROOT), Split.ALL, 13, null), pairs,
        (ps, progress) -> java.util.Collections.nCopies(ps.size(), Stance.UNRELATED), Progress.none());
    assertThat(r.metrics().fncScore()).hasValueCloseTo(0.25 * 36_545 / (0.25 * 36_545 + 13_427), within(1e-12));
    assertThat(r.metrics().macroF1()).isCloseTo(0.21, within(0.005));
  }

  @Test
  void emergent() throws Exception {
    List<LabelledPair> pairs = read(Dataset.EMERGENT);
    assertThat(pairs).hasSize(2_071);
    assertThat(distinct(pairs, LabelledPair::group)).hasSize(240);
    assertThat(labels(pairs)).containsExactly(Map.entry("against", 304L), Map.entry("for", 992L),
        Map.entry("observing", 775L));
    assertThat(pairs.get(0).id()).isEqualTo("0");
    assertSplitByGroup(pairs, 240);
  }

  @Test
  void feverSymmetric() throws Exception {
    List<LabelledPair> pairs = read(Dataset.FEVER_SYMMETRIC);
    assertThat(pairs).hasSize(708);
    assertThat(labels(pairs)).containsExactly(Map.entry("REFUTES", 354L), Map.entry("SUPPORTS", 354L));
    assertThat(pairs.get(0).id()).isEqualTo("54253");
    // Each claim comes with two evidence sentences and each sentence with two claims: split by both.
    assertThat(distinct(pairs, LabelledPair::group)).hasSize(163);
    assertSplitByGroup(pairs, 163);
    List<LabelledPair> dev = new DevSplit(DevSplit.DEFAULT_SEED).dev(pairs);
    List<LabelledPair> train = new DevSplit(DevSplit.DEFAULT_SEED).train(pairs);
    assertThat(distinct(dev, LabelledPair::claim)).doesNotContainAnyElementsOf(distinct(train, LabelledPair::claim));
    assertThat(distinct(dev, LabelledPair::body)).doesNotContainAnyElementsOf(distinct(train, LabelledPair::body));
  }

  @Test
  void arc() throws Exception {
    List<LabelledPair> pairs = read(Dataset.ARC);
    assertThat(pairs).hasSize(14_233);
    assertThat(labels(pairs)).containsExactly(Map.entry("agree", 1_257L), Map.entry("disagree", 1_402L),
        Map.entry("discuss", 904L), Map.entry("unrelated", 10_670L));
    assertSplitByGroup(pairs, distinct(pairs, LabelledPair::group).size());
  }

  /** Dev and train share no group, cover every pair, and dev holds 15-25 % of the groups. */
  private static void assertSplitByGroup(List<LabelledPair> pairs, int groups) {
    DevSplit split = new DevSplit(DevSplit.DEFAULT_SEED);
    List<LabelledPair> dev = split.dev(pairs);
    List<LabelledPair> train = split.train(pairs);
    Set<String> shared = new HashSet<>(distinct(dev, LabelledPair::group));
    shared.retainAll(distinct(train, LabelledPair::group));
    assertThat(shared).isEmpty();
    assertThat(dev.size() + train.size()).isEqualTo(pairs.size());
    int devGroups = distinct(dev, LabelledPair::group).size();
    assertThat(devGroups).isBetween((int) (groups * 0.15), (int) (groups * 0.25));
    System.out.printf("%d pairs, %d groups; dev (seed 13): %d pairs, %d groups%n", pairs.size(), groups, dev.size(),
        devGroups);
  }
}
