package dev.corroborate.conflicts;

import static dev.corroborate.conflicts.Texts.passage;
import static dev.corroborate.conflicts.Texts.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.analysis.Passage;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.corpus.SourceKind;
import dev.corroborate.stance.SourceVoice;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OmissionFinderTest {
  private static final Map<String, SourceDocument> SOURCES = Map.of(
      "a", source("a", "Valley News", SourceKind.PRESS_REPORT, "2024-02-01"),
      "b", source("b", "Valley Police", SourceKind.OFFICIAL_STATEMENT, "2024-02-01"),
      "c", source("c", "A resident", SourceKind.SOCIAL_MEDIA, "2024-02-02"),
      "d", source("d", "Brandt Haulage", SourceKind.LETTER, "2024-02-03"),
      "e", source("e", "Radio Valley", SourceKind.PRESS_REPORT, "2024-02-03"),
      "f", source("f", "Weather desk", SourceKind.PRESS_REPORT, "2024-02-03"));

  @Test
  void aSourceThatCoversTheEventButNotTheDisputedActionIsAnOmission() {
    Passage claim = passage("a", 0, "The explosion at the Brandt depot injured 12 workers.");
    Passage other = passage("b", 0, "The explosion at the Brandt depot injured 20 workers.");
    Map<String, List<Passage>> bySource = Map.of(
        "a", List.of(claim), "b", List.of(other),
        "c", List.of(passage("c", 0, "I heard the explosion at the Brandt depot from my kitchen.")),
        "d", List.of(passage("d", 0, "We regret the explosion and thank the firefighters.")),
        "e", List.of(passage("e", 0, "Brandt said the explosion injured several workers.")),
        "f", List.of(passage("f", 0, "Heavy rain is expected at the weekend.")));
    Map<String, SourceVoice> voices = Map.of("d",
        SourceVoice.of(Texts.LEXICON, Texts.UNITIZER.aliases(), null, "Brandt Haulage"));
    OmissionFinder finder = new OmissionFinder(Texts.UNITIZER, SOURCES, bySource, voices);
    Proposition p = new Proposition(claim, 0, claim.tokens().size() - 1, claim.text(), "", true);
    List<Omission> found = finder.find(p, List.of(other), Set.of("a", "b"));
    assertThat(found).extracting(o -> o.source().id()).as("e states the action; d names the event only by its own"
        + " name and one word; f is about something else").containsExactly("c");
    assertThat(found.get(0).reason()).contains("'Brandt depot'").contains("'explosion'").contains("does not say 'injured'");
  }
}
