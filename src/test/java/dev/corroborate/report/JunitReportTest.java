package dev.corroborate.report;

import static dev.corroborate.gate.Fixtures.claim;
import static dev.corroborate.gate.Fixtures.report;
import static dev.corroborate.gate.Fixtures.result;
import static dev.corroborate.gate.Fixtures.says;
import static dev.corroborate.gate.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.claims.Claim;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.corpus.SourceKind;
import dev.corroborate.gate.Gate;
import dev.corroborate.stance.Stance;
import dev.corroborate.verdict.CheckReport;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.Verdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The JUnit XML report: valid against the JUnit schema (src/test/resources/junit), content, escaping. */
class JunitReportTest {
  private static Schema schema;

  private static final SourceDocument MINISTRY = source("ministry", SourceKind.PRESS_BRIEFING, "ministry.md");
  private static final SourceDocument PAPER = source("paper", SourceKind.PRESS_REPORT, "paper.md");

  @BeforeAll
  static void loadSchema() throws SAXException {
    URL xsd = JunitReportTest.class.getResource("/junit/junit-report.xsd");
    assertThat(xsd).isNotNull();
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    schema = factory.newSchema(xsd);
  }

  static void validate(String xml) throws IOException, SAXException {
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String render(CheckReport report, Gate gate) throws IOException {
    StringWriter w = new StringWriter();
    new JunitReport().gated(gate).render(report, w);
    return w.toString();
  }

  private static CheckReport sample() {
    return report("desk/claims.yaml",
        result(claim("ok", Verdict.SUPPORTED, 3), Verdict.SUPPORTED, says(PAPER, Stance.SUPPORTS, "It happened.")),
        result(claim("wrong", Verdict.SUPPORTED, 6), Verdict.CONTESTED,
            says(PAPER, Stance.SUPPORTS, "It happened."),
            says(MINISTRY, Stance.CONTRADICTS, "The ministry said it did not happen.")),
        result(claim("open", null, 9), Verdict.UNVERIFIED));
  }

  @Test
  void validAgainstTheSchemaWithOneTestcasePerClaim() throws Exception {
    String xml = render(sample(), Gate.expectOnly());
    validate(xml);
    Document doc = parse(xml);
    Element suites = doc.getDocumentElement();
    assertThat(suites.getTagName()).isEqualTo("testsuites");
    assertThat(suites.getAttribute("tests")).isEqualTo("3");
    assertThat(suites.getAttribute("failures")).isEqualTo("1");
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("name")).isEqualTo("desk/claims.yaml");
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(3);
    for (int i = 0; i < cases.getLength(); i++) {
      assertThat(((Element) cases.item(i)).getAttribute("classname")).isEqualTo("desk/claims.yaml");
    }
    assertThat(List.of(attr(cases, 0, "name"), attr(cases, 1, "name"), attr(cases, 2, "name")))
        .containsExactly("ok", "wrong", "open");
  }

  @Test
  void failureSaysExpectedVersusActualWithTheContradictingEvidence() throws Exception {
    Document doc = parse(render(sample(), Gate.expectOnly()));
    NodeList failures = doc.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(1);
    Element failure = (Element) failures.item(0);
    assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("wrong");
    assertThat(failure.getAttribute("type")).isEqualTo("unexpected-verdict");
    assertThat(failure.getAttribute("message")).isEqualTo("expected supported, got contested; contradicting"
        + " evidence: ministry \"The ministry said it did not happen.\"");
    assertThat(failure.getTextContent())
        .contains("desk/claims.yaml:6: wrong: expected supported, got contested")
        .contains("claim:   Claim wrong.")
        .contains("verdict: contested (expected supported)")
        .contains("- ministry | Publisher of ministry | press-briefing (official) | 2025-05-02")
        .contains("\"The ministry said it did not happen.\"")
        .doesNotContain("It happened.");
  }

  @Test
  void systemOutHoldsEachClaimsTextReportAndPropertiesTheRunsFacts() throws Exception {
    Document doc = parse(render(sample(), Gate.of(Set.of(Verdict.UNVERIFIED), true)));
    NodeList outs = doc.getElementsByTagName("system-out");
    assertThat(outs.getLength()).isEqualTo(3);
    assertThat(outs.item(1).getTextContent()).startsWith("wrong: CONTESTED   UNEXPECTED: expected supported\n")
        .contains("  - contradicts ministry");
    NodeList props = doc.getElementsByTagName("property");
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < props.getLength(); i++) {
      Element p = (Element) props.item(i);
      all.append(p.getAttribute("name")).append('=').append(p.getAttribute("value")).append('\n');
    }
    assertThat(all.toString()).contains("corroborate.claims-file=desk/claims.yaml\n")
        .contains("corroborate.gate=expect, fail-on unverified, official contradiction\n")
        .contains("corroborate.sources=3\n").contains("corroborate.unverified=1\n");
  }

  @Test
  void theGateDecidesWhichClaimsFail() throws Exception {
    Document doc = parse(render(sample(), Gate.of(Set.of(Verdict.UNVERIFIED), true)));
    NodeList failures = doc.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(2);
    Element wrong = (Element) failures.item(0);
    assertThat(wrong.getAttribute("message")).startsWith("expected supported, got contested; contradicted by"
        + " official source ministry (Publisher of ministry, press-briefing)");
    Element open = (Element) failures.item(1);
    assertThat(((Element) open.getParentNode()).getAttribute("name")).isEqualTo("open");
    assertThat(open.getAttribute("type")).isEqualTo("fail-on");
    assertThat(open.getAttribute("message")).isEqualTo("verdict unverified is listed in --fail-on");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("2");
  }

  @Test
  void charactersIllegalInXmlAreStrippedAndMarkupIsEscaped() throws Exception {
    String nasty = "A <b>bold</b> & \"quoted\" ]]> claim\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF"
        + "\uD800 end \uD83D\uDE00 \t tab";
    Claim c = new Claim("nasty-\u0007id", nasty, Verdict.SUPPORTED, 2);
    ClaimResult r = new ClaimResult(c, Verdict.CONTRADICTED, "reason \u0002", List.of(
        says(MINISTRY, Stance.CONTRADICTS, "No \u0003<script>alert(1)</script> & done.")));
    String xml = render(new CheckReport("claims\u0001.yaml", 1, List.of(r)), Gate.expectOnly());
    validate(xml);
    Document doc = parse(xml);
    Element testcase = (Element) doc.getElementsByTagName("testcase").item(0);
    assertThat(testcase.getAttribute("name")).isEqualTo("nasty-id");
    assertThat(testcase.getAttribute("classname")).isEqualTo("claims.yaml");
    String out = doc.getElementsByTagName("system-out").item(0).getTextContent();
    assertThat(out).contains("A <b>bold</b> & \"quoted\" ]]> claim end \uD83D\uDE00 \t tab");
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).contains("\"No <script>alert(1)</script> & done.\"");
    assertThat(xml).doesNotContain("<script>").doesNotContain("\u0000").doesNotContain("\uD800 ");
  }

  @Test
  void emptyReportIsAValidSuiteWithoutTestcases() throws Exception {
    String xml = render(new CheckReport("claims.yaml", 2, List.of()), Gate.expectOnly());
    validate(xml);
    assertThat(parse(xml).getElementsByTagName("testcase").getLength()).isZero();
  }

  @Test
  void sameReportSameBytes() throws Exception {
    assertThat(render(sample(), Gate.expectOnly())).isEqualTo(render(sample(), Gate.expectOnly()))
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"corroborate\"")
        .doesNotContain("timestamp").doesNotContain("hostname").endsWith("</testsuites>\n");
  }

  @Test
  void theSchemaRejectsWhatCiServersWouldNotRead() {
    assertThatThrownBy(() -> validate("<testsuites><testsuite tests=\"1\"><testcase name=\"a\"/></testsuite>"
        + "</testsuites>")).isInstanceOf(SAXException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> validate("<testsuite name=\"s\" tests=\"x\"/>")).isInstanceOf(SAXException.class);
    assertThatThrownBy(() -> validate("<testsuite name=\"s\" tests=\"1\"><testcase name=\"a\"><system-out/>"
        + "<failure/></testcase></testsuite>")).isInstanceOf(SAXException.class);
    assertThatThrownBy(() -> validate("<testsuite name=\"s\" tests=\"1\"><testcase name=\"a\"><skipped/>"
        + "<failure/></testcase></testsuite>")).isInstanceOf(SAXException.class);
    assertThatThrownBy(() -> validate("<testsuite name=\"s\" tests=\"1\"><testcase/></testsuite>"))
        .isInstanceOf(SAXException.class);
  }

  private static String attr(NodeList nodes, int i, String name) {
    return ((Element) nodes.item(i)).getAttribute(name);
  }
}
