package dev.corroborate.stance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.analysis.Stemmer;
import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnitizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DescriptorsTest {
  private static final OpenNlpAnalyzer ANALYZER = new OpenNlpAnalyzer();
  private static final TermUnitizer UNITIZER = new TermUnitizer(Lexicon.shipped(), AliasTable.shipped());

  private static Descriptors of(String... sentences) {
    return Descriptors.find(List.of(sentences).stream()
        .map(s -> new SentenceView(ANALYZER.analyze(s).get(0).tokens(), UNITIZER)).toList());
  }

  private static Descriptors withTitles(String... sentences) {
    return Descriptors.find(List.of(sentences).stream()
        .map(s -> new SentenceView(ANALYZER.analyze(s).get(0).tokens(), UNITIZER)).toList(), Lexicon.shipped());
  }

  @Test
  void aWholeTitleBeforeANameIsGivenToThatOnePersonOnly() {
    Descriptors d = withTitles("Prime Minister Samuel Okoro spoke.", "Deputy Minister Ravi Mehta left.",
        "Prime Minister Okoro met them.");
    assertThat(d.nameForTitle("prime minist")).isEqualTo(Set.of("samuel", "okoro"));
    assertThat(d.nameForTitle("deputi minist")).isEqualTo(Set.of("ravi", "mehta"));
    assertThat(d.nameForTitle("minist")).isNull();
    assertThat(withTitles("Prime Minister Samuel Okoro spoke.", "Prime Minister Ada Mensah spoke.")
        .nameForTitle("prime minist")).as("two people").isNull();
    assertThat(of("Prime Minister Samuel Okoro spoke.").nameForTitle("prime minist")).as("no lexicon").isNull();
  }

  @Test
  void aNounRightBeforeANameDescribesIt() {
    Descriptors d = of("The navy escorted the container ship Marla Quist to port.");
    assertThat(d.namesFor(Stemmer.key("ship"))).containsExactly(Set.of(Stemmer.key("marla"), Stemmer.key("quist")));
  }

  @Test
  void aNounPhraseSetOffAfterANameDescribesIt() {
    Descriptors d = of("The paintings are insured by Halden Mutual, the museum's insurer, for four million.");
    assertThat(d.namesFor(Stemmer.key("insurer"))).containsExactly(Set.of(Stemmer.key("halden"), Stemmer.key("mutual")));
  }

  @Test
  void aNameAloneOrFollowedByAClauseIsNotDescribed() {
    assertThat(of("Marla Quist lost power.", "Marla Quist, which sailed on Monday, lost power.").namesByNoun())
        .isEmpty();
  }
}
