package dev.corroborate.conflicts;

import static dev.corroborate.conflicts.Texts.passage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.stance.SourceVoice;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PropositionExtractorTest {
  private final PropositionExtractor extractor = new PropositionExtractor(Texts.ENGINE);
  private final SourceVoice courier = SourceVoice.of(Texts.LEXICON, Texts.UNITIZER.aliases(), null, "The Harbour Courier");

  @Test
  void attributionIsStrippedAndTheHolderKept() {
    Optional<Proposition> p = extractor.extract(passage("s", 0,
        "The council said that the ferry service was suspended by the port authority."), SourceVoice.none());
    assertThat(p).isPresent();
    assertThat(p.get().text()).isEqualTo("The ferry service was suspended by the port authority.");
    assertThat(p.get().holder()).isEqualTo("council");
    assertThat(p.get().ownVoice()).isFalse();
  }

  @Test
  void theSourcesOwnAttributionIsItsOwnVoiceAndQuotesAndCitationsGo() {
    Optional<Proposition> p = extractor.extract(passage("s", 0,
        "The Courier reported that the mayor \"ordered the ferry closed,\" citing two port officials."), courier);
    assertThat(p).map(Proposition::text).contains("The mayor ordered the ferry closed.");
    assertThat(p).map(Proposition::ownVoice).contains(true);
    assertThat(p).map(Proposition::citing).contains("two port officials");
  }

  @Test
  void whatADenierRejectsIsNotItsProposition() {
    Optional<Proposition> p = extractor.extract(passage("s", 0,
        "The council denied that the mayor ordered the ferry closed."), courier);
    assertThat(p).map(Proposition::holder).as("the denial is not the council's assertion of its content")
        .isNotEqualTo(Optional.of("council"));
  }

  @Test
  void thinPassagesAndHeadlinesAreSkipped() {
    assertThat(extractor.extract(passage("s", 0, "It rained."), SourceVoice.none())).isEmpty();
    assertThat(extractor.extract(passage("s", 0, "Mayor Closes Ferry After Harbour Storm Damages Pier"),
        SourceVoice.none())).as("a headline has no final stop").isEmpty();
    assertThat(extractor.extract(passage("s", 0, "The harbour festival in the old town square."),
        SourceVoice.none())).as("no action verb").isEmpty();
  }

  @Test
  void ownVoiceSentenceIsTheWholeSentence() {
    Optional<Proposition> p = extractor.extract(passage("s", 3, "The storm damaged forty houses near the pier."),
        SourceVoice.none());
    assertThat(p).map(Proposition::text).contains("The storm damaged forty houses near the pier.");
    assertThat(p.get().holder()).isEmpty();
    assertThat(p.get().from()).isZero();
  }

  @Test
  void aSecondCoordinatedClauseIsCutOff() {
    Optional<Proposition> p = extractor.extract(passage("s", 0,
        "The council said the ferry contract was signed by the mayor, and she did not consult the harbour board."),
        SourceVoice.none());
    assertThat(p).map(Proposition::text).contains("The ferry contract was signed by the mayor.");
  }
}
