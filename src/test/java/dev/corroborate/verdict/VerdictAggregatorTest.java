package dev.corroborate.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.analysis.Passage;
import dev.corroborate.analysis.Sentence;
import dev.corroborate.claims.Claim;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.corpus.SourceKind;
import dev.corroborate.stance.Attribution;
import dev.corroborate.stance.Cue;
import dev.corroborate.stance.Stance;
import dev.corroborate.stance.StanceJudgement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerdictAggregatorTest {
  private final VerdictAggregator aggregator = new VerdictAggregator();
  private final Claim claim = new Claim("c1", "The bridge reopened.", Verdict.SUPPORTED, 3);

  private static SourceDocument source(String id, SourceKind kind, String date) {
    return new SourceDocument(id, "t", "Pub " + id, kind, date == null ? null : LocalDate.parse(date), null, "en",
        null, id + ".md", "h", "");
  }

  private static VerdictAggregator.Judged judged(String source, int ordinal, Stance stance, double conf,
      boolean own, String holder) {
    String text = "Passage " + ordinal + " of " + source + ".";
    Passage p = new Passage(source, ordinal, new Sentence(0, text.length(), text, List.of()));
    Attribution a = new Attribution(own ? "" : holder, own, 0, 0);
    StanceJudgement j = new StanceJudgement(stance, conf, 0.8,
        List.of(new Cue(Cue.Kind.MATCH, "bridge", "shares 'bridge'")), List.of("bridge"), a);
    return new VerdictAggregator.Judged(p, j);
  }

  private final Map<String, SourceDocument> sources = Map.of(
      "a", source("a", SourceKind.PRESS_REPORT, "2024-01-02"),
      "b", source("b", SourceKind.OFFICIAL_STATEMENT, "2024-01-01"),
      "c", source("c", SourceKind.ANALYSIS, null));

  @Test
  void verdictTable() {
    assertThat(Verdict.of(true, false)).isEqualTo(Verdict.SUPPORTED);
    assertThat(Verdict.of(false, true)).isEqualTo(Verdict.CONTRADICTED);
    assertThat(Verdict.of(true, true)).isEqualTo(Verdict.CONTESTED);
    assertThat(Verdict.of(false, false)).isEqualTo(Verdict.UNVERIFIED);
  }

  @Test
  void supportAndContradictionFromDifferentSourcesIsContested() {
    ClaimResult r = aggregator.aggregate(claim, List.of(
        judged("a", 0, Stance.SUPPORTS, 0.9, true, ""),
        judged("b", 1, Stance.CONTRADICTS, 0.8, true, "")), sources);
    assertThat(r.verdict()).isEqualTo(Verdict.CONTESTED);
    assertThat(r.unexpected()).isTrue();
    assertThat(r.sources()).extracting(s -> s.source().id()).containsExactly("a", "b");
    assertThat(r.reason()).contains("1 source supports it").contains("1 source contradicts it");
  }

  @Test
  void silentPassagesLeaveTheSourceOut() {
    ClaimResult r = aggregator.aggregate(claim, List.of(
        judged("a", 0, Stance.SUPPORTS, 0.9, true, ""),
        judged("b", 0, Stance.UNRELATED, 0.9, true, "")), sources);
    assertThat(r.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(r.unexpected()).isFalse();
    assertThat(r.sources()).extracting(s -> s.source().id()).containsExactly("a");
  }

  @Test
  void onlyMentionsIsUnverified() {
    ClaimResult r = aggregator.aggregate(claim, List.of(judged("c", 0, Stance.MENTIONS, 0.4, true, "")), sources);
    assertThat(r.verdict()).isEqualTo(Verdict.UNVERIFIED);
    assertThat(r.sources().get(0).stance()).isEqualTo(Stance.MENTIONS);
    assertThat(r.reason()).startsWith("no source supports or contradicts it");
    assertThat(aggregator.aggregate(claim, List.of(), sources).reason()).isEqualTo("no source addresses it");
  }

  @Test
  void ownVoiceOutweighsRelayedSpeech() {
    ClaimResult r = aggregator.aggregate(claim, List.of(
        judged("c", 0, Stance.CONTRADICTS, 0.95, false, "Officials"),
        judged("c", 1, Stance.SUPPORTS, 0.6, true, "")), sources);
    assertThat(r.sources().get(0).stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(r.sources().get(0).reason()).contains("own words");
  }

  @Test
  void sourceRelayingBothSidesOnlyMentions() {
    ClaimResult r = aggregator.aggregate(claim, List.of(
        judged("c", 0, Stance.SUPPORTS, 0.7, false, "the Courier"),
        judged("c", 1, Stance.CONTRADICTS, 0.7, false, "the mayor")), sources);
    SourceAssessment c = r.sources().get(0);
    assertThat(c.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(c.reason()).contains("relays both sides").contains("the Courier").contains("the mayor");
    assertThat(r.verdict()).isEqualTo(Verdict.UNVERIFIED);
  }

  @Test
  void oneSidedRelayedSpeechCountsWithItsStance() {
    ClaimResult r = aggregator.aggregate(claim, List.of(
        judged("a", 0, Stance.CONTRADICTS, 0.7, false, "the engineer")), sources);
    assertThat(r.verdict()).isEqualTo(Verdict.CONTRADICTED);
    assertThat(r.sources().get(0).evidence().get(0).attributedTo()).isEqualTo("the engineer");
  }

  @Test
  void evidenceIsStrongestFirstAndCapped() {
    ClaimResult r = aggregator.aggregate(claim, List.of(
        judged("a", 0, Stance.SUPPORTS, 0.5, true, ""),
        judged("a", 1, Stance.SUPPORTS, 0.9, true, ""),
        judged("a", 2, Stance.SUPPORTS, 0.7, true, ""),
        judged("a", 3, Stance.SUPPORTS, 0.6, true, "")), sources);
    SourceAssessment a = r.sources().get(0);
    assertThat(a.evidence()).hasSize(VerdictAggregator.MAX_EVIDENCE);
    assertThat(a.evidence()).extracting(Evidence::passageId).containsExactly("a#1", "a#2", "a#3");
    assertThat(a.confidence()).isEqualTo(0.9);
  }

  @Test
  void sourcesOrderedByStanceThenDateThenId() {
    ClaimResult r = aggregator.aggregate(claim, List.of(
        judged("c", 0, Stance.MENTIONS, 0.4, true, ""),
        judged("a", 0, Stance.SUPPORTS, 0.9, true, ""),
        judged("b", 0, Stance.SUPPORTS, 0.9, true, "")), sources);
    assertThat(r.sources()).extracting(s -> s.source().id()).containsExactly("b", "a", "c");
  }
  private static SourceDocument published(String id, String publisher, String speaker) {
    return new SourceDocument(id, "t", publisher, SourceKind.PRESS_REPORT, LocalDate.parse("2024-01-05"), null, "en",
        speaker, id + ".md", "h", "");
  }

  private static VerdictAggregator.Judged reported(String source, int ordinal, Stance stance, String holder,
      java.util.Set<String> keys) {
    String text = "Passage " + ordinal + " of " + source + ".";
    Passage p = new Passage(source, ordinal, new Sentence(0, text.length(), text, List.of()));
    Attribution a = new Attribution(holder, false, 0, 0, keys, "");
    StanceJudgement j = new StanceJudgement(stance, 0.7, 0.8,
        List.of(new Cue(Cue.Kind.ATTRIBUTION, holder, "reported speech")), List.of("bridge"), a);
    return new VerdictAggregator.Judged(p, j);
  }

  private static Parties parties(SourceDocument... docs) {
    Map<String, dev.corroborate.stance.SourceVoice> voices = new java.util.TreeMap<>();
    for (SourceDocument d : docs) {
      java.util.Set<String> keys = new java.util.TreeSet<>();
      for (String w : (d.publisher() + " " + (d.speaker() == null ? "" : d.speaker())).split("\\W+")) {
        if (!w.isBlank() && !w.equalsIgnoreCase("the") && !w.equalsIgnoreCase("of")) {
          keys.add(dev.corroborate.analysis.Stemmer.key(w));
        }
      }
      voices.put(d.id(), new dev.corroborate.stance.SourceVoice(keys));
    }
    return Parties.of(List.of(docs), voices);
  }

  @Test
  void whatASourceReportsAnotherPublisherSayingIsCreditedToThatPublisher() {
    SourceDocument courier = published("courier", "The Harbour Courier", null);
    SourceDocument review = published("review", "Policy Review", "Dana Ode");
    VerdictAggregator withParties = new VerdictAggregator(parties(courier, review));
    ClaimResult r = withParties.aggregate(claim,
        List.of(reported("review", 2, Stance.SUPPORTS, "the Courier", java.util.Set.of("courier"))),
        Map.of("courier", courier, "review", review));
    assertThat(r.verdict()).as("the Courier's reported position counts: its own report is not in the corpus")
        .isEqualTo(Verdict.SUPPORTED);
    assertThat(r.sources()).singleElement().satisfies(a -> {
      assertThat(a.source().id()).isEqualTo("review");
      assertThat(a.stance()).isEqualTo(Stance.MENTIONS);
      assertThat(a.reason()).startsWith("reports that the Courier supports it");
      assertThat(a.evidence().get(0).attributedTo()).isEqualTo("the Courier");
    });
    assertThat(r.reported()).singleElement().satisfies(p -> {
      assertThat(p.publisher()).isEqualTo("The Harbour Courier");
      assertThat(p.stance()).isEqualTo(Stance.SUPPORTS);
      assertThat(p.counted()).isTrue();
      assertThat(p.via()).containsExactly("review");
    });
    assertThat(r.reason()).contains("reported: The Harbour Courier supports it (as reported by Policy Review)");
  }

  @Test
  void aPublishersOwnWordsPrevailOverReportsOfThem() {
    SourceDocument courier = published("courier", "The Harbour Courier", null);
    SourceDocument review = published("review", "Policy Review", null);
    VerdictAggregator withParties = new VerdictAggregator(parties(courier, review));
    ClaimResult r = withParties.aggregate(claim, List.of(
        judged("courier", 0, Stance.CONTRADICTS, 0.9, true, ""),
        reported("review", 2, Stance.SUPPORTS, "the Courier", java.util.Set.of("courier"))),
        Map.of("courier", courier, "review", review));
    assertThat(r.verdict()).isEqualTo(Verdict.CONTRADICTED);
    assertThat(r.reported()).singleElement().satisfies(p -> assertThat(p.counted()).isFalse());
  }

  @Test
  void aDenierOutsideTheCorpusIsAPartyOfItsOwn() {
    SourceDocument review = published("review", "Policy Review", null);
    VerdictAggregator withParties = new VerdictAggregator(parties(review));
    ClaimResult r = withParties.aggregate(claim, List.of(
        reported("review", 1, Stance.CONTRADICTS, "city officials", java.util.Set.of("citi", "offici"))),
        Map.of("review", review));
    assertThat(r.verdict()).isEqualTo(Verdict.CONTRADICTED);
    assertThat(r.reported()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("city officials");
      assertThat(p.publisher()).isEmpty();
      assertThat(p.counted()).isTrue();
    });
  }

  @Test
  void aHolderMatchingSeveralPublishersEquallyIsNotResolved() {
    SourceDocument works = published("works", "Ministry of Works of Freedonia", null);
    SourceDocument embassy = published("embassy", "Embassy of Freedonia", null);
    Parties p = parties(works, embassy);
    Attribution bare = new Attribution("Freedonia", false, 0, 0, java.util.Set.of("freedonia"), "");
    Attribution ministry = new Attribution("the ministry", false, 0, 0, java.util.Set.of("ministri", "freedonia"), "");
    assertThat(p.resolve(bare).inCorpus()).isFalse();
    assertThat(p.resolve(ministry).publisher()).isEqualTo("Ministry of Works of Freedonia");
  }
}
