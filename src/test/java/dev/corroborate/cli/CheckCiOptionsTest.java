package dev.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.corpus.SourceKind;
import dev.corroborate.gate.TestRepo;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check's CI options run in-process on the ferry repository (src/test/resources/ci/repo), whose
 * verdicts are: ferry-resumes supported, ferry-sold unverified, state-paid-repairs supported,
 * fares-up-ten-percent contested (the Port Authority, an official source, contradicts it).
 */
class CheckCiOptionsTest {
  @TempDir Path dir;

  /** {@code check CLAIMS --corpus CORPUS --index INDEX} in {@code repo} plus {@code more}. */
  private CliTest.Run check(TestRepo repo, String... more) {
    List<String> args = new ArrayList<>(List.of("check", repo.dir().resolve("claims.yaml").toString(),
        "--corpus", repo.dir().resolve("corpus").toString(), "--index", dir.resolve("index").toString()));
    args.addAll(Arrays.asList(more));
    return CliTest.run(args.toArray(String[]::new));
  }

  @Test
  void junitReportIsSchemaValidAndFailsTheUnexpectedClaimWithExit1() throws Exception {
    TestRepo repo = CiRepos.pullRequest(dir.resolve("repo"), "bad-pr");
    Path xml = dir.resolve("out/junit.xml");
    CliTest.Run r = check(repo, "--format", "junit", "--output", xml.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    String claims = repo.dir().resolve("claims.yaml").toString();
    assertThat(r.err()).contains("corroborate: FAILED " + claims + ":9: fares-up-ten-percent: expected supported,"
        + " got contested\n").contains("corroborate: 1 of 3 checked claims failed the gate (expect)");
    String report = Files.readString(xml);
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(CiRepos.class.getResource("/junit/junit-report.xsd")).newValidator()
        .validate(new StreamSource(new StringReader(report)));
    assertThat(report).contains("<testsuite name=\"" + claims + "\" tests=\"3\" failures=\"1\"")
        .contains("<testcase name=\"ferry-resumes\" classname=\"" + claims + "\">")
        .contains("<failure message=\"expected supported, got contested; contradicting evidence:"
            + " port-authority-2025-05-02 &quot;The Port Authority did not raise ferry fares this year.&quot;\""
            + " type=\"unexpected-verdict\">");
  }

  @Test
  void failOnAddsVerdictRulesAndOfficialContradictionAddsItsOwn() throws IOException {
    TestRepo repo = CiRepos.pullRequest(dir.resolve("repo"), "good-pr");
    repo.write("claims.yaml", Files.readString(repo.dir().resolve("claims.yaml"))
        + "  - id: fares-up-ten-percent\n    text: \"The Port Authority raised ferry fares by ten percent.\"\n"
        + "    expect: contested\n");

    assertThat(check(repo).code()).isZero();
    CliTest.Run unverified = check(repo, "--fail-on", "unverified");
    assertThat(unverified.code()).isEqualTo(1);
    assertThat(unverified.err()).contains(":6: ferry-sold: verdict unverified is listed in --fail-on\n")
        .contains("1 of 4 checked claims failed the gate (expect, fail-on unverified)");
    assertThat(check(repo, "--fail-on", "contradicted").code()).isZero();

    CliTest.Run official = check(repo, "--fail-on-official-contradiction", "--fail-on", "contradicted,contested");
    assertThat(official.code()).isEqualTo(1);
    assertThat(official.err().lines().filter(l -> l.startsWith("corroborate: FAILED")).toList()).containsExactly(
        "corroborate: FAILED " + repo.dir().resolve("claims.yaml") + ":12: fares-up-ten-percent: verdict contested is"
            + " listed in --fail-on; contradicted by official source port-authority-2025-05-02 (Port Alden Port"
            + " Authority, official-statement)");
  }

  @Test
  void failOnRejectsUnknownWordsAsAUsageErrorNamingTheValidOnes() {
    CliTest.Run r = CliTest.run("check", "--fail-on", "contradicted,maybe");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'maybe' is not a verdict that can fail the gate")
        .contains("use any of: contradicted, contested, unverified");
    assertThat(CliTest.run("check", "--fail-on", "supported").code()).isEqualTo(2);
    assertThat(CliTest.run("check", "--fail-on", "").code()).isEqualTo(2);
  }

  @Test
  void githubFormatAnnotatesTheClaimsLines() {
    TestRepo repo = CiRepos.pullRequest(dir.resolve("repo"), "bad-pr");
    CliTest.Run r = check(repo, "--format", "github");
    assertThat(r.code()).isEqualTo(1);
    String file = repo.dir().resolve("claims.yaml").toString().replace(":", "%3A").replace(",", "%2C");
    assertThat(r.out().lines().toList()).satisfiesExactly(
        sold -> assertThat(sold).startsWith("::warning file=" + file + ",line=6,title=corroborate%3A ferry-sold is"
            + " unverified::ferry-sold: unverified (as expected)%0A"),
        fares -> assertThat(fares).startsWith("::error file=" + file + ",line=9,title=corroborate%3A"
            + " fares-up-ten-percent expected supported%2C got contested::")
            .contains("%0A  \"The Port Authority did not raise ferry fares this year.\""),
        notice -> assertThat(notice).isEqualTo("::notice title=corroborate::3 claims against 2 sources:"
            + " 1 supported, 0 contradicted, 1 contested, 1 unverified; 1 failed (expect)"));
  }

  @Test
  void changedSinceChecksOnlyNewClaimsAndClaimsWithChangedEvidence() throws IOException {
    TestRepo repo = CiRepos.pullRequest(dir.resolve("repo"), "good-pr");
    CliTest.Run pr = check(repo, "--changed-since", "origin/main", "--format", "json");
    assertThat(pr.code()).as(pr.err()).isZero();
    assertThat(pr.err()).contains("changed since origin/main: 1 of 3 claims to check\n"
        + "  state-paid-repairs: new claim; changed corpus file mayor-2025-05-04.md\n");
    assertThat(pr.out()).contains("\"id\" : \"state-paid-repairs\"").doesNotContain("\"id\" : \"ferry-resumes\"")
        .doesNotContain("\"id\" : \"ferry-sold\"");

    repo.write("corpus/gazette-2025-05-03.md", Files.readString(repo.dir().resolve("corpus/gazette-2025-05-03.md"))
        .replace("on Friday", "on Friday morning"));
    CliTest.Run edited = check(repo, "--changed-since", "origin/main", "--format", "json");
    assertThat(edited.err()).contains("changed since origin/main: 2 of 3 claims to check\n"
        + "  ferry-resumes: changed corpus file gazette-2025-05-03.md\n");

    CliTest.Run nothing = check(repo, "--changed-since", "HEAD", "--format", "junit");
    assertThat(nothing.code()).isZero();
    assertThat(nothing.err()).contains("changed since HEAD: 1 of 3 claims to check\n  ferry-resumes: changed corpus"
        + " file gazette-2025-05-03.md\n");
    assertThat(nothing.out()).contains("tests=\"1\" failures=\"0\"");
  }

  @Test
  void changedSinceFailsClearlyOutsideGitOrWithAnUnknownRef(@TempDir Path plain) throws IOException {
    TestRepo repo = CiRepos.pullRequest(dir.resolve("repo"), null);
    CliTest.Run unknown = check(repo, "--changed-since", "origin/develop");
    assertThat(unknown.code()).isEqualTo(3);
    assertThat(unknown.err()).startsWith("corroborate: --changed-since origin/develop: unknown git ref"
        + " 'origin/develop'").contains("fetch-depth: 0");
    assertThat(unknown.err().lines()).hasSize(1);

    Path claims = Files.copy(repo.dir().resolve("claims.yaml"), plain.resolve("claims.yaml"));
    CliTest.Run notGit = CliTest.run("check", claims.toString(), "--corpus", repo.dir().resolve("corpus").toString(),
        "--changed-since", "main");
    assertThat(notGit.code()).isEqualTo(3);
    assertThat(notGit.err()).startsWith("corroborate: " + claims + ": not in a git repository: " + plain.toRealPath()
        + " (--changed-since compares with a git ref");
    assertThat(notGit.err().lines()).hasSize(1);
  }

  @Test
  void helpExplainsTheCiOptionsAndListsEveryOfficialKind() {
    CliTest.Run r = CliTest.run("check", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--changed-since=REF").contains("--fail-on=VERDICTS")
        .contains("--fail-on-official-contradiction").contains("How: every claim is checked")
        .contains("junit").contains("github");
    for (SourceKind kind : SourceKind.values()) {
      if (kind.official()) {
        assertThat(r.out()).contains(kind.label());
      }
    }
  }
}
