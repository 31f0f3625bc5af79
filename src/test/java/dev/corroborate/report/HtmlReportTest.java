package dev.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.claims.Claim;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The HTML report of {@link ReportFixtures}, parsed with jsoup as a browser would parse it. */
class HtmlReportTest {
  private final String html = GoldenReportTest.render(new HtmlReport());
  private final Document doc = Jsoup.parse(html);

  @Test
  void matrixHasOneRowPerClaimAndOneColumnPerSourceByDate() {
    assertThat(doc.select("table.matrix thead th.src").eachText()).containsExactly(
        "city-hall-2024-03-01", "blog-2024-03-02", "courier-2024-03-04", "engineers-letter-2024-03-06",
        "undated-note");
    Elements rows = doc.select("table.matrix tbody tr");
    assertThat(rows).hasSize(3);
    assertThat(rows.eachAttr("data-verdict")).containsExactly("contested", "supported", "unverified");
    assertThat(cells(rows.get(0))).containsExactly("supports", "mentions", "contradicts", "silent", "silent");
    assertThat(cells(rows.get(1))).containsExactly("silent", "silent", "supports", "mentions", "silent");
    assertThat(cells(rows.get(2))).containsExactly("silent", "silent", "silent", "silent", "silent");
    assertThat(rows.get(0).select("td.cell").stream().map(Element::text).toList())
        .containsExactly("✓", "~", "✗", "", "");
    assertThat(rows.get(0).select(".unexpected").attr("title")).isEqualTo("expected supported");
    assertThat(rows.get(0).selectFirst("th a").attr("href")).isEqualTo("#claim-bridge-reopens");
    assertThat(doc.getElementById("claim-bridge-reopens")).isNotNull();
  }

  private static List<String> cells(Element row) {
    return row.select("td.cell").stream().map(td -> td.className().replace("cell ", "")).toList();
  }

  @Test
  void timelineListsEverySourceByDateUndatedLast() {
    assertThat(doc.select("#timeline li.tl-source").eachAttr("id")).containsExactly(
        "source-city-hall-2024-03-01", "source-blog-2024-03-02", "source-courier-2024-03-04",
        "source-engineers-letter-2024-03-06", "source-undated-note");
    assertThat(doc.select("#timeline li.day > h3").eachText())
        .containsExactly("2024-03-01", "2024-03-02", "2024-03-04", "2024-03-06", "undated");
    assertThat(doc.getElementById("source-undated-note").text()).contains("silent on 3");
    assertThat(doc.getElementById("source-courier-2024-03-04").text())
        .contains("supports 1").contains("contradicts 1").contains("silent on 1");
  }

  @Test
  void claimShowsSupportingAndContradictingSideBySideWithHighlightsAndReasons() {
    Element claim = doc.getElementById("claim-bridge-reopens");
    assertThat(claim.attr("data-verdict")).isEqualTo("contested");
    assertThat(claim.select(".badge").first().text()).isEqualTo("contested");
    assertThat(claim.select("h3.claim-text").text()).isEqualTo("The harbour bridge will reopen on March 15.");
    assertThat(claim.select(".unexpected").text()).contains("expects supported");
    Element supporting = claim.selectFirst(".sides > section.side.supports");
    Element contradicting = claim.selectFirst(".sides > section.side.contradicts");
    assertThat(supporting.select(".publisher").text()).isEqualTo("Riverton City Hall");
    assertThat(supporting.select(".kind").text()).isEqualTo("official-statement");
    assertThat(supporting.select(".kind").hasClass("official")).isTrue();
    assertThat(supporting.select("time").attr("datetime")).isEqualTo("2024-03-01");
    assertThat(supporting.select("a.ext").attr("href")).isEqualTo("https://example.org/city?a=1&b=2");
    assertThat(supporting.select("mark").eachText()).containsExactly("Harbour Bridge", "reopen", "March", "15");
    assertThat(supporting.select("figcaption .reason").text()).startsWith("shares 'Harbour Bridge'");
    assertThat(supporting.select(".src-title").text()).contains("speaker: Mayor Ana Ruiz");
    assertThat(contradicting.select(".kind").hasClass("non-official")).isTrue();
    assertThat(contradicting.select("figcaption .reason").text()).contains("negation 'not'");
    assertThat(claim.select("details.mentions .source .publisher").eachText()).containsExactly("@riverwatch");
    Element tolls = doc.getElementById("claim-tolls-cut");
    assertThat(tolls.select(".side.supports .attr").text())
        .isEqualTo("asserted by The Courier <b>Daily</b>, citing two council members");
    assertThat(tolls.select("details.mentions .attr").text())
        .isEqualTo("asserted by the engineers, as reported by Guild of Engineers");
    assertThat(tolls.select("details.reported .src-head").text())
        .startsWith("supports the engineers supports it, as reported by Guild of Engineers");
    assertThat(tolls.select(".side.contradicts .none").text()).isEqualTo("No source contradicts it.");
    assertThat(doc.getElementById("claim-ferry-added").select(".source")).isEmpty();
  }

  @Test
  void markupFromSourcesIsTextNeverElementsOrHandlers() {
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.select("script").first().data()).doesNotContain("pwned");
    assertThat(doc.select("img, iframe, object, embed, link, b, i, em")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
      }
    }
    Element passage = doc.selectFirst("#claim-bridge-reopens .side.contradicts blockquote");
    assertThat(passage.text()).contains(ReportFixtures.SCRIPT).contains(ReportFixtures.ONERROR)
        .contains("& <i>stays</i> shut.");
    assertThat(html).contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;")
        .doesNotContain("<script>document.title").doesNotContain("<img");
    assertThat(doc.title()).isEqualTo("Claim check: claims.yaml");
    assertThat(doc.select("h3.claim-text").get(1).text()).isEqualTo("Tolls will be cut <em>in half</em> & more.");
    assertThat(doc.select("#claim-bridge-reopens .side.contradicts .publisher").text())
        .isEqualTo("The Courier <b>Daily</b>");
  }

  @Test
  void onlyHttpAddressesBecomeLinks() {
    assertThat(doc.select("a[href]").eachAttr("href")).allSatisfy(href ->
        assertThat(href).matches("#[A-Za-z0-9_-]+|https://.*"));
    assertThat(doc.select("#source-courier-2024-03-04 a.ext")).isEmpty();
    assertThat(doc.select("a.ext").eachAttr("rel")).allSatisfy(rel -> assertThat(rel).contains("noopener"));
  }

  @Test
  void pageIsSelfContainedAndItsPolicyAllowsOnlyItsOwnStyleAndScript() {
    assertThat(doc.select("[src]")).isEmpty();
    String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(csp).startsWith("default-src 'none';")
        .contains("style-src '" + HtmlReport.sha256(doc.selectFirst("style").data()) + "'")
        .contains("script-src '" + HtmlReport.sha256(doc.selectFirst("script").data()) + "'")
        .doesNotContain("unsafe-inline");
    assertThat(doc.selectFirst("style").data()).contains("@media print");
  }

  @Test
  void filtersOfferEveryVerdictAndEveryKindPresent() {
    assertThat(doc.select("input[name=verdict]").eachAttr("value"))
        .containsExactly("supported", "contradicted", "contested", "unverified");
    assertThat(doc.select("input[name=kind]").eachAttr("value"))
        .containsExactly("official-statement", "press-report", "social-media", "letter", "analysis");
    assertThat(doc.select("input[name=kind]").eachAttr("data-official"))
        .containsExactly("true", "false", "false", "true", "false");
    assertThat(doc.select("[data-kind]").not("input").eachAttr("data-kind")).doesNotContain("");
    assertThat(doc.getElementById("shown").text()).isEqualTo("3 of 3 claims shown");
  }

  @Test
  void reviewOptionsAppearInTheByline() {
    Document desk = Jsoup.parse(GoldenReportTest.render(new HtmlReport(new ReviewOptions("Desk <x>",
        LocalDate.of(2024, 3, 10), "https://factdesk.example/r"))));
    assertThat(desk.select(".byline").text())
        .isEqualTo("Reviewed by Desk <x> on 2024-03-10 · https://factdesk.example/r");
    assertThat(doc.select(".byline").text()).isEqualTo("Reviewed by corroborate");
  }

  @Test
  void anchorsAreUniqueAndSafe() {
    List<ClaimResult> results = List.of(
        new ClaimResult(new Claim("a b", "x", null, 0), Verdict.UNVERIFIED, "r", List.of()),
        new ClaimResult(new Claim("a\"b", "y", null, 0), Verdict.UNVERIFIED, "r", List.of()));
    assertThat(HtmlReport.anchors(results)).containsExactly("claim-a-b", "claim-a-b-2");
  }
}
