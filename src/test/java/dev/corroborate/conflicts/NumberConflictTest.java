package dev.corroborate.conflicts;

import static dev.corroborate.conflicts.Texts.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.stance.Cue;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NumberConflictTest {
  private final NumberConflict rule = new NumberConflict(Texts.LEXICON);

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
  void sameValuesDifferentThingsOrYearsDoNot() {
    assertThat(find("The storm injured 12 people.", "The storm injured 12 people and damaged 40 houses.")).isEmpty();
    assertThat(find("The storm injured 12 people.", "The storm damaged 20 houses.")).isEmpty();
    assertThat(find("The bridge opened in 2019.", "The bridge opened in 2021.")).as("years are not read").isEmpty();
    assertThat(find("The storm hit on 3 March.", "The storm hit on 3 April.")).as("other month").isEmpty();
  }

  @Test
  void anyMatchingValueAmongSeveralIsAgreement() {
    assertThat(find("Between 12 people and 15 people were hurt.", "Reports say 12 people were hurt.")).isEmpty();
  }
}
