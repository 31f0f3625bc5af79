package dev.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.corroborate.stance.Stance;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pinned YAML files parse, name real figures, and drift either way is caught. */
class PinnedEvalTest {
  static PinnedEval pinned(Dataset d) throws IOException {
    try (InputStream in = PinnedEvalTest.class.getResourceAsStream("/eval/" + d.label() + ".yaml")) {
      assertThat(in).as("src/test/resources/eval/" + d.label() + ".yaml").isNotNull();
      return PinnedEval.read(in);
    }
  }

  private static PinnedEval parse(String yaml) throws IOException {
    return PinnedEval.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyDatasetHasAPinWhoseFiguresExistForIt() throws IOException {
    for (Dataset d : Dataset.values()) {
      PinnedEval pin = pinned(d);
      assertThat(pin.dataset()).isEqualTo(d);
      assertThat(pin.split()).isEqualTo(Split.DEV);
      assertThat(pin.seed()).isEqualTo(DevSplit.DEFAULT_SEED);
      assertThat(pin.metrics()).containsKeys("accuracy", "macro_f1");
      List<Stance> gold = d.goldClasses();
      Metrics any = Metrics.of(d, gold, gold);
      assertThat(pin.drift(any)).as(d + " names only figures it has").noneMatch(s -> s.contains("no such figure"));
      for (String w : d.labelWords()) {
        assertThat(pin.metrics()).as(d.label()).containsKey("f1_" + w);
      }
    }
    assertThat(pinned(Dataset.FNC1).metrics()).containsKeys("fnc_score", "f1_disagree");
    assertThat(pinned(Dataset.ARC).metrics()).containsKey("fnc_score");
  }

  @Test
  void unknownKeysAndMissingValuesAreRejected() {
    assertThatThrownBy(() -> parse("dataset: fnc1\nsplit: dev\nseed: 13\ncolour: red\n"
        + "metrics: {accuracy: {expected: 0, tolerance: 0}}\n"))
        .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("\"colour\"");
    assertThatThrownBy(() -> parse("""
        dataset: fnc1
        split: dev
        seed: 13
        metrics:
          accuracy: {expected: 0.5, tolerance: 0.01, tolerence: 0.01}
        """)).isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("tolerence");
    assertThatThrownBy(() -> parse("dataset: fnc1\nsplit: dev\nseed: 13\nmetrics: {accuracy: {expected: 0.5}}\n"))
        .hasMessageContaining("Missing creator property 'tolerance'");
    assertThatThrownBy(() -> parse("dataset: fnc2\nsplit: dev\nseed: 13\nmetrics: {accuracy: {expected: 0, tolerance: 0}}\n"))
        .hasMessageContaining("fnc2");
    assertThatThrownBy(() -> parse("dataset: fnc1\nsplit: dev\nmetrics: {accuracy: {expected: 0, tolerance: 0}}\n"))
        .hasMessageContaining("seed");
  }

  @Test
  void driftInEitherDirectionFailsAndWithinToleranceHolds() throws IOException {
    Metrics m = Metrics.of(Dataset.FNC1, List.of(Stance.SUPPORTS, Stance.UNRELATED),
        List.of(Stance.SUPPORTS, Stance.SUPPORTS));
    assertThat(m.accuracy()).isEqualTo(0.5);
    PinnedEval holds = new PinnedEval(Dataset.FNC1, Split.DEV, 13, Map.of(
        "accuracy", new PinnedEval.Pin(0.5015, 0.002)));
    assertThat(holds.drift(m)).isEmpty();
    PinnedEval better = new PinnedEval(Dataset.FNC1, Split.DEV, 13, Map.of(
        "accuracy", new PinnedEval.Pin(0.49, 0.002)));
    assertThat(better.drift(m)).containsExactly("accuracy: expected 0.4900 ± 0.0020, got 0.5000 (+0.0100)");
    PinnedEval worse = new PinnedEval(Dataset.FNC1, Split.DEV, 13, Map.of(
        "accuracy", new PinnedEval.Pin(0.51, 0.002)));
    assertThat(worse.drift(m)).containsExactly("accuracy: expected 0.5100 ± 0.0020, got 0.5000 (-0.0100)");
    PinnedEval unknown = new PinnedEval(Dataset.FNC1, Split.DEV, 13, Map.of(
        "f1_for", new PinnedEval.Pin(0, 0)));
    assertThat(unknown.drift(m)).containsExactly("f1_for: no such figure for fnc1");
    assertThat(worse.repinned(m)).isEqualTo("metrics:\n  accuracy: {expected: 0.5000, tolerance: 0.002}\n");
  }
}
