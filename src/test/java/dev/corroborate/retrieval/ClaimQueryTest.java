package dev.corroborate.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.corroborate.analysis.Stemmer;
import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnit;
import dev.corroborate.lexicon.TermUnit.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClaimQueryTest {
  private static final Lexicon LEXICON = Lexicon.shipped();
  private static final AliasTable ALIASES = AliasTable.shipped();

  private static String key(String word) {
    return Stemmer.key(word);
  }

  private static TermUnit unit(Kind kind, String head, String... keys) {
    Set<String> all = keys.length == 0 ? Set.of(head) : Set.of(keys);
    return new TermUnit(0, 1, kind, all, head, head);
  }

  private static Map<List<String>, Float> boosts(List<QueryTerm> terms) {
    return terms.stream().collect(Collectors.toMap(QueryTerm::keys, QueryTerm::boost));
  }

  @Test
  void entityMatchesEveryAliasPhraseAtDoubleWeight() {
    List<QueryTerm> terms = ClaimQuery.of(List.of(unit(Kind.ENTITY, "@china")), LEXICON, ALIASES);

    assertThat(terms).extracting(QueryTerm::keys)
        .containsExactlyInAnyOrderElementsOf(ALIASES.phrasesOf("@china").stream().map(AliasTable.Phrase::keys).toList());
    assertThat(terms).extracting(QueryTerm::keys).contains(List.of("china"), List.of(key("Beijing")),
        List.of(key("People"), "'s", key("Republic"), "of", "china"));
    assertThat(terms).allSatisfy(t -> assertThat(t.boost()).isEqualTo(2.0f));
  }

  @Test
  void nameMatchesEachOfItsWordsAtDoubleWeight() {
    List<QueryTerm> terms = ClaimQuery.of(List.of(unit(Kind.NAME, key("Jinping"), "xi", key("Jinping"))), LEXICON, ALIASES);

    assertThat(terms).extracting(QueryTerm::keys, QueryTerm::boost)
        .containsExactlyInAnyOrder(tuple(List.of("xi"), 2.0f), tuple(List.of(key("Jinping")), 2.0f));
  }

  @Test
  void contentWordMatchesItselfOnceAndItsSynonymsAtHalfWeight() {
    List<QueryTerm> terms = ClaimQuery.of(List.of(unit(Kind.VERB, key("advise"))), LEXICON, ALIASES);

    assertThat(terms.get(0)).extracting(QueryTerm::keys, QueryTerm::boost).containsExactly(List.of(key("advise")), 1.0f);
    assertThat(boosts(terms)).containsEntry(List.of(key("urge")), 0.5f)
        .containsEntry(List.of(key("recommend")), 0.5f)
        .hasSize(1 + LEXICON.synonyms(key("advise")).size());
  }

  @Test
  void aWordAndItsSynonymsAreOneGroup() {
    List<QueryTerm> terms = ClaimQuery.of(List.of(unit(Kind.VERB, key("advise"))), LEXICON, ALIASES);

    assertThat(terms).extracting(QueryTerm::group).doesNotContainNull().containsOnly(terms.get(0).group());
  }

  @Test
  void theAliasPhrasesOfAnEntityAreOneGroupApartFromOtherUnits() {
    List<QueryTerm> terms = ClaimQuery.of(List.of(unit(Kind.ENTITY, "@china"), unit(Kind.ENTITY, "@japan"),
        unit(Kind.VERB, key("advise"))), LEXICON, ALIASES);
    Map<List<String>, String> groups = terms.stream().collect(Collectors.toMap(QueryTerm::keys, QueryTerm::group));

    String china = groups.get(List.of("china"));
    String japan = groups.get(List.of("japan"));
    assertThat(china).isNotNull().isEqualTo(groups.get(List.of(key("Beijing"))))
        .isEqualTo(groups.get(List.of(key("People"), "'s", key("Republic"), "of", "china")));
    assertThat(japan).isNotNull().isEqualTo(groups.get(List.of(key("Tokyo")))).isNotEqualTo(china);
    assertThat(groups.get(List.of(key("advise")))).isNotNull().isNotIn(china, japan);
  }

  @Test
  void aKeyWantedTwiceIsInTheGroupThatWeighsItMost() {
    for (List<TermUnit> units : List.of(
        List.of(unit(Kind.VERB, key("advise")), unit(Kind.VERB, key("urge"))),
        List.of(unit(Kind.VERB, key("urge")), unit(Kind.VERB, key("advise"))))) {
      Map<List<String>, String> groups = ClaimQuery.of(units, LEXICON, ALIASES).stream()
          .collect(Collectors.toMap(QueryTerm::keys, t -> String.valueOf(t.group())));

      assertThat(groups.get(List.of(key("urge")))).isNotEqualTo(groups.get(List.of(key("advise"))));
    }
  }

  @Test
  void namesAndWordsWithoutSynonymsStandAlone() {
    List<QueryTerm> terms = ClaimQuery.of(List.of(unit(Kind.NAME, key("Jinping"), "xi", key("Jinping")),
        unit(Kind.WORD, key("frigate"))), LEXICON, ALIASES);

    assertThat(terms).extracting(QueryTerm::group).containsOnlyNulls();
  }

  @Test
  void aWordInTheClaimKeepsFullWeightEvenWhenItIsAlsoASynonym() {
    for (List<TermUnit> units : List.of(
        List.of(unit(Kind.VERB, key("advise")), unit(Kind.VERB, key("urge"))),
        List.of(unit(Kind.VERB, key("urge")), unit(Kind.VERB, key("advise"))))) {
      Map<List<String>, Float> boosts = boosts(ClaimQuery.of(units, LEXICON, ALIASES));

      assertThat(boosts).containsEntry(List.of(key("advise")), 1.0f).containsEntry(List.of(key("urge")), 1.0f);
    }
  }

  @Test
  void nameBeatsTheSameKeyAsAWord() {
    Map<List<String>, Float> boosts = boosts(ClaimQuery.of(
        List.of(unit(Kind.WORD, "trump"), unit(Kind.NAME, "trump")), LEXICON, ALIASES));

    assertThat(boosts).containsExactly(Map.entry(List.of("trump"), 2.0f));
  }

  @Test
  void lightVerbsAreLeftOut() {
    assertThat(ClaimQuery.of(List.of(unit(Kind.VERB, "say"), unit(Kind.VERB, "have"), unit(Kind.VERB, "make")),
        LEXICON, ALIASES)).isEmpty();
  }

  @Test
  void numbersAndWordsWithoutSynonymsAreSingleTerms() {
    List<QueryTerm> terms = ClaimQuery.of(List.of(unit(Kind.NUMBER, "24"), unit(Kind.WORD, key("frigate"))),
        LEXICON, ALIASES);

    assertThat(terms).containsExactly(QueryTerm.of("24", 1.0f), QueryTerm.of(key("frigate"), 1.0f));
  }

  @Test
  void noUnitsNoTerms() {
    assertThat(ClaimQuery.of(List.of(), LEXICON, ALIASES)).isEmpty();
  }

  @Test
  void queryTermValidates() {
    assertThatThrownBy(() -> new QueryTerm(List.of(), 1f)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QueryTerm.of("x", 0f)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QueryTerm.of("x", -1f)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QueryTerm.of("x", Float.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThat(QueryTerm.of("x", 1f).keys()).containsExactly("x");
    assertThat(QueryTerm.of("x", 1f).group()).isNull();
    assertThat(new QueryTerm(List.of("x"), 1f)).isEqualTo(QueryTerm.of("x", 1f));
    assertThat(QueryTerm.of("x", 1f).inGroup("g").group()).isEqualTo("g");
    assertThatThrownBy(() -> new QueryTerm(List.of("x"), 1f, " ")).isInstanceOf(IllegalArgumentException.class);
  }
}
