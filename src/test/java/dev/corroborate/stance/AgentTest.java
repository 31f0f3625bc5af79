package dev.corroborate.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who does what a verb says, on sentences tagged by hand (HandTagged). */
class AgentTest {
  private static SentenceView view(String tagged) {
    return HandTagged.view(tagged);
  }

  @Test
  void theNameBeforeTheVerbIsItsAgent() {
    Agent a = Agent.of(view("Mayor/PROPN Varga/PROPN closed/VERB the/DET port/NOUN ./PUNCT"), 2);
    assertThat(a).isNotNull();
    assertThat(a.display()).isEqualTo("Mayor Varga");
    assertThat(a.passive()).isFalse();
  }

  @Test
  void aNameThatTookInTheVerbIsNotItsAgent() {
    // A headline in capitals where the verb was read as part of a name.
    SentenceView v = view("Varn/ADJ Front/PROPN Seizes/PROPN Harbour/PROPN");
    assertThat(v.unitAt(2).from()).as("the verb is inside the name").isLessThan(2);
    assertThat(Agent.of(v, 2)).isNull();
  }

  @Test
  void aPastFormWithNoObjectIsAHeadlinesReducedPassive() {
    assertThat(Agent.reducedPassive(view("Tom/PROPN Reyes/PROPN arrested/VERB :/PUNCT police/NOUN ./PUNCT"), 2)).isTrue();
    assertThat(Agent.reducedPassive(view("Mayor/PROPN Varga/PROPN arrested/VERB after/ADP raid/NOUN"), 2)).isTrue();
    assertThat(Agent.reducedPassive(view("Mayor/PROPN Varga/PROPN arrested/VERB"), 2)).as("at the end").isTrue();
  }

  @Test
  void aPastFormWithAnObjectOrByIsNot() {
    assertThat(Agent.reducedPassive(view("Varga/PROPN arrested/VERB Reyes/PROPN ./PUNCT"), 1)).isFalse();
    assertThat(Agent.reducedPassive(view("Varga/PROPN arrested/VERB by/ADP police/NOUN"), 1)).isFalse();
    assertThat(Agent.reducedPassive(view("Rebels/NOUN attack/VERB :/PUNCT"), 1)).as("not a past form").isFalse();
  }

  @Test
  void anObjectIsANameNounNumberOrPronounAfterTheVerb() {
    assertThat(Agent.hasObject(view("Police/NOUN arrested/VERB the/DET former/ADJ mayor/NOUN ./PUNCT"), 1)).isTrue();
    assertThat(Agent.hasObject(view("Police/NOUN arrested/VERB her/PRON ./PUNCT"), 1)).isTrue();
    assertThat(Agent.hasObject(view("Police/NOUN arrested/VERB in/ADP Varn/PROPN"), 1)).as("after a preposition")
        .isFalse();
  }

  @Test
  void aPassiveWithoutByHasNoKnownAgent() {
    assertThat(Agent.of(view("Ellen/PROPN Varga/PROPN was/AUX arrested/VERB in/ADP Varn/PROPN"), 3)).isNull();
    Agent by = Agent.of(view("Ellen/PROPN Varga/PROPN was/AUX arrested/VERB by/ADP Tom/PROPN Reyes/PROPN"), 3);
    assertThat(by).isNotNull();
    assertThat(by.passive()).isTrue();
  }

  @Test
  void aNounUsedAsOneHasNoAgent() {
    assertThat(Agent.of(view("Varga/PROPN in/ADP Reyes/PROPN arrest/NOUN ./PUNCT"), 3)).isNull();
  }

  @Test
  void anEntityRightBeforeTheAgentQualifiesIt() {
    Agent a = Agent.of(view("U.S./PROPN Varga/PROPN closed/VERB the/DET port/NOUN"), 2);
    assertThat(a).isNotNull();
    assertThat(a.keys()).contains(dev.corroborate.lexicon.AliasTable.conceptId("United States"), "varga");
    assertThat(a.display()).isEqualTo("U.S. Varga");
  }

  @Test
  void theAgentAfterByTakesEveryCoordinatedName() {
    Agent a = Agent.of(view("The/DET film/NOUN was/AUX produced/VERB by/ADP Ana/PROPN Brandt/PROPN ,/PUNCT"
        + " Tracey/PROPN Vance/PROPN and/CCONJ Olaf/PROPN Senn/PROPN and/CCONJ released/VERB by/ADP Fox/PROPN"), 3);
    assertThat(a).isNotNull();
    assertThat(a.passive()).isTrue();
    assertThat(a.named()).isTrue();
    assertThat(a.keys()).contains("tracey", "senn").doesNotContain("fox");
  }

  @Test
  void aQualifyingWordAfterByDoesNotHideTheName() {
    Agent a = Agent.of(view("The/DET song/NOUN was/AUX recorded/VERB by/ADP Kenyan/PROPN singer/NOUN Lena/PROPN"
        + " Okafor/PROPN for/ADP her/PRON album/NOUN"), 3);
    assertThat(a).isNotNull();
    assertThat(a.keys()).contains("okafor");
  }

  @Test
  void aCommonNounAfterByIsNotAName() {
    Agent a = Agent.of(view("The/DET film/NOUN was/AUX produced/VERB by/ADP a/DET man/NOUN ./PUNCT"), 3);
    assertThat(a).isNotNull();
    assertThat(a.named()).isFalse();
  }

  @Test
  void aNameBeforeAPossessiveOwnsTheSubjectAndIsNotTheAgent() {
    // "executive" read as an adjective: the name before "'s" is still not who led.
    assertThat(Agent.of(view("Varga/PROPN 's/PART chief/ADJ executive/ADJ led/VERB the/DET talks/NOUN ./PUNCT"), 4)).isNull();
  }

  @Test
  void theNameAfterByIsTheAgentBehindATitleAndAPhraseOfPlace() {
    Agent a = Agent.of(view("The/DET talks/NOUN were/AUX led/VERB by/ADP chief/ADJ people/NOUN officer/NOUN Tom/PROPN Reyes/PROPN ./PUNCT"), 3);
    assertThat(a).isNotNull();
    assertThat(a.display()).isEqualTo("Tom Reyes");
    assertThat(a.named()).isTrue();
    Agent b = Agent.of(view("He/PRON was/AUX arrested/VERB at/ADP the/DET airport/NOUN by/ADP Mayor/PROPN Varga/PROPN ./PUNCT"), 2);
    assertThat(b).isNotNull();
    assertThat(b.display()).isEqualTo("Mayor Varga");
    // Not for an active verb: "travelled to Lisbon by train" names no agent.
    assertThat(Agent.of(view("She/PRON travelled/VERB to/ADP Lisbon/PROPN by/ADP train/NOUN ./PUNCT"), 1)).isNull();
  }
}
