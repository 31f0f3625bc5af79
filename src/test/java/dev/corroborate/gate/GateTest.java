package dev.corroborate.gate;

import static dev.corroborate.gate.Fixtures.claim;
import static dev.corroborate.gate.Fixtures.report;
import static dev.corroborate.gate.Fixtures.result;
import static dev.corroborate.gate.Fixtures.says;
import static dev.corroborate.gate.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.corpus.SourceKind;
import dev.corroborate.stance.Stance;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.Verdict;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GateTest {
  private static final SourceDocument MINISTRY = source("ministry", SourceKind.PRESS_BRIEFING, "ministry.md");
  private static final SourceDocument PAPER = source("paper", SourceKind.PRESS_REPORT, "paper.md");
  private static final SourceDocument LETTER = source("letter", SourceKind.LETTER, "letter.md");

  @Test
  void expectRuleAlwaysAppliesAndClaimsWithoutExpectNeverFailIt() {
    Gate gate = Gate.expectOnly();
    ClaimGate wrong = gate.judge(result(claim("a", Verdict.SUPPORTED, 3), Verdict.CONTESTED));
    ClaimGate right = gate.judge(result(claim("b", Verdict.CONTESTED, 6), Verdict.CONTESTED));
    ClaimGate open = gate.judge(result(claim("c", null, 9), Verdict.CONTRADICTED));

    assertThat(wrong.failures()).containsExactly(new Failure.UnexpectedVerdict(Verdict.SUPPORTED, Verdict.CONTESTED));
    assertThat(wrong.why()).isEqualTo("expected supported, got contested");
    assertThat(right.failed()).isFalse();
    assertThat(open.failed()).isFalse();
  }

  @Test
  void failOnFiresOnlyForTheListedVerdicts() {
    Gate gate = Gate.of(List.of(Verdict.CONTRADICTED, Verdict.UNVERIFIED), false);
    assertThat(gate.judge(result(claim("a", null, 1), Verdict.CONTRADICTED)).failures())
        .containsExactly(new Failure.VerdictFailsGate(Verdict.CONTRADICTED));
    assertThat(gate.judge(result(claim("b", null, 1), Verdict.UNVERIFIED)).failed()).isTrue();
    assertThat(gate.judge(result(claim("c", null, 1), Verdict.CONTESTED)).failed()).isFalse();
    assertThat(gate.judge(result(claim("d", null, 1), Verdict.SUPPORTED)).failed()).isFalse();
  }

  @Test
  void failOnAddsToTheExpectRuleAndBothReasonsAreGiven() {
    Gate gate = Gate.of(List.of(Verdict.CONTESTED), false);
    ClaimGate g = gate.judge(result(claim("a", Verdict.SUPPORTED, 4), Verdict.CONTESTED));
    assertThat(g.failures()).extracting(Failure::rule).containsExactly("unexpected-verdict", "fail-on");
    assertThat(g.oneLine("claims.yaml"))
        .isEqualTo("claims.yaml:4: a: expected supported, got contested; verdict contested is listed in --fail-on");
  }

  @Test
  void officialContradictionNeedsAnOfficialKindAndAContradictingStance() {
    Gate gate = Gate.of(Set.of(), true);
    ClaimResult officialContradicts = result(claim("a", Verdict.CONTESTED, 2), Verdict.CONTESTED,
        says(PAPER, Stance.SUPPORTS, "It happened."), says(MINISTRY, Stance.CONTRADICTS, "It did not happen."),
        says(LETTER, Stance.CONTRADICTS, "No, it did not."));
    ClaimResult pressContradicts = result(claim("b", null, 5), Verdict.CONTRADICTED,
        says(PAPER, Stance.CONTRADICTS, "It did not happen."));
    ClaimResult officialMentions = result(claim("c", null, 8), Verdict.UNVERIFIED,
        says(MINISTRY, Stance.MENTIONS, "About it."));
    ClaimResult officialSupports = result(claim("d", null, 11), Verdict.SUPPORTED,
        says(MINISTRY, Stance.SUPPORTS, "It happened."));

    ClaimGate g = gate.judge(officialContradicts);
    assertThat(g.failures()).hasSize(1);
    Failure.OfficialContradiction f = (Failure.OfficialContradiction) g.failures().get(0);
    assertThat(f.sources()).extracting(a -> a.source().id()).containsExactly("ministry", "letter");
    assertThat(f.message()).isEqualTo("contradicted by official sources ministry (Publisher of ministry,"
        + " press-briefing), letter (Publisher of letter, letter)");
    assertThat(gate.judge(pressContradicts).failed()).isFalse();
    assertThat(gate.judge(officialMentions).failed()).isFalse();
    assertThat(gate.judge(officialSupports).failed()).isFalse();
    assertThat(Gate.expectOnly().judge(officialContradicts).failed()).isFalse();
  }

  @Test
  void outcomeKeepsReportOrderAndListsOnlyFailures() {
    GateOutcome outcome = Gate.of(List.of(Verdict.UNVERIFIED), false).judge(report("claims.yaml",
        result(claim("a", null, 1), Verdict.UNVERIFIED), result(claim("b", null, 2), Verdict.SUPPORTED),
        result(claim("c", Verdict.SUPPORTED, 3), Verdict.CONTESTED)));
    assertThat(outcome.claims()).extracting(c -> c.result().claim().id()).containsExactly("a", "b", "c");
    assertThat(outcome.failures()).extracting(c -> c.result().claim().id()).containsExactly("a", "c");
    assertThat(outcome.passed()).isFalse();
    assertThat(Gate.expectOnly().judge(report("x.yaml", result(claim("b", null, 2), Verdict.SUPPORTED))).passed())
        .isTrue();
  }

  @Test
  void failOnWordsAreTheThreeFailableVerdictsInAnyCase() {
    assertThat(Gate.failOnWord("contradicted")).isEqualTo(Verdict.CONTRADICTED);
    assertThat(Gate.failOnWord(" Contested ")).isEqualTo(Verdict.CONTESTED);
    assertThat(Gate.failOnWord("UNVERIFIED")).isEqualTo(Verdict.UNVERIFIED);
    assertThatThrownBy(() -> Gate.failOnWord("supported")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'supported'").hasMessageContaining("contradicted, contested, unverified");
    assertThatThrownBy(() -> Gate.failOnWord("wrong")).hasMessageContaining("'wrong'")
        .hasMessageContaining("use any of: contradicted, contested, unverified");
    assertThatThrownBy(() -> Gate.failOnWord("")).hasMessageContaining("empty verdict");
  }

  @Test
  void gateRefusesSupportedAndDescribesItsRulesInAStableOrder() {
    assertThatThrownBy(() -> new Gate(Set.of(Verdict.SUPPORTED), false)).isInstanceOf(IllegalArgumentException.class);
    Gate gate = Gate.of(EnumSet.of(Verdict.UNVERIFIED, Verdict.CONTRADICTED), true);
    assertThat(gate.describe()).isEqualTo("expect, fail-on contradicted+unverified, official contradiction");
    assertThat(Gate.expectOnly().describe()).isEqualTo("expect");
    assertThat(gate.failOn()).containsExactly(Verdict.CONTRADICTED, Verdict.UNVERIFIED);
  }

  @Test
  void failuresValidateTheirData() {
    assertThatThrownBy(() -> new Failure.UnexpectedVerdict(Verdict.SUPPORTED, Verdict.SUPPORTED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Failure.OfficialContradiction(List.of(says(PAPER, Stance.CONTRADICTS, "No."))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Failure.OfficialContradiction(List.of(says(MINISTRY, Stance.SUPPORTS, "Yes."))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Failure.VerdictFailsGate(Verdict.SUPPORTED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneLineLeavesOutAnUnknownLine() {
    ClaimGate g = Gate.expectOnly().judge(result(claim("a", Verdict.SUPPORTED, 0), Verdict.UNVERIFIED));
    assertThat(g.oneLine("claims.yaml")).isEqualTo("claims.yaml: a: expected supported, got unverified");
  }
}
