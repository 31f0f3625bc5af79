package dev.corroborate.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.corroborate.analysis.Stemmer;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LexiconTest {
  private static Lexicon lexicon;
  private static Lexicon.CueFile cues;

  @BeforeAll
  static void load() throws Exception {
    lexicon = Lexicon.shipped();
    try (InputStream in = Lexicon.class.getResourceAsStream("cues.yaml")) {
      cues = new ObjectMapper(new YAMLFactory()).readValue(in, Lexicon.CueFile.class);
    }
  }

  private static String key(String word) {
    return Stemmer.key(word);
  }

  @Test
  void shippedCueFileHasEveryList() {
    assertThat(List.of(cues.negations(), cues.refutations(), cues.hedges(), cues.attributions(),
        cues.noncommittal(), cues.declines(), cues.othersOfKind(), cues.light(), cues.titles(), cues.clauseBoundaries(),
        cues.selfReferences(), cues.stopwords(), cues.temporal()))
        .allSatisfy(list -> assertThat(list).isNotEmpty());
    assertThat(cues.synonyms()).isNotEmpty();
    assertThat(cues.antonyms()).isNotEmpty().allSatisfy(pair -> assertThat(pair).hasSize(2));
  }

  /** Each list of cues.yaml is read into its own lookup: a mix-up of two lists fails here. */
  @Test
  void everyShippedWordIsFoundByItsOwnLookup() {
    assertAllByLemma(cues.negations(), lexicon::isNegation, "negation");
    assertAllByLemma(cues.hedges(), lexicon::isHedge, "hedge");
    assertAllByKey(cues.refutations(), lexicon::isRefutation, "refutation");
    assertAllByKey(cues.attributions(), lexicon::isAttribution, "attribution");
    assertAllByKey(cues.noncommittal(), lexicon::isNoncommittal, "noncommittal");
    assertAllByKey(cues.declines(), lexicon::isDecline, "decline");
    assertAllByLemma(cues.othersOfKind(), lexicon::isOtherOfKind, "other of kind");
    assertAllByKey(cues.light(), lexicon::isLight, "light");
    assertAllByKey(cues.titles(), lexicon::isTitle, "title");
    assertAllByKey(cues.clauseBoundaries(), lexicon::isClauseBoundary, "clause boundary");
    assertAllByKey(cues.selfReferences(), lexicon::isSelfReference, "self reference");
    assertAllByKey(cues.stopwords(), lexicon::isStopword, "stopword");
    assertAllByKey(cues.temporal(), lexicon::isTemporal, "temporal");
  }

  private static void assertAllByLemma(List<String> words, Predicate<String> lookup, String what) {
    assertThat(words).as(what).allSatisfy(w -> assertThat(lookup.test(w.toLowerCase(Locale.ROOT))).as("%s %s", what, w).isTrue());
  }

  private static void assertAllByKey(List<String> words, Predicate<String> lookup, String what) {
    assertThat(words).as(what).allSatisfy(w -> assertThat(lookup.test(key(w))).as("%s %s", what, w).isTrue());
  }

  @Test
  void negationsAreLookedUpByLemma() {
    assertThat(lexicon.isNegation("not")).isTrue();
    assertThat(lexicon.isNegation("n't")).isTrue();
    assertThat(lexicon.isNegation("never")).isTrue();
    assertThat(lexicon.isNegation("no")).isTrue();
    assertThat(lexicon.isNegation("note")).isFalse();
    assertThat(lexicon.isNegation("know")).isFalse();
    assertThat(lexicon.isNegation("now")).isFalse();
  }

  @Test
  void hedgesAreLookedUpByLemmaSoReportIsNotReportedly() {
    assertThat(key("reportedly")).as("the stems collide").isEqualTo(key("report"));
    assertThat(lexicon.isHedge("reportedly")).isTrue();
    assertThat(lexicon.isHedge("allegedly")).isTrue();
    assertThat(lexicon.isHedge("report")).isFalse();
    assertThat(lexicon.isHedge("allege")).isFalse();
    assertThat(lexicon.isHedge("say")).isFalse();
  }

  @Test
  void otherListsAreLookedUpByKeySoInflectionsMatch() {
    assertThat(lexicon.isRefutation(key("denied"))).isTrue();
    assertThat(lexicon.isRefutation(key("rejects"))).isTrue();
    assertThat(lexicon.isRefutation(key("accepted"))).isFalse();
    assertThat(lexicon.isAttribution(key("say"))).isTrue();
    assertThat(lexicon.isAttribution(key("reported"))).isTrue();
    assertThat(lexicon.isAttribution(key("initiated"))).isFalse();
    assertThat(lexicon.isDecline(key("declined"))).isTrue();
    assertThat(lexicon.isNoncommittal(key("commenting"))).isTrue();
    assertThat(lexicon.isTitle(key("President"))).isTrue();
    assertThat(lexicon.isTitle(key("ministers"))).isTrue();
    assertThat(lexicon.isTitle(key("Trump"))).isFalse();
    assertThat(lexicon.isTemporal(key("November"))).isTrue();
    assertThat(lexicon.isTemporal(key("Mondays"))).isTrue();
    assertThat(lexicon.isTemporal(key("call"))).isFalse();
    assertThat(lexicon.isLight(key("made"))).isFalse();
    assertThat(lexicon.isLight(key("make"))).isTrue();
    assertThat(lexicon.isClauseBoundary("that")).isTrue();
    assertThat(lexicon.isSelfReference(key("statements"))).isTrue();
    assertThat(lexicon.isStopword("the")).isTrue();
    assertThat(lexicon.isStopword(key("China"))).isFalse();
  }

  @Test
  void synonymsShareAGroupAndExcludeTheWordItself() {
    Set<String> ofAdvise = lexicon.synonyms(key("advise"));

    assertThat(ofAdvise).contains(key("urge"), key("recommend"), key("counsel")).doesNotContain(key("advise"));
    assertThat(lexicon.synonymGroups(key("advised"))).isNotEmpty()
        .isEqualTo(lexicon.synonymGroups(key("urge")));
    assertThat(lexicon.synonymGroups(key("advise"))).allSatisfy(g -> assertThat(g).startsWith("syn:"));
    assertThat(lexicon.synonyms(key("Takaichi"))).isEmpty();
    assertThat(lexicon.synonymGroups(key("Takaichi"))).isEmpty();
  }

  @Test
  void aWordInTwoGroupsHasTheSynonymsOfBoth() {
    Set<String> ofRaise = lexicon.synonyms(key("raise"));

    assertThat(lexicon.synonymGroups(key("raise"))).hasSize(2);
    assertThat(ofRaise).contains(key("discuss"), key("increase"));
    assertThat(lexicon.synonyms(key("discuss"))).doesNotContain(key("increase"));
  }

  @Test
  void synonymsAreSymmetric() {
    for (List<String> group : cues.synonyms()) {
      for (String w : group) {
        for (String s : lexicon.synonyms(key(w))) {
          assertThat(lexicon.synonyms(s)).as("synonyms of %s (synonym of %s)", s, w).contains(key(w));
        }
        for (String other : group) {
          if (!key(other).equals(key(w))) {
            assertThat(lexicon.synonyms(key(w))).as("synonyms of %s", w).contains(key(other));
          }
        }
      }
    }
  }

  @Test
  void antonymsAreSymmetric() {
    for (List<String> pair : cues.antonyms()) {
      String a = key(pair.get(0));
      String b = key(pair.get(1));
      assertThat(lexicon.antonyms(a)).as("antonyms of %s", a).contains(b);
      assertThat(lexicon.antonyms(b)).as("antonyms of %s", b).contains(a);
    }
    assertThat(lexicon.antonyms(key("increase"))).contains(key("decrease"), key("cut"));
    assertThat(lexicon.antonyms(key("confirmed"))).containsExactly(key("deny"));
    assertThat(lexicon.antonyms(key("call"))).isEmpty();
  }

  @Test
  void synonymsAreACopyTheCallerMayChange() {
    Set<String> synonyms = lexicon.synonyms(key("advise"));
    synonyms.clear();

    assertThat(lexicon.synonyms(key("advise"))).isNotEmpty();
  }
}
