package dev.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.stance.Stance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DevSplitTest {
  /** 3,000 pairs over 1,000 groups, interleaved so a group's pairs are not adjacent. */
  private static final List<LabelledPair> PAIRS = IntStream.range(0, 3000)
      .mapToObj(i -> new LabelledPair(Integer.toString(i + 1), "claim " + i, "b" + (i % 1000), "body",
          Integer.toString(i % 1000), "agree", Stance.SUPPORTS))
      .toList();

  private static Set<String> groups(List<LabelledPair> pairs) {
    return pairs.stream().map(LabelledPair::group).collect(Collectors.toSet());
  }

  @Test
  void noGroupIsInBothPartsAndTogetherTheyAreEveryPairInInputOrder() {
    DevSplit split = new DevSplit(13);
    List<LabelledPair> dev = split.dev(PAIRS);
    List<LabelledPair> train = split.train(PAIRS);
    Set<String> both = new HashSet<>(groups(dev));
    both.retainAll(groups(train));
    assertThat(both).isEmpty();
    assertThat(dev.size() + train.size()).isEqualTo(PAIRS.size());
    assertThat(dev).isSubsetOf(PAIRS).isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(a.id()),
        Integer.parseInt(b.id())));
    assertThat(train).isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(a.id()),
        Integer.parseInt(b.id())));
    List<LabelledPair> union = new ArrayList<>(dev);
    union.addAll(train);
    assertThat(union).containsExactlyInAnyOrderElementsOf(PAIRS);
  }

  @Test
  void aboutAFifthOfTheGroupsAreHeldOut() {
    int devGroups = groups(new DevSplit(13).dev(PAIRS)).size();
    assertThat(devGroups).isBetween(170, 230);
    assertThat(groups(new DevSplit(13, 0.5).dev(PAIRS)).size()).isBetween(450, 550);
  }

  @Test
  void theSplitIsDeterministicStableAndDependsOnTheSeed() {
    assertThat(new DevSplit(13).dev(PAIRS)).isEqualTo(new DevSplit(13).dev(PAIRS));
    assertThat(groups(new DevSplit(14).dev(PAIRS))).isNotEqualTo(groups(new DevSplit(13).dev(PAIRS)));
    // A group's side does not depend on which other groups are present.
    List<LabelledPair> firstHundred = PAIRS.subList(0, 100);
    assertThat(new DevSplit(13).dev(firstHundred))
        .isEqualTo(new DevSplit(13).dev(PAIRS).stream().filter(firstHundred::contains).toList());
    // Pinned: SHA-256 of "13:<group>"; changing the hash moves every pinned evaluation figure.
    assertThat(IntStream.range(0, 40).mapToObj(Integer::toString).filter(new DevSplit(13)::inDev).toList())
        .isEqualTo(PINNED_DEV_GROUPS);
  }

  /** The groups "0".."39" in dev with seed 13, computed independently with Python's hashlib. */
  private static final List<String> PINNED_DEV_GROUPS =
      List.of("6", "9", "11", "12", "13", "18", "22", "23", "24", "36", "37");

  @Test
  void devFractionMustBeAProperFraction() {
    assertThatThrownBy(() -> new DevSplit(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DevSplit(1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DevSplit(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void splitsSelectTheirPart() {
    DevSplit split = new DevSplit(13);
    assertThat(Split.ALL.select(Dataset.FNC1, PAIRS, split)).isEqualTo(PAIRS);
    assertThat(Split.DEV.select(Dataset.FNC1, PAIRS, split)).isEqualTo(split.dev(PAIRS));
    assertThat(Split.TRAIN.select(Dataset.EMERGENT, PAIRS, split)).isEqualTo(split.train(PAIRS));
    assertThat(Split.DEV.select(Dataset.FEVER_SYMMETRIC, PAIRS, split)).isEqualTo(split.dev(PAIRS));
    assertThat(Split.fromLabel("Dev")).contains(Split.DEV);
    assertThat(Split.fromLabel("test")).isEmpty();
  }
}
