package dev.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleCaseTest {
  private static String[] words(String s) {
    return s.split(" ");
  }

  @Test
  void titleCaseHeadlineHasItsFunctionWordsLowered() {
    assertThat(TitleCase.forTagging(words("Apple May Buy Social Network Path")))
        .containsExactly("Apple", "may", "Buy", "Social", "Network", "Path");
    assertThat(TitleCase.forTagging(words("Woman With Three Breasts Is A Hoax , Police Say")))
        .containsExactly("Woman", "with", "Three", "Breasts", "is", "a", "Hoax", ",", "Police", "Say");
  }

  @Test
  void minorWordsLeftInLowerCaseStillMakeATitle() {
    assertThat(TitleCase.forTagging(words("Kim Jong-un Did Not Break His Ankles in the Fall")))
        .containsExactly("Kim", "Jong-un", "did", "not", "Break", "his", "Ankles", "in", "the", "Fall");
  }

  @Test
  void headlineInCapitalsIsTitledAndItsFunctionWordsLowered() {
    assertThat(TitleCase.forTagging(words("POLICE SAY WOMAN DID NOT GET THIRD BREAST")))
        .containsExactly("Police", "Say", "Woman", "did", "not", "Get", "Third", "Breast");
  }

  @Test
  void sentenceCaseIsLeftAlone() {
    String[] sentence = words("Xi Jinping told Donald Trump in May that Taiwan is part of China");
    assertThat(TitleCase.forTagging(sentence)).isSameAs(sentence);
    // A name-heavy sentence with one lower-case verb is not a title.
    String[] names = words("Xi Jinping Donald Trump Shinzo Abe met");
    assertThat(TitleCase.forTagging(names)).isSameAs(names);
  }

  @Test
  void shortCapitalisedPhrasesAreNotTitles() {
    String[] two = words("Prime Minister");
    assertThat(TitleCase.forTagging(two)).isSameAs(two);
    String[] acronym = words("NATO Is OK");
    assertThat(TitleCase.forTagging(acronym)).isSameAs(acronym);
  }

  @Test
  void firstWordIsNeverLowered() {
    assertThat(TitleCase.forTagging(words("Will Apple Hit Its Target")))
        .containsExactly("Will", "Apple", "Hit", "its", "Target");
  }

  private static String[] repaired(String words, String tags) {
    String[] t = tags.split(" ");
    TitleCase.repairVerbs(words(words), t);
    return t;
  }

  @Test
  void aWordInSTakenForANounWhereTheHeadlinesVerbStandsIsAVerb() {
    assertThat(repaired("Varn State Beheads Local Reporter", "PROPN PROPN PROPN ADJ NOUN"))
        .containsExactly("PROPN", "PROPN", "VERB", "ADJ", "NOUN");
    assertThat(repaired("Rebels Seize Harbour", "NOUN VERB PROPN")).as("a verb already")
        .containsExactly("NOUN", "VERB", "PROPN");
  }

  @Test
  void aWordInSBeforeAVerbAPrepositionOrTheEndStaysANoun() {
    assertThat(repaired("Varn Users Add Feature", "PROPN NOUN VERB NOUN")).containsExactly("PROPN", "NOUN", "VERB", "NOUN");
    assertThat(repaired("Brandt Splits Into Two", "PROPN NOUN ADP NUM")).containsExactly("PROPN", "NOUN", "ADP", "NUM");
    assertThat(repaired("Varn Wins", "PROPN NOUN")).containsExactly("PROPN", "NOUN");
    assertThat(repaired("Varn Glass Business Grows", "PROPN PROPN NOUN VERB")).as("in -ss")
        .containsExactly("PROPN", "PROPN", "NOUN", "VERB");
  }
}
