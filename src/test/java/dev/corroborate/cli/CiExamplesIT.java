package dev.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.claims.ClaimsLoader;
import dev.corroborate.gate.TestRepo;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the corroborate commands of the README's CI examples (src/test/resources/ci) exactly as
 * written, in a fresh git repository laid out as a CI checkout of a pull request: the base branch
 * is {@code origin/main}, the pull request is committed on top. Each command runs as the CI runner
 * would run it: a process ({@code dev.corroborate.cli.Main}, i.e. {@code Cli.run}) whose working
 * folder is the repository, with the CI's variables expanded.
 */
class CiExamplesIT {
  @TempDir Path dir;

  record Run(String line, int code, String out, String err) {}

  /** Runs every corroborate command of {@code example} in {@code repo}, in order, as CI would. */
  private static List<Run> runExample(String example, TestRepo repo) throws Exception {
    Map<String, String> env = Map.of("GITHUB_BASE_REF", "main",
        "CI_MERGE_REQUEST_DIFF_BASE_SHA", repo.git("merge-base", "origin/main", "HEAD"));
    List<Run> runs = new ArrayList<>();
    for (String line : CiExamples.commandLines(example)) {
      runs.add(runInRepo(line, CiExamples.arguments(line, env), repo.dir()));
    }
    return runs;
  }

  private static Run runInRepo(String line, List<String> args, Path workdir) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    Path out = Files.createTempFile("corroborate-out", ".txt");
    Path err = Files.createTempFile("corroborate-err", ".txt");
    try {
      Process p = new ProcessBuilder(command).directory(workdir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(
              new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null"))).start();
      assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(line).isTrue();
      return new Run(line, p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void githubWorkflowPassesAGoodPullRequest() throws Exception {
    TestRepo repo = CiRepos.pullRequest(dir, "good-pr");
    List<Run> runs = runExample(CiExamples.GITHUB, repo);

    Run validate = runs.get(0);
    assertThat(validate.code()).as(validate.err()).isZero();
    assertThat(validate.out()).isEqualTo(
        "::notice title=corroborate validate::claims.yaml: 3 claims OK; corpus: 3 sources OK\n");
    Run check = runs.get(1);
    assertThat(check.code()).as(check.err()).isZero();
    assertThat(check.err()).contains("changed since origin/main: 1 of 3 claims to check\n"
        + "  state-paid-repairs: new claim; changed corpus file mayor-2025-05-04.md\n");
    assertThat(check.out()).isEqualTo("::notice title=corroborate::1 claim against 3 sources: 1 supported,"
        + " 0 contradicted, 0 contested, 0 unverified; 0 failed (expect, official contradiction)\n");
  }

  @Test
  void githubWorkflowFailsABadPullRequestOnTheClaimsLine() throws Exception {
    TestRepo repo = CiRepos.pullRequest(dir, "bad-pr");
    List<Run> runs = runExample(CiExamples.GITHUB, repo);

    assertThat(runs.get(0).code()).isZero();
    Run check = runs.get(1);
    assertThat(check.code()).as(check.err()).isEqualTo(1);
    assertThat(check.out().lines().toList()).satisfiesExactly(
        error -> assertThat(error).startsWith("::error file=claims.yaml,line=9,title=corroborate%3A"
            + " fares-up-ten-percent expected supported%2C got contested; contradicted by official source"
            + " port-authority-2025-05-02 (Port Alden Port Authority%2C official-statement)::")
            .contains("%0A  \"The Port Authority did not raise ferry fares this year.\""),
        notice -> assertThat(notice).startsWith("::notice title=corroborate::1 claim against 2 sources:"));
    assertThat(check.err()).contains("corroborate: FAILED claims.yaml:9: fares-up-ten-percent: expected supported,"
        + " got contested; contradicted by official source port-authority-2025-05-02");
  }

  @Test
  void gitlabJobWritesJunitAndFailsOnlyOnTheUnexpectedVerdict() throws Exception {
    TestRepo good = CiRepos.pullRequest(dir.resolve("good"), "good-pr");
    List<Run> goodRuns = runExample(CiExamples.GITLAB, good);
    assertThat(goodRuns.get(0).code()).isZero();
    assertThat(goodRuns.get(0).out()).isEqualTo("claims.yaml: 3 claims OK; corpus: 3 sources OK\n");
    assertThat(goodRuns.get(1).code()).as(goodRuns.get(1).err()).isZero();
    String goodXml = junit(good.dir().resolve("corroborate-junit.xml"));
    assertThat(goodXml).contains("<testsuite name=\"claims.yaml\" tests=\"1\" failures=\"0\"")
        .contains("<testcase name=\"state-paid-repairs\" classname=\"claims.yaml\">");

    TestRepo bad = CiRepos.pullRequest(dir.resolve("bad"), "bad-pr");
    List<Run> badRuns = runExample(CiExamples.GITLAB, bad);
    assertThat(badRuns.get(1).code()).as(badRuns.get(1).err()).isEqualTo(1);
    String badXml = junit(bad.dir().resolve("corroborate-junit.xml"));
    assertThat(badXml).contains("tests=\"1\" failures=\"1\"")
        .contains("<testcase name=\"fares-up-ten-percent\" classname=\"claims.yaml\">")
        .contains("<failure message=\"expected supported, got contested; contradicting evidence:"
            + " port-authority-2025-05-02 &quot;The Port Authority did not raise ferry fares this year.&quot;\""
            + " type=\"unexpected-verdict\">");
  }

  /** The JUnit report at {@code file}, after checking it against the JUnit schema. */
  private static String junit(Path file) throws Exception {
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(CiExamplesIT.class.getResource("/junit/junit-report.xsd")).newValidator()
        .validate(new StreamSource(new StringReader(xml)));
    return xml;
  }

  /**
   * The project's own .ci/run checks the bundled corpus with {@code bin/corroborate check ...}: the
   * same arguments, in-process, with the index and the report in a temporary folder, must pass.
   */
  @Test
  void theBundledCorpusPassesTheProjectsOwnCiCheck() throws Exception {
    List<String> lines = Files.readAllLines(Path.of(".ci", "run"), StandardCharsets.UTF_8).stream()
        .map(String::strip).filter(l -> l.startsWith("bin/corroborate check ")).toList();
    assertThat(lines).hasSize(1);
    List<String> args = new ArrayList<>(CiExamples.arguments(lines.get(0).substring("bin/".length()), Map.of()));
    assertThat(args).contains("--format", "junit", "--output");
    Path report = dir.resolve("corroborate-junit.xml");
    args.set(args.indexOf("--output") + 1, report.toString());
    args.addAll(List.of("--index", dir.resolve("index").toString()));
    StringWriter err = new StringWriter();
    int code = Cli.run(args.toArray(String[]::new), new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true), false);
    assertThat(code).as(err.toString()).isZero();
    int claims = new ClaimsLoader().load(Path.of("claims.yaml")).size();
    assertThat(junit(report)).contains("<testsuite name=\"claims.yaml\" tests=\"" + claims + "\" failures=\"0\"");
  }
}
