package dev.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimTextTest {
  @Test
  void normalisingFoldsCasePunctuationSpacesAndQuotes() {
    assertThat(ClaimText.normalise("  Xi\u2019s \u201cCall\u201d,\n  Nov. 24!  "))
        .isEqualTo(ClaimText.normalise("xi's \"call\" nov 24"))
        .isEqualTo("xis call nov 24");
    assertThat(ClaimText.normalise("The port shut.")).isNotEqualTo(ClaimText.normalise("The port opened."));
  }

  @Test
  void idsAreASlugAndAHashOfTheNormalisedText() {
    String id = ClaimText.id("The council approved 14 new bus lanes in Harlow on Thursday.");
    assertThat(id).matches("council-approved-14-new-bus-[0-9a-f]{6}");
    assertThat(ClaimText.id("the COUNCIL approved 14 new bus-lanes in Harlow on Thursday")).isEqualTo(id);
    assertThat(ClaimText.id("The council approved 15 new bus lanes in Harlow on Thursday.")).isNotEqualTo(id);
  }

  @Test
  void idsAreAsciiKebabCaseWhateverTheText() {
    assertThat(ClaimText.id("Zuih\u014d Maru entered \u4e2d\u7f8e waters")).matches("[a-z0-9]+(-[a-z0-9]+)*");
    assertThat(ClaimText.id("\u4e2d\u7f8e\u5370\u8c61")).matches("claim-[0-9a-f]{6}");
  }
}
