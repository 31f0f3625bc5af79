package dev.corroborate.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.corroborate.analysis.Compounds;
import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.analysis.Sentence;
import dev.corroborate.analysis.Stemmer;
import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.TermUnit.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TermUnitizerTest {
  private static OpenNlpAnalyzer analyzer;
  private static final Lexicon LEXICON = Lexicon.shipped();
  private static final TermUnitizer UNITIZER = new TermUnitizer(LEXICON, AliasTable.shipped());

  @BeforeAll
  static void loadModels() {
    analyzer = new OpenNlpAnalyzer();
  }

  private static String key(String word) {
    return Stemmer.key(word);
  }

  /** Tokens built by hand: "word/POS" or "word/POS/lemma", separated by spaces. */
  private static List<Token> handTokens(String spec) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String item : spec.split(" ")) {
      String[] f = item.split("/");
      String lemma = f.length > 2 ? f[2] : f[0].toLowerCase(java.util.Locale.ROOT);
      out.add(new Token(f[0], lemma, f[1], key(lemma), offset, offset + f[0].length()));
      offset += f[0].length() + 1;
    }
    return out;
  }

  private static List<TermUnit> analysed(String text) {
    List<Sentence> sentences = analyzer.analyze(text);
    assertThat(sentences).as("sentences of %s", text).hasSize(1);
    return UNITIZER.units(sentences.get(0).tokens());
  }

  @Nested
  class HandBuiltTokens {
    @Test
    void titleWordsAreLeftOutOfANamesKeys() {
      List<TermUnit> units = UNITIZER.units(handTokens("President/PROPN Xi/PROPN Jinping/PROPN spoke/VERB/speak"));

      assertThat(units).hasSize(2);
      assertThat(units.get(0)).extracting(TermUnit::from, TermUnit::to, TermUnit::kind, TermUnit::display, TermUnit::head)
          .containsExactly(0, 3, Kind.NAME, "President Xi Jinping", key("Jinping"));
      assertThat(units.get(0).keys()).containsExactlyInAnyOrder("xi", key("Jinping"));
      assertThat(units.get(1)).extracting(TermUnit::kind, TermUnit::head).containsExactly(Kind.VERB, "speak");
    }

    @Test
    void aNameOfOnlyTitlesKeepsItsLastWord() {
      List<TermUnit> units = UNITIZER.units(handTokens("the/DET President/PROPN spoke/VERB/speak"));

      assertThat(units.get(0)).extracting(TermUnit::kind, TermUnit::keys, TermUnit::head)
          .containsExactly(Kind.NAME, Set.of(key("President")), key("President"));
    }

    @Test
    void aliasIsAnEntityAndEndsARunOfNames() {
      List<TermUnit> units = UNITIZER.units(handTokens("Premier/PROPN Li/PROPN Beijing/PROPN officials/NOUN/official"));

      assertThat(units).extracting(TermUnit::from, TermUnit::to, TermUnit::kind, TermUnit::keys)
          .containsExactly(
              tuple(0, 2, Kind.NAME, Set.of("li")),
              tuple(2, 3, Kind.ENTITY, Set.of("@china")),
              tuple(3, 4, Kind.WORD, Set.of(key("official"), Compounds.PREFIX + key("officials"))));
    }

    @Test
    void longestAliasPhraseWins() {
      List<TermUnit> units = UNITIZER.units(handTokens(
          "the/DET People/PROPN 's/PART Republic/PROPN of/ADP China/PROPN protested/VERB/protest"));

      assertThat(units.get(0)).extracting(TermUnit::from, TermUnit::to, TermUnit::kind, TermUnit::head, TermUnit::display)
          .containsExactly(1, 6, Kind.ENTITY, "@china", "People 's Republic of China");
      assertThat(units.get(1).kind()).isEqualTo(Kind.VERB);
    }

    @Test
    void pronounOrDeterminerNeverStartsAnAlias() {
      // "us" with the key of "US": a pronoun, so never the United States
      List<TermUnit> units = UNITIZER.units(handTokens("told/VERB/tell us/PRON/us about/ADP it/PRON"));

      assertThat(units).extracting(TermUnit::kind).containsExactly(Kind.VERB);
      assertThat(UNITIZER.units(handTokens("US/PROPN/us officials/NOUN/official")).get(0).keys())
          .containsExactly(AliasTable.conceptId("United States"));
    }

    @Test
    void capitalisedCalendarWordIsANumberAndStopsAName() {
      List<TermUnit> units = UNITIZER.units(handTokens("Xi/PROPN November/PROPN 24/NUM"));

      assertThat(units).extracting(TermUnit::kind, TermUnit::display)
          .containsExactly(tuple(Kind.NAME, "Xi"), tuple(Kind.NUMBER, "November"), tuple(Kind.NUMBER, "24"));
    }

    @Test
    void lowerCaseModalMayIsNoDate() {
      List<TermUnit> units = UNITIZER.units(handTokens("they/PRON may/AUX go/VERB"));

      assertThat(units).extracting(TermUnit::kind, TermUnit::display).containsExactly(tuple(Kind.VERB, "go"));
    }

    @Test
    void contentWordsCarryTheirSynonymGroupsAndSurfaceKey() {
      List<TermUnit> units = UNITIZER.units(handTokens("advised/VERB/advise ship/NOUN said/VERB/say 3/NUM"));

      assertThat(units).extracting(TermUnit::kind).containsExactly(Kind.VERB, Kind.WORD, Kind.VERB, Kind.NUMBER);
      assertThat(units.get(0).keys()).contains(key("advise")).containsAll(LEXICON.synonymGroups(key("advise")));
      assertThat(LEXICON.synonymGroups(key("advise"))).isNotEmpty();
      assertThat(units.get(0).head()).isEqualTo(key("advise"));
      assertThat(units.get(1).keys()).containsAll(LEXICON.synonymGroups(key("ship")));
      assertThat(units.get(2).keys()).contains("say", "said");
      assertThat(units.get(3).keys()).containsExactly("3");
    }

    @Test
    void glueWordsAndPunctuationMakeNoUnits() {
      assertThat(UNITIZER.units(handTokens("the/DET of/ADP and/CCONJ ./PUNCT it/PRON"))).isEmpty();
      assertThat(UNITIZER.units(List.of())).isEmpty();
    }

    @Test
    void matchableKeysCoverTokensSynonymsAndUnits() {
      List<Token> tokens = handTokens("Beijing/PROPN advised/VERB/advise");
      List<TermUnit> units = UNITIZER.units(tokens);

      assertThat(UNITIZER.matchableKeys(tokens, units))
          .contains(key("Beijing"), "@china", key("advise"))
          .containsAll(LEXICON.synonymGroups(key("advise")));
    }

    @Test
    void termUnitValidatesItsRange() {
      assertThatThrownBy(() -> new TermUnit(2, 2, Kind.WORD, Set.of("x"), "x", "x"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new TermUnit(-1, 1, Kind.WORD, Set.of("x"), "x", "x"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(new TermUnit(0, 1, Kind.ENTITY, Set.of("@x"), "X", "@x").isEntity()).isTrue();
      assertThat(new TermUnit(0, 1, Kind.VERB, Set.of("x"), "x", "x").isEntity()).isFalse();
    }
  }

  @Nested
  class AnalysedText {
    @Test
    void presidentXiJinpingIsOneNameWithoutTheTitle() {
      List<TermUnit> units = analysed("President Xi Jinping spoke with Trump.");

      assertThat(units.get(0)).extracting(TermUnit::kind, TermUnit::display)
          .containsExactly(Kind.NAME, "President Xi Jinping");
      assertThat(units.get(0).keys()).containsExactlyInAnyOrder("xi", key("Jinping"))
          .doesNotContain(key("President"));
    }

    @Test
    void capitalIsAnEntityOfItsCountry() {
      assertThat(analysed("Officials in Beijing protested.")).filteredOn(u -> u.kind() == Kind.ENTITY)
          .singleElement()
          .extracting(TermUnit::display, TermUnit::keys, TermUnit::head)
          .containsExactly("Beijing", Set.of("@china"), "@china");
    }

    @Test
    void multiWordAliasIsOneEntity() {
      assertThat(analysed("The People's Republic of China protested."))
          .filteredOn(u -> u.kind() == Kind.ENTITY)
          .singleElement()
          .extracting(TermUnit::display, TermUnit::head)
          .containsExactly("People 's Republic of China", "@china");
    }

    @Test
    void monthsAndWeekdaysAreNumbers() {
      List<TermUnit> units = analysed("They spoke on Monday, November 24.");

      assertThat(units).filteredOn(u -> u.kind() == Kind.NUMBER).extracting(TermUnit::display)
          .containsExactly("Monday", "November", "24");
    }

    @Test
    void pronounUsNeverMatchesTheAliasUs() {
      assertThat(analysed("They told us about it.")).noneMatch(u -> u.kind() == Kind.ENTITY);
      assertThat(analysed("Let us go to the US.")).filteredOn(u -> u.kind() == Kind.ENTITY)
          .singleElement().extracting(TermUnit::display).isEqualTo("US");
    }

    @Test
    void abbreviatedAliasAtTheSentenceEndIsAnEntity() {
      assertThat(analysed("The talks were held in the U.K.")).filteredOn(u -> u.kind() == Kind.ENTITY)
          .singleElement().extracting(TermUnit::head).isEqualTo(AliasTable.conceptId("United Kingdom"));
      assertThat(analysed("Officials of the E.U. met in Brussels on Monday.")).filteredOn(u -> u.kind() == Kind.ENTITY)
          .extracting(TermUnit::head).containsOnly(AliasTable.conceptId("European Union"));
    }
  }
}
