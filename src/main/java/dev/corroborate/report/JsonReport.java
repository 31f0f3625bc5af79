package dev.corroborate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.stance.Cue;
import dev.corroborate.verdict.CheckReport;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.Evidence;
import dev.corroborate.verdict.ReportedParty;
import dev.corroborate.verdict.SourceAssessment;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report, for other tools. Keys are stable and always in this order:
 * {@code {"claims":[{"id","text","verdict","expected","reason","sources":[{"source","publisher",
 * "kind","official","date","url","title","stance","confidence","reason","evidence":[{"text","reason",
 * "passage","start","end","stance","confidence","attributed_to","citing","matched","cues":[{"kind",
 * "words","detail"}]}]}],"reported":[{"party","publisher","stance","confidence","counted","via",
 * "reason","evidence":[...]}]}],"summary":{...}}}}. {@code reported} lists the parties whose position
 * is known from other sources' reports of it ({@code via}: the reporting sources' ids; {@code
 * counted}: whether it counts towards the verdict). Absent values are {@code null}; silent sources
 * are omitted.
 */
public final class JsonReport implements ReportRenderer {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void render(CheckReport report, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("claims");
      for (ClaimResult r : report.results()) {
        writeClaim(g, r);
      }
      g.writeEndArray();
      Summary s = Summary.of(report);
      g.writeObjectFieldStart("summary");
      g.writeNumberField("claims", s.claims());
      g.writeNumberField("supported", s.supported());
      g.writeNumberField("contradicted", s.contradicted());
      g.writeNumberField("contested", s.contested());
      g.writeNumberField("unverified", s.unverified());
      g.writeNumberField("unexpected", s.unexpected());
      g.writeNumberField("sources", report.sourceCount());
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeClaim(JsonGenerator g, ClaimResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.claim().id());
    g.writeStringField("text", r.claim().text());
    g.writeStringField("verdict", r.verdict().label());
    g.writeStringField("expected", r.claim().expected() == null ? null : r.claim().expected().label());
    g.writeStringField("reason", r.reason());
    g.writeArrayFieldStart("sources");
    for (SourceAssessment a : r.sources()) {
      SourceDocument s = a.source();
      g.writeStartObject();
      g.writeStringField("source", s.id());
      g.writeStringField("publisher", s.publisher());
      g.writeStringField("kind", s.kind().label());
      g.writeBooleanField("official", s.kind().official());
      g.writeStringField("date", s.date() == null ? null : s.date().toString());
      g.writeStringField("url", s.url());
      g.writeStringField("title", s.title());
      g.writeStringField("stance", a.stance().label());
      g.writeNumberField("confidence", a.confidence());
      g.writeStringField("reason", a.reason());
      g.writeArrayFieldStart("evidence");
      for (Evidence e : a.evidence()) {
        writeEvidence(g, e);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("reported");
    for (ReportedParty p : r.reported()) {
      g.writeStartObject();
      g.writeStringField("party", p.name());
      g.writeStringField("publisher", p.publisher().isEmpty() ? null : p.publisher());
      g.writeStringField("stance", p.stance().label());
      g.writeNumberField("confidence", p.confidence());
      g.writeBooleanField("counted", p.counted());
      g.writeArrayFieldStart("via");
      for (String v : p.via()) {
        g.writeString(v);
      }
      g.writeEndArray();
      g.writeStringField("reason", p.reason());
      g.writeArrayFieldStart("evidence");
      for (Evidence e : p.evidence()) {
        writeEvidence(g, e);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeEvidence(JsonGenerator g, Evidence e) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", e.text());
    g.writeStringField("reason", e.reason());
    g.writeStringField("passage", e.passageId());
    g.writeNumberField("start", e.start());
    g.writeNumberField("end", e.end());
    g.writeStringField("stance", e.stance().label());
    g.writeNumberField("confidence", e.confidence());
    g.writeStringField("attributed_to", e.attributedTo().isEmpty() ? null : e.attributedTo());
    g.writeStringField("citing", e.citing().isEmpty() ? null : e.citing());
    g.writeArrayFieldStart("matched");
    for (String m : e.matched()) {
      g.writeString(m);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("cues");
    for (Cue c : e.cues()) {
      g.writeStartObject();
      g.writeStringField("kind", c.kind().label());
      g.writeStringField("words", c.words());
      g.writeStringField("detail", c.detail());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
