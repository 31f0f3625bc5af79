package dev.corroborate.report;

import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.gate.ClaimGate;
import dev.corroborate.gate.Gate;
import dev.corroborate.gate.GateOutcome;
import dev.corroborate.verdict.CheckReport;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.Evidence;
import dev.corroborate.verdict.SourceAssessment;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JUnit XML report that CI servers (Jenkins, GitLab, GitHub test reporters) read: one {@code
 * <testsuite>} named after the claims file, one {@code <testcase>} per claim ({@code classname} the
 * claims file, {@code name} the claim id). A claim that fails the {@link Gate} has a {@code
 * <failure>} whose message says why (expected versus actual verdict, --fail-on, official
 * contradiction) with the contradicting evidence, and whose body lists every contradicting passage.
 * Each test case's {@code <system-out>} holds the claim's text report; the suite's {@code
 * <properties>} hold the gate, the source count and the verdict counts.
 *
 * <p>Written with a streaming {@link XMLStreamWriter}; characters that XML 1.0 cannot carry are
 * removed. No time or host name is written, so the same report gives the same bytes.
 */
public final class JunitReport implements ReportRenderer {
  private final Gate gate;

  /** A report judged by the {@code expect} rule only. */
  public JunitReport() {
    this(Gate.expectOnly());
  }

  public JunitReport(Gate gate) {
    this.gate = Objects.requireNonNull(gate, "gate");
  }

  @Override
  public ReportRenderer gated(Gate gate) {
    return new JunitReport(gate);
  }

  @Override
  public void render(CheckReport report, Writer out) throws IOException {
    GateOutcome outcome = gate.judge(report);
    String suite = report.claimsFile().isEmpty() ? "claims" : report.claimsFile();
    String tests = Integer.toString(report.results().size());
    String failures = Integer.toString(outcome.failures().size());
    try {
      XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      attribute(x, "name", "corroborate");
      counts(x, tests, failures);
      x.writeCharacters("\n  ");
      x.writeStartElement("testsuite");
      attribute(x, "name", suite);
      counts(x, tests, failures);
      properties(x, report);
      for (ClaimGate claim : outcome.claims()) {
        testcase(x, suite, claim, report.claimsFile());
      }
      x.writeCharacters("\n  ");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the JUnit XML report: " + e.getMessage(), e);
    }
  }

  private static void counts(XMLStreamWriter x, String tests, String failures) throws XMLStreamException {
    attribute(x, "tests", tests);
    attribute(x, "failures", failures);
    attribute(x, "errors", "0");
    attribute(x, "skipped", "0");
  }

  private void properties(XMLStreamWriter x, CheckReport report) throws XMLStreamException {
    Summary s = Summary.of(report);
    x.writeCharacters("\n    ");
    x.writeStartElement("properties");
    property(x, "corroborate.claims-file", report.claimsFile());
    property(x, "corroborate.gate", gate.describe());
    property(x, "corroborate.sources", Integer.toString(report.sourceCount()));
    property(x, "corroborate.supported", Integer.toString(s.supported()));
    property(x, "corroborate.contradicted", Integer.toString(s.contradicted()));
    property(x, "corroborate.contested", Integer.toString(s.contested()));
    property(x, "corroborate.unverified", Integer.toString(s.unverified()));
    property(x, "corroborate.unexpected", Integer.toString(s.unexpected()));
    x.writeCharacters("\n    ");
    x.writeEndElement();
  }

  private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeCharacters("\n      ");
    x.writeEmptyElement("property");
    attribute(x, "name", name);
    attribute(x, "value", value);
  }

  private static void testcase(XMLStreamWriter x, String suite, ClaimGate claim, String claimsFile)
      throws XMLStreamException, IOException {
    ClaimResult r = claim.result();
    x.writeCharacters("\n    ");
    x.writeStartElement("testcase");
    attribute(x, "name", r.claim().id());
    attribute(x, "classname", suite);
    if (claim.failed()) {
      x.writeCharacters("\n      ");
      x.writeStartElement("failure");
      attribute(x, "message", failureMessage(claim));
      attribute(x, "type", claim.failures().get(0).rule());
      text(x, failureBody(claim, claimsFile));
      x.writeEndElement();
    }
    x.writeCharacters("\n      ");
    x.writeStartElement("system-out");
    StringWriter claimText = new StringWriter();
    TextReport.writeClaim(r, claimText);
    text(x, claimText.toString());
    x.writeEndElement();
    x.writeCharacters("\n    ");
    x.writeEndElement();
  }

  /**
   * One line: why, then the first quoted passage of each contradicting source, e.g. {@code expected
   * supported, got contested; contradicting evidence: city-2024 "The city did not ..."}.
   */
  static String failureMessage(ClaimGate claim) {
    String message = claim.why();
    List<SourceAssessment> against = claim.contradicting();
    if (!against.isEmpty()) {
      message += "; contradicting evidence: " + against.stream()
          .map(a -> a.source().id() + (a.evidence().isEmpty() ? "" : " \"" + a.evidence().get(0).text() + "\""))
          .collect(Collectors.joining("; "));
    }
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /** The claim, its verdict, every reason it fails and every contradicting passage with why. */
  static String failureBody(ClaimGate claim, String claimsFile) {
    ClaimResult r = claim.result();
    StringBuilder sb = new StringBuilder();
    sb.append(claim.oneLine(claimsFile)).append('\n');
    sb.append("claim:   ").append(r.claim().text()).append('\n');
    sb.append("verdict: ").append(r.verdict().label());
    if (r.claim().expected() != null) {
      sb.append(" (expected ").append(r.claim().expected().label()).append(')');
    }
    sb.append('\n');
    sb.append("why:     ").append(r.reason()).append('\n');
    claim.failures().forEach(f -> sb.append("fails:   ").append(f.message()).append('\n'));
    List<SourceAssessment> against = claim.contradicting();
    sb.append("contradicting evidence:").append(against.isEmpty() ? " none\n" : "\n");
    for (SourceAssessment a : against) {
      SourceDocument s = a.source();
      sb.append("  - ").append(s.id()).append(" | ").append(s.displayName()).append(" | ").append(s.kind().label())
          .append(s.kind().official() ? " (official)" : "").append(" | ")
          .append(s.date() == null ? "undated" : s.date().toString()).append('\n');
      for (Evidence e : a.evidence()) {
        sb.append("      \"").append(e.text().replace('\n', ' ')).append("\"\n");
        sb.append("        ").append(e.stance().label()).append(": ").append(e.reason()).append('\n');
      }
    }
    return sb.toString();
  }

  private static void attribute(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeAttribute(name, XmlChars.legal(value));
  }

  private static void text(XMLStreamWriter x, String value) throws XMLStreamException {
    x.writeCharacters(XmlChars.legal(value));
  }
}
