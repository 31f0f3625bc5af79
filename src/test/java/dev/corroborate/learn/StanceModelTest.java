package dev.corroborate.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.stance.Stance;
import dev.corroborate.stance.StanceFeatures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceModelTest {
  private static StanceFeatures.Vector v(String... names) {
    float[] values = new float[names.length];
    java.util.Arrays.fill(values, 1f);
    return new StanceFeatures.Vector(List.of(names), values);
  }

  /** A toy task: "refutes" marks contradictions, "covers" support, neither unrelated. */
  private static List<StanceModel.Example> toy() {
    List<StanceModel.Example> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      out.add(new StanceModel.Example(v("bias", "covers"), Stance.SUPPORTS));
      out.add(new StanceModel.Example(v("bias", "covers", "refutes"), Stance.CONTRADICTS));
      out.add(new StanceModel.Example(v("bias"), Stance.UNRELATED));
      out.add(new StanceModel.Example(v("bias"), Stance.UNRELATED));
    }
    return out;
  }

  @Test
  void lbfgsWithAnL2PenaltyLearnsTheToyTask() throws Exception {
    StanceModel m = StanceModel.train(toy(), new StanceModel.Settings(300, 0, 0.6, 1));
    EnumSet<Stance> all = EnumSet.allOf(Stance.class);
    assertThat(m.predict(v("bias", "covers"), all)).isEqualTo(Stance.SUPPORTS);
    assertThat(m.predict(v("bias", "covers", "refutes"), all)).isEqualTo(Stance.CONTRADICTS);
    assertThat(m.predict(v("bias"), all)).isEqualTo(Stance.UNRELATED);
  }

  @Test
  void aTwoStageModelLearnsTheToyTaskAndItsProbabilitiesSumToOne(@TempDir Path dir) throws Exception {
    StanceModel m = StanceModel.train(toy(), new StanceModel.Settings(300, 0, 0.6, 1, true));
    EnumSet<Stance> all = EnumSet.allOf(Stance.class);
    assertThat(m.predict(v("bias", "covers"), all)).isEqualTo(Stance.SUPPORTS);
    assertThat(m.predict(v("bias", "covers", "refutes"), all)).isEqualTo(Stance.CONTRADICTS);
    assertThat(m.predict(v("bias"), all)).isEqualTo(Stance.UNRELATED);
    // Without unrelated among the allowed labels (Emergent, FEVER) the second stage decides alone.
    assertThat(m.predict(v("bias", "refutes"), EnumSet.of(Stance.SUPPORTS, Stance.CONTRADICTS)))
        .isEqualTo(Stance.CONTRADICTS);
    java.util.Map<Stance, Double> p = m.probabilities(v("bias", "covers"));
    assertThat(p.keySet()).containsExactlyInAnyOrder(Stance.SUPPORTS, Stance.CONTRADICTS, Stance.UNRELATED);
    assertThat(p.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    m.write(dir.resolve("m.gz"));
    try (var in = Files.newInputStream(dir.resolve("m.gz"))) {
      assertThat(StanceModel.read(in).probabilities(v("bias", "covers"))).isEqualTo(p);
    }
  }

  @Test
  void bothTrainersGiveTheSameBytesForTheSameExamples(@TempDir Path dir) throws Exception {
    for (StanceModel.Settings s : List.of(new StanceModel.Settings(50, 0, 0.6), new StanceModel.Settings(50, 0, 0.6, 3),
        new StanceModel.Settings(50, 0, 0.6, 3, true))) {
      StanceModel.train(toy(), s).write(dir.resolve("a.gz"));
      StanceModel.train(toy(), s).write(dir.resolve("b.gz"));
      assertThat(Files.readAllBytes(dir.resolve("a.gz"))).as(s.describe()).isEqualTo(Files.readAllBytes(dir.resolve("b.gz")));
      try (var in = Files.newInputStream(dir.resolve("a.gz"))) {
        assertThat(StanceModel.read(in).predict(v("bias", "covers", "refutes"), EnumSet.allOf(Stance.class)))
            .isEqualTo(Stance.CONTRADICTS);
      }
    }
  }

  @Test
  void settingsNameTheirTrainer() {
    assertThat(new StanceModel.Settings(300, 0, 0.6).algorithm()).isEqualTo("GIS");
    assertThat(new StanceModel.Settings(300, 0, 0.6).describe()).isEqualTo("iterations 300, balance 0.6");
    assertThat(new StanceModel.Settings(300, 0, 0.4, 10).algorithm()).isEqualTo("L-BFGS");
    assertThat(new StanceModel.Settings(300, 0, 0.4, 10).describe()).isEqualTo("L-BFGS l2 10, balance 0.4");
    assertThat(new StanceModel.Settings(300, 0, 0.4, 10, true).describe()).isEqualTo("two-stage L-BFGS l2 10, balance 0.4");
    assertThatThrownBy(() -> new StanceModel.Settings(300, 0, 0.6, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
