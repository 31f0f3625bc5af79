package dev.corroborate.extract;

import dev.corroborate.claims.ClaimText;

import static dev.corroborate.extract.Fixtures.extract;
import static dev.corroborate.extract.Fixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the extractor proposes and marks, sentence by sentence (invented sentences, no corpus names). */
class ExtractorTest {
  @Test
  void coordinatedClausesWithTheirOwnSubjectsAreSplit() {
    List<ProposedClaim> c = extract("The mayor closed the bridge on Monday, but the council reopened it on Friday.\n"
        + "Anna Berg resigned in May and Tomas Ruud replaced her in June.\n"
        + "The port shut at noon; 300 workers went home.\n");
    assertThat(c).extracting(ProposedClaim::text).containsExactly(
        "The mayor closed the bridge on Monday.",
        "The council reopened it on Friday.",
        "Anna Berg resigned in May.",
        "Tomas Ruud replaced her in June.",
        "The port shut at noon.",
        "300 workers went home.");
  }

  @Test
  void coordinatedVerbsAndNounsStayTogether() {
    List<ProposedClaim> c = extract("The agency fined the mill and ordered a safety audit in 2023.\n"
        + "Officials from Norland and Estvia signed the accord in Vienna.\n");
    assertThat(c).extracting(ProposedClaim::text).containsExactly(
        "The agency fined the mill and ordered a safety audit in 2023.",
        "Officials from Norland and Estvia signed the accord in Vienna.");
  }

  @Test
  void reportedSpeechKeepsItsSpeaker() {
    List<ProposedClaim> c = extract("Fire chief Dana Okafor said the fire started in a storage room.\n"
        + "According to the police report, two men were arrested at the scene.\n"
        + "The bridge was closed for repairs on March 3, the ministry said.\n");
    ProposedClaim said = only(c, "storage room");
    assertThat(said.text()).isEqualTo("The fire started in a storage room.");
    assertThat(said.speaker()).isEqualTo("Fire chief Dana Okafor");
    assertThat(said.features()).extracting(Feature::name).contains("attributed");
    ProposedClaim according = only(c, "arrested");
    assertThat(according.text()).isEqualTo("Two men were arrested at the scene.");
    assertThat(according.speaker()).isEqualTo("the police report");
    ProposedClaim trailing = only(c, "bridge");
    assertThat(trailing.text()).isEqualTo("The bridge was closed for repairs on March 3.");
    assertThat(trailing.speaker()).isEqualTo("the ministry");
  }

  @Test
  void aParticipleSpeakerIsTheSubjectAndTheMainClauseIsAClaimToo() {
    List<ProposedClaim> c = extract("On June 2, Transport Minister Ilse Varga rejected the report, insisting that "
        + "the ferry had passed its inspection, and that the operator had paid the fine.\n");
    assertThat(only(c, "rejected").speaker()).isNull();
    assertThat(only(c, "ferry").speaker()).isEqualTo("Transport Minister Ilse Varga");
    assertThat(only(c, "ferry").text()).isEqualTo("The ferry had passed its inspection.");
    assertThat(only(c, "operator").speaker()).isEqualTo("Transport Minister Ilse Varga");
    assertThat(only(c, "operator").text()).isEqualTo("The operator had paid the fine.");
  }

  @Test
  void aDeniedOrDeclinedSayingReportsNothing() {
    List<ProposedClaim> c = extract("Mayor Luis Ferreira did not say whether the plant had a permit.\n");
    ProposedClaim whole = only(c, "permit");
    assertThat(whole.text()).isEqualTo("Mayor Luis Ferreira did not say whether the plant had a permit.");
    assertThat(whole.speaker()).isNull();
  }

  @Test
  void aPronounSpeakerIsTheLastNamedSpeaker() {
    List<ProposedClaim> c = extract("Inspector Rosa Lind said the alarm failed at 9 p.m.\n"
        + "She said the sprinklers were switched off in 2022.\n");
    assertThat(only(c, "sprinklers").speaker()).isEqualTo("Inspector Rosa Lind");
  }

  @Test
  void aQuotationAfterAColonKeepsItsSpeakerAcrossSentences() {
    List<ProposedClaim> c = extract("The company released a statement from chief executive Mara Quist:\n"
        + "\u201cWe closed the Elmford plant on Monday. We paid every worker in full.\u201d\n");
    assertThat(only(c, "Elmford").speaker()).isEqualTo("Mara Quist");
    assertThat(only(c, "paid every worker").speaker()).isEqualTo("Mara Quist");
  }

  @Test
  void questionsOpinionsPredictionsAndHedgesAreMarkedNotDropped() {
    List<ProposedClaim> c = extract("Why did the sprinklers fail?\n"
        + "In my opinion, the inspections were a disgrace.\n"
        + "I think the council should have closed the plant.\n"
        + "The plant will reopen in January.\n"
        + "Investigators may never know the cause.\n"
        + "Fire at the Harlow paint works\n");
    assertThat(c).hasSize(6).allSatisfy(x -> assertThat(x.checkworthy()).isFalse());
    assertThat(c).extracting(ProposedClaim::kind).containsExactly(Kind.QUESTION, Kind.OPINION, Kind.OPINION,
        Kind.PREDICTION, Kind.HEDGED, Kind.FRAGMENT);
    assertThat(only(c, "sprinklers").text()).endsWith("?");
    assertThat(only(c, "disgrace").reason()).contains("opinion").contains("In my opinion");
    assertThat(only(c, "I think").reason()).contains("I think");
    assertThat(only(c, "reopen").reason()).contains("prediction").contains("will");
    assertThat(only(c, "Investigators").reason()).contains("may");
    assertThat(c).allSatisfy(x -> assertThat(x.features()).anyMatch(f -> f.weight() < 0));
  }

  @Test
  void aNamedSpeakersPredictionIsProposedAsWhatWasSaid() {
    List<ProposedClaim> c = extract("Port director Ivo Brandt said the terminal will reopen in January.\n");
    ProposedClaim p = only(c, "terminal");
    assertThat(p.kind()).isEqualTo(Kind.PREDICTION);
    assertThat(p.checkworthy()).isTrue();
    assertThat(p.text()).isEqualTo("Port director Ivo Brandt said the terminal will reopen in January.");
    assertThat(p.reason()).contains("attributed to Port director Ivo Brandt");
    assertThat(p.features()).anyMatch(f -> f.name().startsWith("future") && f.weight() == 0);
  }

  @Test
  void aNamedSpeakersJudgementOrObligationStaysSetAside() {
    List<ProposedClaim> c = extract("Port director Ivo Brandt said the new terminal is a great success.\n"
        + "Port director Ivo Brandt said the city should pay for the repairs.\n");
    assertThat(only(c, "great success").checkworthy()).isFalse();
    assertThat(only(c, "great success").kind()).isEqualTo(Kind.OPINION);
    assertThat(only(c, "repairs").checkworthy()).isFalse();
  }

  @Test
  void aDeniedActionCountsForCheckWorthiness() {
    ProposedClaim p = extract("The paper has issued no corrections.\n").get(0);
    assertThat(p.features()).extracting(Feature::describe).contains("denied action +0.10 (no)");
    assertThat(p.checkworthy()).isTrue();
  }

  @Test
  void scoreIsTheClampedSumOfItsFeatures() {
    for (ProposedClaim p : extract("The council approved 14 new bus lanes in Harlow on Thursday.\n"
        + "Residents deserve better.\nWhy did the sprinklers fail?\n")) {
      double sum = p.features().stream().mapToDouble(Feature::weight).sum();
      assertThat(p.score()).isEqualTo(Math.round(Math.max(0, Math.min(1, sum)) * 100) / 100.0);
    }
    ProposedClaim lanes = extract("The council approved 14 new bus lanes in Harlow on Thursday.\n").get(0);
    assertThat(lanes.features()).extracting(Feature::name)
        .containsExactly("base", "names", "number or date", "action");
    assertThat(lanes.score()).isEqualTo(0.85);
  }

  @Test
  void lowScoringAssertionsAreSetAsideWithTheReason() {
    ProposedClaim p = extract("Residents deserve better.\n").get(0);
    assertThat(p.kind()).isEqualTo(Kind.ASSERTION);
    assertThat(p.checkworthy()).isFalse();
    assertThat(p.reason()).isEqualTo("score 0.45 is below --min-score 0.50");
  }

  @Test
  void idsDependOnTheClaimTextOnly() {
    String sentence = "The council approved 14 new bus lanes in Harlow on Thursday.\n";
    String alone = extract(sentence).get(0).id();
    String among = only(extract("Why did the sprinklers fail?\nThe port shut at noon.\n" + sentence), "bus lanes").id();
    assertThat(among).isEqualTo(alone).isEqualTo(ClaimText.id("The council approved 14 new bus lanes in Harlow on Thursday."));
  }

  @Test
  void oneParagraphPerLineAndWrappedTextAreBothRead() {
    List<ProposedClaim> lines = extract("Mill fire in Harlow\nThe mill burned down on Monday night.\n");
    assertThat(lines).extracting(ProposedClaim::text)
        .containsExactly("Mill fire in Harlow.", "The mill burned down on Monday night.");
    String wrapped = "The regional council of Harlow voted on Tuesday evening to close the old\n"
        + "paper mill by the river after a second fire in the storage hall, and the owner\n"
        + "said the site would be sold to the port authority before the end of next year.\n";
    assertThat(extract(wrapped)).extracting(ProposedClaim::sentence).allMatch(s -> s.startsWith("The regional"));
  }

  @Test
  void duplicatesInOneDocumentAreProposedOnce() {
    assertThat(extract("The port shut at noon.\nThe port shut at noon!\n")).hasSize(1);
  }
}
