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
}
