package dev.corroborate.conflicts;

import static dev.corroborate.conflicts.Texts.passage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.analysis.Passage;
import dev.corroborate.stance.Cue;
import dev.corroborate.stance.SourceVoice;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Explicit denials of another source's account, found and added to the group they bear on. */
class DenialTest {
  private static SourceVoice voice(String speaker, String publisher) {
    return SourceVoice.of(Texts.LEXICON, Texts.UNITIZER.aliases(), speaker, publisher);
  }

  private static final Map<String, SourceVoice> VOICES = Map.of(
      "courier", voice(null, "The Harbour Courier"),
      "ministry", voice("Lena Varga", "Ministry of Transport"),
      "blog", voice("Sam Ortiz", "Ortiz Notes"));
  private final DenialFinder finder = new DenialFinder(Texts.UNITIZER, VOICES);

  @Test
  void aRefutationOfANamedSourcesAccountIsADenialOfThatSource() {
    Optional<Denial> d = finder.find(passage("ministry", 2, "Varga flatly rejected the Courier's account of the meeting."));
    assertThat(d).isPresent();
    assertThat(d.get().denied()).containsExactly("courier");
    assertThat(d.get().cue().kind()).isEqualTo(Cue.Kind.REFUTATION);
    assertThat(d.get().cue().words()).isEqualTo("rejected the Courier's account");
  }

  @Test
  void negatedRelayedOrUnnamedRefutationsAreNot() {
    assertThat(finder.find(passage("ministry", 0, "The ministry did not reject the Courier's report."))).isEmpty();
    assertThat(finder.find(passage("blog", 0, "Varga rejected the Courier's account, Ortiz wrote.")))
        .as("a denial the blog only relays").isEmpty();
    assertThat(finder.find(passage("ministry", 0, "Varga rejected the union's proposal."))).isEmpty();
    assertThat(finder.find(passage("courier", 0, "The Courier rejected the Courier's account."))).as("own source")
        .isEmpty();
  }

  @Test
  void aDenialJoinsTheGroupWhereItsSourceFacesTheDeniedSource() {
    Passage courierSays = passage("courier", 1, "The minister approved the ferry contract in May.");
    Passage ministrySays = passage("ministry", 1, "The minister did not approve the ferry contract in May.");
    Passage other = passage("blog", 1, "The ferry contract was approved by the council.");
    Proposition claim = new Proposition(courierSays, 0, courierSays.tokens().size(), courierSays.text(), "", true);
    ConflictPair pair = new ConflictPair(claim, ministrySays, new dev.corroborate.stance.StanceJudgement(
        dev.corroborate.stance.Stance.CONTRADICTS, 0.9, 0.9, List.of(new Cue(Cue.Kind.NEGATION, "not", "negation")),
        List.of(), dev.corroborate.stance.Attribution.own(1)), new Cue(Cue.Kind.NEGATION, "not", "negation"));
    ConflictGroup group = new ConflictGroup(List.of(courierSays), List.of(ministrySays), List.of(pair));
    Denial denial = finder.find(passage("ministry", 3, "Varga rejected the Courier's report.")).orElseThrow();
    Denial unrelated = new Denial(other, java.util.Set.of("courier"), denial.cue());
    List<ConflictGroup> linked = new DenialLinker().link(List.of(group), List.of(denial, unrelated),
        Map.of(courierSays.id(), claim));
    assertThat(linked.get(0).sideB()).extracting(Passage::id).containsExactly("ministry#1", "ministry#3");
    assertThat(linked.get(0).sideA()).extracting(Passage::id).containsExactly("courier#1");
    assertThat(linked.get(0).pairs()).hasSize(2);
  }
}
