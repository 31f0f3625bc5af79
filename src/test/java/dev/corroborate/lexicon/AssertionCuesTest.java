package dev.corroborate.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AssertionCuesTest {
  @Test
  void shippedCuesAreLoadedLowerCaseWithSingleSpaces() {
    AssertionCues cues = Lexicon.shipped().assertionCues();
    assertThat(cues.opinionPhrases()).contains("in my opinion").allMatch(p -> p.equals(p.toLowerCase()) && !p.contains("  "));
    assertThat(cues.predictions()).contains("will", "expected to");
    assertThat(cues.hedges()).contains("may", "reportedly", "seen as");
    assertThat(cues.firstPerson()).contains("i", "we");
    assertThat(cues.bareSpeechVerbs()).contains("say").doesNotContain("publish");
    assertThat(cues.interrogatives()).contains("why");
  }

  @Test
  void entriesAreNormalisedAndEmptyOnesRefused() {
    AssertionCues c = new AssertionCues(Set.of("  In  My View "), null, null, null, null, null, null, null, null);
    assertThat(c.opinionVerbs()).containsExactly("in my view");
    assertThat(c.hedges()).isEmpty();
    assertThatThrownBy(() -> new AssertionCues(Set.of(" "), null, null, null, null, null, null, null, null))
        .isInstanceOf(IllegalStateException.class);
  }
}
