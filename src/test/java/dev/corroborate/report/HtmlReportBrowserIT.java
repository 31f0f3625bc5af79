package dev.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.backend.LocalBackend;
import dev.corroborate.claims.Claim;
import dev.corroborate.claims.ClaimsLoader;
import dev.corroborate.corpus.CorpusLoader;
import dev.corroborate.index.Progress;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.pipeline.Pipeline;
import dev.corroborate.conflicts.ConflictsReport;
import dev.corroborate.verdict.CheckReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in a real browser, headless Chromium ({@code /usr/bin/chromium}, installed by
 * {@code .ci/run}; the test is skipped with a message when it is missing). Checks the DOM after the
 * page's script ran: the matrix, the filters (preset through the query string), that markup from
 * hostile sources did not run, and that the browser logged no script error, exception or policy
 * violation. Then renders the report of the bundled corpus and saves a screenshot to {@code
 * target/report-screenshot.png} for a person to look at, and opens the conflicts report of the bundled
 * corpus the same way. Every browser run is bounded by a timeout.
 */
class HtmlReportBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 90;
  /** Console lines that mean the page failed: exceptions, errors, refused or blocked by the policy. */
  private static final Pattern CONSOLE_ERROR = Pattern.compile(
      "CONSOLE.*(Uncaught|Error|error|Refused|violates|blocked|Failed)|Uncaught ");

  @TempDir static Path dir;

  record Run(String stdout, String stderr) {}

  @BeforeAll
  static void needsChromium() {
    assumeTrue(Files.isExecutable(CHROMIUM),
        "skipped: " + CHROMIUM + " is missing (install the Debian package 'chromium'; .ci/run does)");
  }

  private static Run chromium(String... extra) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr",
        "--v=0"));
    cmd.addAll(List.of(extra));
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + cmd);
    }
    Run run = new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    assertThat(p.exitValue()).as("chromium exit code; stderr:%n%s", run.stderr()).isZero();
    return run;
  }

  private static Path write(String name, CheckReport report) throws IOException {
    StringWriter html = new StringWriter();
    new HtmlReport().render(report, html);
    return Files.writeString(dir.resolve(name), html.toString(), StandardCharsets.UTF_8);
  }

  /** The DOM after load, with the stderr lines that report page errors. */
  private static Document dom(Path page, String query) throws IOException, InterruptedException {
    Run run = chromium("--dump-dom", page.toUri() + query);
    assertThat(run.stderr().lines().filter(l -> CONSOLE_ERROR.matcher(l).find()).toList())
        .as("console errors of %s%s", page.getFileName(), query).isEmpty();
    return Jsoup.parse(run.stdout());
  }

  @Test
  void matrixRendersAndHostileSourcesDoNotRun() throws Exception {
    Document doc = dom(write("fixture.html", ReportFixtures.report()), "");
    assertThat(doc.selectFirst("html").attr("data-ready")).as("the page's script ran to the end").isEqualTo("true");
    assertThat(doc.title()).isEqualTo("Claim check: claims.yaml");
    assertThat(doc.body().hasAttr("data-pwned")).isFalse();
    assertThat(doc.select("img")).isEmpty();
    assertThat(doc.select("table.matrix tbody tr")).hasSize(3);
    assertThat(doc.select("table.matrix tbody tr").first().select("td.cell").eachAttr("class"))
        .containsExactly("cell supports", "cell mentions", "cell contradicts", "cell silent", "cell silent");
    assertThat(doc.select(".filtered")).isEmpty();
    assertThat(doc.getElementById("shown").text()).isEqualTo("3 of 3 claims shown");
  }

  @Test
  void filtersPresetFromTheQueryStringHideClaimsAndSources() throws Exception {
    Document doc = dom(write("filtered.html", ReportFixtures.report()), "?verdict=contested,unverified&kind=official");
    assertThat(doc.select("table.matrix tbody tr:not(.filtered)").eachAttr("data-verdict"))
        .containsExactly("contested", "unverified");
    assertThat(doc.select("article.claim:not(.filtered)").eachAttr("id"))
        .containsExactly("claim-bridge-reopens", "claim-ferry-added");
    assertThat(doc.getElementById("shown").text()).isEqualTo("2 of 3 claims shown");
    assertThat(doc.select("table.matrix thead th.src:not(.filtered)").eachText())
        .containsExactly("city-hall-2024-03-01", "engineers-letter-2024-03-06");
    Element claim = doc.getElementById("claim-bridge-reopens");
    assertThat(claim.select(".source:not(.filtered) .publisher").eachText()).containsExactly("Riverton City Hall");
    assertThat(claim.select(".side.contradicts .count").text()).isEqualTo("0");
  }

  @Test
  void bundledCorpusReportRendersAndIsScreenshotted() throws Exception {
    List<Claim> claims = new ClaimsLoader().load(Path.of("claims.yaml"));
    Pipeline pipeline = new Pipeline(new OpenNlpAnalyzer(), Lexicon.shipped(), new CorpusLoader(), 2);
    CheckReport report = pipeline.check("claims.yaml", claims, Path.of("corpus"),
        new LocalBackend(dir.resolve("index")),
        Progress.none()).report();
    Path page = write("bundled.html", report);
    Document doc = dom(page, "");
    assertThat(doc.select("table.matrix tbody tr")).hasSize(claims.size());
    assertThat(doc.select("table.matrix thead th.src")).hasSize(report.sourceCount());
    assertThat(doc.select("article.claim")).hasSize(claims.size());
    assertThat(doc.select("td.cell.contradicts")).isNotEmpty();
    assertThat(doc.select("td.cell.supports")).isNotEmpty();
    Path png = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.deleteIfExists(png);
    chromium("--screenshot=" + png, "--window-size=1280,2000", "--hide-scrollbars", page.toUri().toString());
    assertThat(png).exists();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).as("screenshot size").isGreaterThan(20_000);
    assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  @Test
  void bundledCorpusReportShowsWhoAssertsWhat() throws Exception {
    List<Claim> claims = new ClaimsLoader().load(Path.of("claims.yaml"));
    Pipeline pipeline = new Pipeline(new OpenNlpAnalyzer(), Lexicon.shipped(), new CorpusLoader(), 2);
    CheckReport report = pipeline.check("claims.yaml", claims, Path.of("corpus"), new LocalBackend(dir.resolve("index-who")),
        Progress.none()).report();
    Document doc = dom(write("who.html", report), "");
    assertThat(doc.select("details.reported")).as("claims with parties known from others' reports").isNotEmpty();
    assertThat(doc.select(".attr").eachText()).anyMatch(t -> t.startsWith("asserted by ") && t.contains(", citing "))
        .anyMatch(t -> t.contains(", as reported by "));
  }

  @Test
  void bundledConflictsReportRendersWithoutErrors() throws Exception {
    Pipeline pipeline = new Pipeline(new OpenNlpAnalyzer(), Lexicon.shipped(), new CorpusLoader(), 2);
    ConflictsReport report = pipeline.conflicts(Path.of("corpus"), new LocalBackend(dir.resolve("index-conflicts")), Progress.none())
        .report();
    StringWriter html = new StringWriter();
    new ConflictsHtmlReport().render(report, html);
    Path page = Files.writeString(dir.resolve("conflicts.html"), html.toString(), StandardCharsets.UTF_8);
    Document doc = dom(page, "");
    assertThat(doc.select("article.claim")).hasSize(report.propositions().size()).isNotEmpty();
    assertThat(doc.select("article.claim section.side.supports .source")).isNotEmpty();
    assertThat(doc.select("article.claim section.side.contradicts .source")).isNotEmpty();
    assertThat(doc.select("img, script[src]")).isEmpty();
  }
}
