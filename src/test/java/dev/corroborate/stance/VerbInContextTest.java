package dev.corroborate.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tokens the tagger took for nouns that the words around them show to be verbs (hand-tagged here). */
class VerbInContextTest {
  private static SentenceView view(String tagged) {
    return HandTagged.view(tagged);
  }

  @Test
  void aNounAfterAndWithAnObjectAndAVerbBeforeIsAVerb() {
    SentenceView v = view("It/PRON would/AUX close/VERB the/DET plant/NOUN and/CCONJ move/NOUN production/NOUN to/ADP"
        + " Denby/PROPN ./PUNCT");
    assertThat(ActionForms.verbInContext(v, 6)).isTrue();
    assertThat(ActionForms.verbInContext(v, 4)).as("'plant' after a determiner").isFalse();
  }

  @Test
  void aNounAfterAnAuxiliaryOrToIsAVerb() {
    assertThat(ActionForms.verbInContext(view("Production/NOUN will/AUX move/NOUN ./PUNCT"), 2)).isTrue();
    assertThat(ActionForms.verbInContext(view("They/PRON plan/VERB to/PART move/NOUN it/PRON ./PUNCT"), 3)).isTrue();
  }

  @Test
  void nounsInAListAreNot() {
    SentenceView v = view("The/DET bread/NOUN and/CCONJ cheese/NOUN prices/NOUN rose/VERB ./PUNCT");
    assertThat(ActionForms.verbInContext(v, 3)).as("no verb before it in the clause").isFalse();
  }

  @Test
  void aNounInTheVerbSlotBeforeAnObjectIsAVerb() {
    assertThat(ActionForms.verbInContext(view("Rebels/NOUN behead/NOUN a/DET hostage/NOUN ./PUNCT"), 1)).isTrue();
    SentenceView v = view("Varn/PROPN militants/NOUN behead/NOUN abducted/VERB local/ADJ reporter/NOUN ./PUNCT");
    assertThat(ActionForms.verbInContext(v, 2)).as("a participle before the object").isTrue();
  }

  @Test
  void aNounInTheVerbSlotNeedsASubjectNoEarlierVerbAndAnObject() {
    assertThat(ActionForms.verbInContext(view("Varn/PROPN beheading/NOUN video/NOUN emerges/VERB ./PUNCT"), 1))
        .as("a word in -ing").isFalse();
    assertThat(ActionForms.verbInContext(view("Officials/NOUN studied/VERB the/DET rebel/NOUN attack/NOUN plans/NOUN"
        + " ./PUNCT"), 4)).as("a verb before it in the clause").isFalse();
    assertThat(ActionForms.verbInContext(view("The/DET attack/NOUN in/ADP Varn/PROPN ./PUNCT"), 1))
        .as("after a determiner").isFalse();
    assertThat(ActionForms.verbInContext(view("Rebels/NOUN attack/NOUN ./PUNCT"), 1)).as("no object").isFalse();
  }
}
