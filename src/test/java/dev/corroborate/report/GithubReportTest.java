package dev.corroborate.report;

import static dev.corroborate.gate.Fixtures.claim;
import static dev.corroborate.gate.Fixtures.report;
import static dev.corroborate.gate.Fixtures.result;
import static dev.corroborate.gate.Fixtures.says;
import static dev.corroborate.gate.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.corpus.SourceKind;
import dev.corroborate.gate.Gate;
import dev.corroborate.stance.Stance;
import dev.corroborate.verdict.CheckReport;
import dev.corroborate.verdict.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GithubReportTest {
  private static final SourceDocument MINISTRY = source("ministry", SourceKind.PRESS_BRIEFING, "ministry.md");
  private static final SourceDocument PAPER = source("paper", SourceKind.PRESS_REPORT, "paper.md");

  private static List<String> lines(CheckReport report, Gate gate) throws IOException {
    StringWriter w = new StringWriter();
    new GithubReport().gated(gate).render(report, w);
    assertThat(w.toString()).endsWith("\n");
    return w.toString().lines().toList();
  }

  private static CheckReport sample() {
    return report("claims.yaml",
        result(claim("fine", Verdict.SUPPORTED, 3), Verdict.SUPPORTED, says(PAPER, Stance.SUPPORTS, "Yes.")),
        result(claim("wrong", Verdict.SUPPORTED, 6), Verdict.CONTESTED, says(PAPER, Stance.SUPPORTS, "Yes."),
            says(MINISTRY, Stance.CONTRADICTS, "No, 100% not:\nnever.")),
        result(claim("disputed", Verdict.CONTESTED, 10), Verdict.CONTESTED, says(PAPER, Stance.SUPPORTS, "Yes."),
            says(MINISTRY, Stance.CONTRADICTS, "No.")),
        result(claim("open", null, 14), Verdict.UNVERIFIED),
        result(claim("false", Verdict.CONTRADICTED, 17), Verdict.CONTRADICTED, says(PAPER, Stance.CONTRADICTS, "No.")));
  }

  @Test
  void errorForFailingClaimsWarningForContestedOrUnverifiedNoticeLast() throws IOException {
    List<String> lines = lines(sample(), Gate.expectOnly());
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("::error file=claims.yaml,line=6,title=corroborate%3A wrong expected supported%2C"
        + " got contested::wrong: expected supported, got contested%0Aclaim: Claim wrong.%0Awhy: reason for contested"
        + "%0Acontradicting evidence:%0A- ministry (Publisher of ministry, press-briefing)%0A  \"No, 100%25 not: never.\"");
    assertThat(lines.get(1)).startsWith("::warning file=claims.yaml,line=10,title=corroborate%3A disputed is contested::"
        + "disputed: contested (as expected)%0Aclaim: Claim disputed.");
    assertThat(lines.get(2)).startsWith("::warning file=claims.yaml,line=14,title=corroborate%3A open is unverified::");
    assertThat(lines.get(3)).isEqualTo("::notice title=corroborate::5 claims against 3 sources: 1 supported,"
        + " 1 contradicted, 2 contested, 1 unverified; 1 failed (expect)");
  }

  @Test
  void aContestedClaimThatFailsIsAnErrorNotAWarning() throws IOException {
    List<String> lines = lines(sample(), Gate.of(Set.of(Verdict.CONTESTED, Verdict.CONTRADICTED), true));
    assertThat(lines).filteredOn(l -> l.startsWith("::error")).hasSize(3);
    assertThat(lines).filteredOn(l -> l.startsWith("::warning")).hasSize(1);
    assertThat(lines.get(1)).startsWith("::error file=claims.yaml,line=10,title=corroborate%3A disputed verdict"
        + " contested is listed in --fail-on; contradicted by official source ministry (Publisher of ministry%2C"
        + " press-briefing)::");
    assertThat(lines.get(3)).startsWith("::error file=claims.yaml,line=17,");
    assertThat(lines.get(4)).endsWith("; 3 failed (expect, fail-on contradicted+contested, official contradiction)");
  }

  @Test
  void noLineWhenTheClaimHasNone() throws IOException {
    List<String> lines = lines(report("claims.yaml", result(claim("x", Verdict.SUPPORTED, 0), Verdict.UNVERIFIED)),
        Gate.expectOnly());
    assertThat(lines.get(0)).startsWith("::error file=claims.yaml,title=");
  }
}
