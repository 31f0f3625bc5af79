package dev.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemmerTest {
  @ParameterizedTest
  @CsvSource({
    "provoking, provoke",
    "provoked, provoke",
    "advised, advise",
    "officials, official",
    "denied, deny",
    "Initiated, initiate",
  })
  void inflectionsShareTheKeyOfTheirBaseForm(String word, String base) {
    assertThat(Stemmer.key(word)).isEqualTo(Stemmer.key(base));
  }

  @ParameterizedTest
  @CsvSource({
    "apologised, apologized",
    "organisation, organization",
    "criticising, criticizing",
    "analysed, analyzed",
    "recognises, recognizes",
  })
  void britishAndAmericanSpellingsShareAKey(String british, String american) {
    assertThat(Stemmer.key(british)).isEqualTo(Stemmer.key(american));
  }

  @Test
  void shortWordsInIseKeepTheirSpelling() {
    assertThat(Stemmer.americanSpelling("rise")).isEqualTo("rise");
    assertThat(Stemmer.americanSpelling("raised")).isEqualTo("raised");
    assertThat(Stemmer.americanSpelling("wise")).isEqualTo("wise");
    assertThat(Stemmer.key("promise")).isEqualTo(Stemmer.key("promised"));
  }

  @Test
  void keysAreSnowballEnglishStems() {
    assertThat(Stemmer.key("provoke")).isEqualTo("provok");
    assertThat(Stemmer.key("President")).isEqualTo("presid");
    assertThat(Stemmer.key("United")).isEqualTo("unit");
  }

  @Test
  void differentWordsKeepDifferentKeys() {
    assertThat(Stemmer.key("report")).isNotEqualTo(Stemmer.key("support"));
    assertThat(Stemmer.key("call")).isNotEqualTo(Stemmer.key("cut"));
  }

  @Test
  void caseDoesNotMatter() {
    assertThat(Stemmer.key("BEIJING")).isEqualTo(Stemmer.key("beijing")).isEqualTo(Stemmer.key("Beijing"));
  }

  @Test
  void curlyApostropheIsStraightened() {
    assertThat(Stemmer.key("\u2019s")).isEqualTo("'s");
    assertThat(Stemmer.key("n\u2019t")).isEqualTo(Stemmer.key("n't"));
    assertThat(Stemmer.key("O\u2019Brien")).isEqualTo(Stemmer.key("O'Brien"));
  }

  @Test
  void tokensNotStartingWithALetterAreOnlyLowerCased() {
    assertThat(Stemmer.key("2025")).isEqualTo("2025");
    assertThat(Stemmer.key("'S")).isEqualTo("'s");
    assertThat(Stemmer.key(".")).isEqualTo(".");
    assertThat(Stemmer.key("")).isEmpty();
  }

  @Test
  void nonAsciiWordsAreKept() {
    assertThat(Stemmer.key("Zuih\u014d")).isEqualTo("zuih\u014d");
  }

  @Test
  void dottedAbbreviationLosesOneFinalDotAndIsNotStemmed() {
    assertThat(Stemmer.key("U.K.")).isEqualTo(Stemmer.key("U.K")).isEqualTo("u.k");
    assertThat(Stemmer.key("U.S.")).isEqualTo(Stemmer.key("U.S")).isEqualTo("u.s");
    assertThat(Stemmer.key("e.g.")).isEqualTo("e.g");
    assertThat(Stemmer.key(Stemmer.key("U.S.A."))).isEqualTo(Stemmer.key("U.S.A.")).isEqualTo("u.s.a");
  }

  @Test
  void aNameGivenAsItsWebAddressHasTheNamesKey() {
    assertThat(Stemmer.key("Amazon.com")).isEqualTo(Stemmer.key("Amazon")).isEqualTo("amazon");
    assertThat(Stemmer.key("Halvorsen.co.uk")).isEqualTo(Stemmer.key("Halvorsen"));
    assertThat(Stemmer.key("example.gov")).as("not a common company domain").isEqualTo("example.gov");
    assertThat(Stemmer.key("www.amazon.com")).as("a full address is not a name").isEqualTo("www.amazon.com");
  }

  @Test
  void aFinalDotWithoutAnotherDotIsKept() {
    assertThat(Stemmer.key("Mr.")).isEqualTo("mr.");
    assertThat(Stemmer.key("J.")).isEqualTo("j.");
    assertThat(Stemmer.key(".")).isEqualTo(".");
    assertThat(Stemmer.key("...")).isEqualTo("...");
  }
}
