package dev.corroborate.stance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NumberConflictTest {
  private static final OpenNlpAnalyzer ANALYZER = new OpenNlpAnalyzer();
  private final NumberConflict rule = new NumberConflict(Lexicon.shipped());

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    ANALYZER.analyze(text).forEach(s -> out.addAll(s.tokens()));
    return out;
  }

  private Optional<Cue> find(String claim, String passage) {
    return rule.find(tokens(claim), tokens(passage));
  }

  @Test
  void differentCountsOfTheSameThingConflict() {
    Optional<Cue> cue = find("The storm injured 12 people in the harbour district.",
        "The storm injured 20 people in the harbour district.");
    assertThat(cue).isPresent();
    assertThat(cue.get().kind()).isEqualTo(Cue.Kind.NUMBER_MISMATCH);
    assertThat(cue.get().words()).isEqualTo("20 people");
    assertThat(cue.get().detail()).contains("'20 people'").contains("'12 people'");
  }

  @Test
  void countedAdjectiveAndNumberWordsAreRead() {
    assertThat(find("Officials said 12 injured were taken to hospital.", "Twenty injured were taken to hospital."))
        .map(Cue::words).contains("Twenty injured");
  }

  @Test
  void differentDaysOfTheSameMonthConflict() {
    Optional<Cue> cue = find("The ferry sank on 3 March.", "The ferry sank on March 5.");
    assertThat(cue).map(Cue::detail).hasValueSatisfying(d -> assertThat(d).startsWith("date 'March 5'")
        .contains("'3 March'"));
  }

  @Test
  void numbersOfDifferentThingsDoNot() {
    assertThat(find("The storm injured 12 people.", "The storm injured 12 people and damaged 40 houses.")).isEmpty();
    assertThat(find("The storm injured 12 people.", "The storm damaged 20 houses.")).isEmpty();
  }

  @Test
  void anyMatchingValueAmongSeveralIsAgreement() {
    assertThat(find("Between 12 people and 15 people were hurt.", "Reports say 12 people were hurt.")).isEmpty();
  }

  @Test
  void boundsAndApproximationsAreRanges() {
    assertThat(find("More than 3,000 workers joined the strike.", "About 1,200 workers joined the strike."))
        .map(Cue::detail).contains("number 'About 1,200 workers' where the claim has 'More than 3,000 workers'");
    assertThat(find("More than 3,000 workers joined the strike.", "Some 3,400 workers joined the strike.")).isEmpty();
    assertThat(find("At least 40 people were evacuated.", "Officials evacuated 40 people.")).isEmpty();
    assertThat(find("Fewer than 10 trucks crossed.", "Up to 12 trucks crossed.")).as("0-9 and 0-12 overlap").isEmpty();
    assertThat(find("Fewer than 10 trucks crossed.", "Over 12 trucks crossed.")).isPresent();
    assertThat(find("Nearly 500 homes lost power.", "About 480 homes lost power.")).isEmpty();
    assertThat(find("Nearly 500 homes lost power.", "Around 800 homes lost power.")).isPresent();
  }

  @Test
  void theClaimsNumberElsewhereInThePassageIsNotContradicted() {
    assertThat(find("Inspectors closed two pumping stations.",
        "Inspectors closed two of the town's four pumping stations.")).isEmpty();
  }

  @Test
  void numberValuesAreReadAsTheDecimalPatternReadsThem() {
    for (String text : List.of("12", "3,000", "2.5", "1,234.75", ",5", "007", "3rd", "1990s", "2.", ".5", "1.2.3",
        "12a", "\u0664\u0662", "", "-3")) {
      Double expected = text.replace(",", "").matches("\\d+(\\.\\d+)?") ? Double.parseDouble(text.replace(",", "")) : null;
      assertThat(NumberConflict.value(new Token(text, text, "NUM", text, 0, text.length()))).as(text).isEqualTo(expected);
    }
    assertThat(NumberConflict.value(new Token("twelve", "twelve", "NUM", "twelv", 0, 6))).isEqualTo(12.0);
    assertThat(NumberConflict.value(new Token("Twelve", "twelve", "NUM", "twelv", 0, 6))).isEqualTo(12.0);
    assertThat(NumberConflict.value(new Token("one", "one", "PRON", "one", 0, 3))).as("not tagged a number").isNull();
    assertThat(NumberConflict.value(new Token("zero", "zero", "NUM", "zero", 0, 4))).as("zero is not counted").isNull();
  }

  @Test
  void theSameCountToldByAnotherNounConflicts() {
    Optional<Cue> cue = find("About 300 jobs will be lost at the plant.",
        "More than 450 workers at the plant would lose their jobs.");
    assertThat(cue).map(Cue::detail).hasValueSatisfying(d -> assertThat(d)
        .isEqualTo("number 'More than 450 workers' where the claim has 'About 300 jobs'"));
    assertThat(find("About 300 jobs will be lost at the plant.", "About 320 workers at the plant would lose their jobs."))
        .as("overlapping ranges").isEmpty();
    assertThat(find("About 300 jobs will be lost at the plant.", "Two plants will lose jobs."))
        .as("the passage counts a word of the claim").isEmpty();
    assertThat(find("About 300 jobs will be lost at the plant.", "The plant employs 450 workers."))
        .as("the claim's counted word is not there").isEmpty();
    assertThat(find("About 300 jobs will be lost at the plant.", "Its 450 workers would lose 300 jobs."))
        .as("the claim's number is there").isEmpty();
  }

  @Test
  void anotherDayOfTheWeekConflicts() {
    assertThat(find("The inspection took place on Tuesday.", "The inspection took place on Wednesday."))
        .map(Cue::detail).contains("day 'Wednesday' where the claim has 'Tuesday'");
    assertThat(find("The talks began on Tuesday.", "The talks began on Tuesday and ended on Wednesday."))
        .as("the claim's day is there").isEmpty();
    assertThat(find("The talks began on Tuesday.", "The talks began in the capital.")).as("no day").isEmpty();
    assertThat(find("The talks began today.", "The talks began on Wednesday.")).as("no day in the claim").isEmpty();
  }

  @Test
  void anotherYearOrMonthConflicts() {
    assertThat(find("The film was released in 2017.", "The film was released in 2007."))
        .map(Cue::detail).contains("year '2007' where the claim has '2017'");
    assertThat(find("The album was released in October.", "The album was released on March 30."))
        .map(Cue::detail).contains("month 'March' where the claim has 'October'");
    assertThat(find("The bridge opened in 2019.", "The bridge opened in 2021.")).isPresent();
    assertThat(find("The storm hit on 3 March.", "The storm hit on 3 April."))
        .map(Cue::detail).contains("month 'April' where the claim has 'March'");
    assertThat(find("The talks were held on 24 November.", "The talks were held on 3 December."))
        .as("another day of another month").map(Cue::detail).contains("month 'December' where the claim has 'November'");
    assertThat(find("Filming began in September 1994.", "The film was shot from September 1994 to August 1995."))
        .as("the claim's month and year are there").isEmpty();
    assertThat(find("The plant opened in 1998.", "The plant opened in May.")).as("a month is no year").isEmpty();
    assertThat(find("The company may close the plant in 2026.", "The company may close the plant."))
        .as("'may' is no month").isEmpty();
  }

  @Test
  void aPartIsNotTheWhole() {
    assertThat(find("All 120 families have received compensation.", "Only 40 of the 120 families have received compensation."))
        .map(Cue::detail).contains("number '40 of the 120 families' where the claim has '120 families'");
    assertThat(find("Inspectors closed four pumping stations.", "Inspectors closed two of the town's four pumping stations."))
        .as("the total is not the count closed").isPresent();
    assertThat(find("40 families have received compensation.", "Only 40 of the 120 families have received compensation."))
        .as("the part agrees").isEmpty();
    assertThat(find("40 of the 120 families have received compensation.", "So far only 40 of the 120 families have received compensation."))
        .as("a part in the claim too").isEmpty();
  }

  @Test
  void scaleWordsPercentSignsAndCurrenciesAreRead() {
    assertThat(find("The company will cut 2 million jobs.", "The company will cut 1.5 million jobs worldwide."))
        .map(Cue::detail).contains("number '1.5 million jobs' where the claim has '2 million jobs'");
    assertThat(find("The company will cut 2 million jobs.", "The company will cut 2,000,000 jobs.")).as("the same count")
        .isEmpty();
    assertThat(find("The city paid $5 million for the land.", "The city paid $7 million for the land."))
        .map(Cue::detail).contains("number '7 million' where the claim has '5 million'");
    assertThat(find("The city paid $5 million for the land.", "The city paid $5 million in cash for the land.")).isEmpty();
    assertThat(find("Turnout was 61 percent.", "Turnout was 58% in the final count.")).map(Cue::words).contains("58%");
    assertThat(find("Turnout was 58 percent.", "Turnout was 58% in the final count.")).isEmpty();
  }

  @Test
  void aRoundNumberIsARounding() {
    assertThat(find("The watch will cost $5,000.", "The watch will cost $4,999.")).isEmpty();
    assertThat(find("The watch will cost $500.", "The watch will cost $499.")).isEmpty();
    assertThat(find("The watch will cost $500.", "The watch will cost $549.")).isPresent();
    assertThat(find("The storm killed 20 people.", "The storm killed 18 people.")).as("small numbers are exact").isPresent();
  }

  @Test
  void aShareOfAnActionIsNotAllOfIt() {
    assertThat(find("The fire was fully contained on Thursday.", "The fire was 35 percent contained on Thursday."))
        .map(Cue::detail).contains("'35 percent contained', only part of it, where the claim has 'fully contained'");
    assertThat(find("The bridge was completely destroyed.", "The bridge was partly destroyed in the storm.")).isPresent();
    assertThat(find("The fire was fully contained.", "The fire was 35% contained.")).map(Cue::words).contains("35% contained");
    assertThat(find("The fire was fully contained on Thursday.", "The fire was 100 percent contained on Thursday."))
        .as("all of it").isEmpty();
    assertThat(find("The fire was contained on Thursday.", "The fire was 35 percent contained on Thursday."))
        .as("the claim does not say 'fully'").isEmpty();
    assertThat(find("The fire was fully contained on Thursday.", "The fire was contained on Thursday, and 35 percent of the park burned."))
        .as("a share of something else").isEmpty();
  }

  @Test
  void anotherTimeOfDayConflictsButTheClaimsOwnTimeAnywhereDoesNot() {
    assertThat(find("Power was back by noon.", "Power was back by 3 p.m.")).get()
        .extracting(Cue::detail).asString().contains("time '3 p.m' where the claim has 'noon'");
    assertThat(find("The ferry left at 07:40.", "The ferry left at 08:15.")).isPresent();
    assertThat(find("The ferry left at 7:40 a.m.", "The ferry left at 07:40.")).isEmpty();
    assertThat(find("Power was back by noon.", "Power was back in the north by noon and everywhere by 3 p.m."))
        .isEmpty();
    assertThat(find("Power was back by midnight.", "Power was back by 12 a.m.")).isEmpty();
  }

  @Test
  void someOfAWholeContradictsAll() {
    assertThat(find("Water has been restored to all farms.", "Water has been restored to 300 of the 450 farms."))
        .get().extracting(Cue::detail).asString()
        .contains("'300 of the 450 farms', only some of them, where the claim has 'all farms'");
    assertThat(find("Water has been restored to every farm.", "Water has been restored to 300 of 450 farms."))
        .isPresent();
    assertThat(find("Water has been restored to all farms.", "Water has been restored to 450 of the 450 farms."))
        .isEmpty();
    assertThat(find("Water has been restored to all farms.", "Water has been restored to 300 of the 450 homes."))
        .as("another noun").isEmpty();
  }

  @Test
  void anotherLengthOfTimeConflicts() {
    Optional<Cue> cue = find("The attache was given a week to leave the country.",
        "The attache was given just forty-eight hours to leave the country.");
    assertThat(cue).isPresent();
    assertThat(cue.get().detail()).contains("length of time 'forty-eight hours' where the claim has 'a week'");
    assertThat(find("The attache was given a week to leave.", "The attache was given 72 hours to leave.")).isPresent();
    // The same length in other units, and points in time, do not.
    assertThat(find("The attache was given a week to leave.", "The attache was given seven days to leave.")).isEmpty();
    assertThat(find("The attache was given a week to leave.", "Two days ago the attache was given time to leave."))
        .isEmpty();
    assertThat(find("The attache was given a week to leave.", "Last month the attache was given time to leave."))
        .isEmpty();
  }

  @Test
  void aHundredIsAScaleWord() {
    assertThat(find("About 200 homes were evacuated.", "Residents of approximately two hundred homes were evacuated."))
        .isEmpty();
    assertThat(find("About 1,400 staff were affected.", "Roughly fourteen hundred staff were affected.")).isEmpty();
    assertThat(find("About 200 homes were evacuated.", "Three hundred homes were evacuated.")).isPresent();
  }

  @Test
  void aLengthJoinedToItsNounConflicts() {
    Optional<Cue> cue = find("The cabin crew strike is due to last three days.",
        "Cabin crew at Solvane Air began a two-day strike over pay.");
    assertThat(cue).isPresent();
    assertThat(cue.get().detail()).contains("length of time 'two-day' where the claim has 'three days'");
    assertThat(find("The cabin crew strike is due to last three days.", "Cabin crew began a three-day strike.")).isEmpty();
  }

  @Test
  void aTallyIsReadAsOnePairOfNumbers() {
    String claim = "The motion passed by 23 votes to 19.";
    assertThat(find(claim, "The motion passed by 23 votes to 18.").map(Cue::detail))
        .contains("tally '23 votes to 18' where the claim has '23 votes to 19'");
    assertThat(find(claim, "The motion passed 23-18.").map(Cue::words)).contains("23-18");
    assertThat(find("Rovers won the final 3-1.", "Rovers won the final 3 - 2.").map(Cue::words)).contains("3 - 2");
    // The same tally, either way round, or one that counts something else, is no conflict.
    assertThat(find(claim, "The motion passed by 23 votes to 19, with two abstentions.")).isEmpty();
    assertThat(find(claim, "The motion was carried 23-19.")).isEmpty();
    assertThat(find(claim, "The motion passed by 23 votes to 19 after 4 hours to 6 hours of debate.")).isEmpty();
  }

  @Test
  void aNumberOfAGroupWithNoNumberCountsItsNoun() {
    assertThat(find("Ten people were admitted to hospital.", "Two of those people have been admitted to hospital.")
        .map(Cue::words)).contains("Two of those people");
    assertThat(find("Ten people were admitted to hospital.", "Ten of the people have been admitted to hospital."))
        .isEmpty();
  }

  @Test
  void anAmountNamedByItsCurrencyIsTheAmountWithItsSign() {
    assertThat(find("The fund paid out four million pounds.", "The fund paid out \u00a32.5 million.")).map(Cue::words)
        .contains("\u00a32.5 million");
    assertThat(find("The fund paid out four million pounds.", "The fund paid out \u00a34 million.")).isEmpty();
    // "pounds of" is a weight.
    assertThat(find("Police seized 300 pounds of cannabis.", "Police seized \u00a3200 in cash.")).isEmpty();
  }

  @Test
  void moreOfAKindOfPeopleForTheSameActionIsAnotherCount() {
    assertThat(find("Seventeen people were detained.", "Police detained 31 students.")).map(Cue::words).contains("31 students");
    assertThat(find("Seventeen people were detained.", "Thirty-one students were detained.")).isPresent();
    // Another action's count, and fewer, are not.
    assertThat(find("Seventeen people were detained.", "Police questioned 31 students.")).isEmpty();
    assertThat(find("Seventeen people were detained.", "Police detained three students.")).isEmpty();
  }
}
