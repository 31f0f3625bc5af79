package dev.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.learn.StanceModel;
import dev.corroborate.stance.Stance;
import dev.corroborate.stance.StanceFeatures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossClaimWordsTest {
  private static CrossClaimWords.Claimed example(String claim, String... names) {
    float[] values = new float[names.length];
    java.util.Arrays.fill(values, 1f);
    return new CrossClaimWords.Claimed(claim,
        new StanceModel.Example(new StanceFeatures.Vector(List.of(names), values), Stance.MENTIONS));
  }

  @Test
  void keepsWordsFoundWithEnoughDistinctClaimsAndEveryOtherFeature() {
    List<CrossClaimWords.Claimed> in = new ArrayList<>();
    // "hoax" near three claims; "pumpkin" three times but near one claim; "lw=hoax" is another feature.
    in.add(example("claim one", "bias", "nw=hoax", "nw=pumpkin", "short|nw=pumpkin"));
    in.add(example("claim two", "bias", "nw=hoax", "lw=hoax"));
    in.add(example("claim three", "bias", "short|nw=hoax", "nw=pumpkin"));
    in.add(example("claim one", "bias", "nw=pumpkin"));
    List<StanceModel.Example> out = CrossClaimWords.keep(in, 3);
    assertThat(out).extracting(e -> e.features().names()).containsExactly(
        List.of("bias", "nw=hoax"), List.of("bias", "nw=hoax"), List.of("bias", "short|nw=hoax"), List.of("bias"));
    assertThat(out).extracting(StanceModel.Example::gold).containsOnly(Stance.MENTIONS);
    assertThat(CrossClaimWords.keep(in, 1).get(0).features().names())
        .containsExactly("bias", "nw=hoax", "nw=pumpkin", "short|nw=pumpkin");
  }

  @Test
  void namesTheWordFeatureACopyStandsFor() {
    assertThat(CrossClaimWords.word("short|nw=hoax")).isEqualTo("nw=hoax");
    assertThat(CrossClaimWords.word("lw=hoax")).isEqualTo("lw=hoax");
    assertThat(CrossClaimWords.word("nb=not_true")).isEqualTo("nb=not_true");
    assertThat(CrossClaimWords.word("maxcov")).isNull();
  }
}
