package dev.corroborate.stance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.analysis.Sentence;
import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnitizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The learned model's features on invented claims and documents (none of the bundled corpus's or a
 * dataset's wording): each test names the feature that must be present or absent.
 */
class StanceFeaturesTest {
  private static final OpenNlpAnalyzer ANALYZER = new OpenNlpAnalyzer();
  private static final Lexicon LEXICON = Lexicon.shipped();
  private static final StanceEngine ENGINE =
      new StanceEngine(ANALYZER, new TermUnitizer(LEXICON, AliasTable.shipped()));
  private static final StanceFeatures FEATURES = new StanceFeatures(LEXICON);

  /** Features of a claim against a document, judged passage by passage as eval does. */
  static StanceFeatures.Vector features(String claim, String document) {
    ClaimFrame frame = ENGINE.frame(claim, IdfSource.uniform());
    List<StanceJudgement> judgements = new ArrayList<>();
    List<BodyStats> stats = new ArrayList<>();
    List<Token> all = new ArrayList<>();
    for (Sentence s : ANALYZER.analyze(document)) {
      judgements.add(ENGINE.judge(frame, s.tokens(), SourceVoice.none()));
      stats.add(BodyStats.of(s.tokens(), LEXICON));
      all.addAll(s.tokens());
    }
    double cover = ENGINE.judge(frame, all, SourceVoice.none()).coverage();
    return FEATURES.of(frame, judgements, stats, Stance.MENTIONS, cover, BodyStats.of(all, LEXICON));
  }

  static float value(StanceFeatures.Vector v, String name) {
    int i = v.names().indexOf(name);
    return i < 0 ? 0f : v.values()[i];
  }

  @Test
  void doubtWordsAreCountedApartFromRefutations() {
    List<Token> tokens = ANALYZER.analyze("Sceptical engineers say the video of the flying tractor was staged.")
        .get(0).tokens();
    BodyStats s = BodyStats.of(tokens, LEXICON);
    assertThat(s.doubts()).isEqualTo(2);
    assertThat(s.refutations()).isZero();
    assertThat(s.cueWords()).contains("doubt:" + dev.corroborate.analysis.Stemmer.key("staged"));
  }

  @Test
  void aDeniedRefutationWordIsNotARefutation() {
    for (String text : List.of("The three-legged horse is no hoax, its owner says.",
        "The owner denies the hoax claims.", "The photos are not fake.")) {
      BodyStats s = BodyStats.of(ANALYZER.analyze(text).get(0).tokens(), LEXICON);
      assertThat(s.cueWords()).as(text).contains("refute_denied").noneMatch(w -> w.startsWith("refute:h")
          || w.startsWith("refute:f"));
    }
    BodyStats plain = BodyStats.of(ANALYZER.analyze("The three-legged horse is a hoax, its owner says.").get(0).tokens(),
        LEXICON);
    assertThat(plain.refutations()).isEqualTo(1);
    assertThat(plain.cueWords()).doesNotContain("refute_denied");
    BodyStats far = BodyStats.of(ANALYZER.analyze("No one saw the horse, and the photos are a hoax.").get(0).tokens(),
        LEXICON);
    assertThat(far.refutations()).as("the negation is before a comma").isEqualTo(1);
  }

  @Test
  void doubtNearTheClaimAndInTheLede() {
    StanceFeatures.Vector v = features("A farmer in Tolvik built a flying tractor.",
        "Engineers are sceptical that a farmer in Tolvik built a flying tractor. "
            + "The harvest festival opens on Friday. Tickets cost five crowns.");
    assertThat(value(v, "near_doubt")).isPositive();
    assertThat(value(v, "lede_has_doubt")).isEqualTo(1f);
    assertThat(value(v, "doc_doubt")).isPositive();
    assertThat(v.names()).doesNotContain("lede_has_refutation", "near_refutation");
  }

  @Test
  void aPlainReportHasNoDoubtFeatures() {
    StanceFeatures.Vector v = features("A farmer in Tolvik built a flying tractor.",
        "A farmer in Tolvik built a flying tractor, neighbours said. It flew over the barn on Sunday.");
    assertThat(v.names()).doesNotContain("near_doubt", "lede_has_doubt", "doc_doubt", "best_has_doubt");
    assertThat(value(v, "near_attribution")).isPositive();
  }

  @Test
  void ledeRefutationCountsWhateverItShares() {
    StanceFeatures.Vector v = features("A farmer in Tolvik built a flying tractor.",
        "It is a hoax. A farmer in Tolvik did build a tractor, but it never left the ground.");
    assertThat(value(v, "lede_has_refutation")).isEqualTo(1f);
    assertThat(value(v, "lede_has_negation")).isEqualTo(1f);
  }

  @Test
  void aSubstitutedPredicateNearTheClaim() {
    StanceFeatures.Vector other = features("Mira Kessel is a senator.",
        "Mira Kessel is a fashion model from Aarhus. She opened a studio in May.");
    assertThat(value(other, "copula_substitution")).isEqualTo(1f);
    assertThat(other.names()).doesNotContain("copula_agreement");
    StanceFeatures.Vector same = features("Mira Kessel is a senator.",
        "Mira Kessel is a senator from Aarhus. She opened a studio in May.");
    assertThat(value(same, "copula_agreement")).isEqualTo(1f);
    assertThat(same.names()).doesNotContain("copula_substitution");
  }

  @Test
  void theClaimsNumberFoundOrAnotherNumberNearItsContent() {
    StanceFeatures.Vector found = features("The Tolvik ferry carried 412 passengers.",
        "The Tolvik ferry carried 412 passengers on its first crossing.");
    assertThat(value(found, "claim_number")).isEqualTo(1f);
    assertThat(value(found, "claim_number_found")).isEqualTo(1f);
    assertThat(found.names()).doesNotContain("claim_number_mismatch");
    StanceFeatures.Vector other = features("The Tolvik ferry carried 412 passengers.",
        "The Tolvik ferry carried 95 passengers on its first crossing.");
    assertThat(value(other, "claim_number_mismatch")).isEqualTo(1f);
    assertThat(other.names()).doesNotContain("claim_number_found");
    assertThat(features("The Tolvik ferry carried passengers.", "The Tolvik ferry carried 95 passengers.").names())
        .doesNotContain("claim_number", "claim_number_mismatch");
  }

  private static String key(String word) {
    return dev.corroborate.analysis.Stemmer.key(word);
  }

  @Test
  void wordsNearTheClaimAndInTheLedeAreFeaturesButNotTheClaimsOwnWords() {
    StanceFeatures.Vector v = features("A farmer in Tolvik built a flying tractor.",
        "A hoax site claims a farmer in Tolvik built a flying tractor. The harvest festival opens on Friday. "
            + "Tickets cost five crowns at the gate.");
    assertThat(v.names()).contains(StanceFeatures.NEAR_WORD + key("hoax"), StanceFeatures.NEAR_WORD + key("site"))
        .doesNotContain(StanceFeatures.NEAR_WORD + key("tractor"), StanceFeatures.NEAR_WORD + key("festival"));
    assertThat(v.names()).contains(StanceFeatures.LEDE_WORD + key("festival"))
        .doesNotContain(StanceFeatures.LEDE_WORD + key("farmer"), StanceFeatures.LEDE_WORD + key("ticket"));
  }

  @Test
  void wordPairsNearTheClaimKeepFunctionWords() {
    StanceFeatures.Vector v = features("A farmer in Tolvik built a flying tractor.",
        "It is not true that a farmer in Tolvik built a flying tractor.");
    assertThat(v.names()).contains(StanceFeatures.NEAR_BIGRAM + "not_true", StanceFeatures.NEAR_BIGRAM + "be_not");
  }

  @Test
  void polarityOfTheClaimAgainstItsBestPassageIsOneFeaturePerCombination() {
    assertThat(features("The mayor of Tolvik did not sign the harbour budget.",
        "The mayor of Tolvik signed the harbour budget on Monday.").names()).contains("polarity_negation=c-");
    assertThat(features("The mayor of Tolvik signed the harbour budget.",
        "The mayor of Tolvik never signed the harbour budget.").names()).contains("polarity_negation=-d");
    assertThat(features("The mayor of Tolvik signed the harbour budget.",
        "The mayor of Tolvik signed the harbour budget on Monday.").names()).contains("polarity_negation=--");
  }

  @Test
  void cosineWithTheNormGivenIsTheCosine() {
    BodyStats body = BodyStats.of(tokensOf("Flood water closed the bridge. The bridge reopened after the flood."), LEXICON);
    java.util.Map<String, Integer> claim = java.util.Map.of(body.termCounts().keySet().iterator().next(), 2, "unseenkey", 1);
    IdfSource idf = key -> 1 + key.length() / 10.0;
    double expected = cosineByDefinition(body.termCounts(), claim, idf);
    assertThat(body.cosine(claim, idf)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(body.cosine(claim, idf, body.squaredNorm(idf))).isEqualTo(body.cosine(claim, idf));
    assertThat(body.cosine(body.termCounts(), idf)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(body.cosine(java.util.Map.of("unseenkey", 3), idf)).isZero();
  }

  private static List<Token> tokensOf(String text) {
    List<Token> out = new ArrayList<>();
    ANALYZER.analyze(text).forEach(s -> out.addAll(s.tokens()));
    return out;
  }

  /** TF-IDF cosine written out over the union of keys. */
  private static double cosineByDefinition(java.util.Map<String, Integer> a, java.util.Map<String, Integer> b,
      IdfSource idf) {
    java.util.Set<String> keys = new java.util.TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (String k : keys) {
      double x = a.getOrDefault(k, 0) * idf.idf(k);
      double y = b.getOrDefault(k, 0) * idf.idf(k);
      dot += x * y;
      na += x * x;
      nb += y * y;
    }
    return dot / Math.sqrt(na * nb);
  }
}
