package dev.corroborate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.corroborate.conflicts.ConflictsReport;
import dev.corroborate.conflicts.ContestedProposition;
import dev.corroborate.conflicts.Omission;
import dev.corroborate.conflicts.SideEvidence;
import dev.corroborate.corpus.SourceDocument;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The conflicts report as JSON, for other tools. Keys are stable and always in this order:
 * {@code {"propositions":[{"id","text","rank":{"supporting","contradicting","weaker","total"},
 * "supporting":[EVIDENCE],"contradicting":[EVIDENCE],"omissions":[{"source","publisher","kind",
 * "official","date","url","passage","text","reason"}]}],"summary":{"propositions","omissions",
 * "sources","passages","candidates","pairs"}}} where EVIDENCE is {@code {"source","publisher","kind",
 * "official","date","url","holder","citing","attribution","passage","text","cue":{"kind","words","detail"},
 * "reason","against"}}; {@code cue.detail} is the engine's wording (this passage, or the other, as
 * "the passage" against "the claim"), {@code reason} the same from this passage's point of view. {@code holder} is who the source reports as asserting it (null in the source's own voice),
 * {@code citing} the informants the assertion cites; absent values are {@code null}.
 */
public final class ConflictsJsonReport implements ConflictsRenderer {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void render(ConflictsReport report, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("propositions");
      long omissions = 0;
      for (ContestedProposition p : report.propositions()) {
        omissions += p.omissions().size();
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("text", p.text());
        g.writeObjectFieldStart("rank");
        g.writeNumberField("supporting", p.score().supporting());
        g.writeNumberField("contradicting", p.score().contradicting());
        g.writeNumberField("weaker", p.score().weaker());
        g.writeNumberField("total", p.score().total());
        g.writeEndObject();
        side(g, "supporting", p.supporting());
        side(g, "contradicting", p.contradicting());
        g.writeArrayFieldStart("omissions");
        for (Omission o : p.omissions()) {
          g.writeStartObject();
          source(g, o.source());
          g.writeStringField("passage", o.passage().id());
          g.writeStringField("text", o.passage().text());
          g.writeStringField("reason", o.reason());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("propositions", report.propositions().size());
      g.writeNumberField("omissions", omissions);
      g.writeNumberField("sources", report.sources().size());
      g.writeNumberField("passages", report.passages());
      g.writeNumberField("candidates", report.candidates());
      g.writeNumberField("pairs", report.pairs());
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void side(JsonGenerator g, String name, List<SideEvidence> side) throws IOException {
    g.writeArrayFieldStart(name);
    for (SideEvidence e : side) {
      g.writeStartObject();
      source(g, e.source());
      g.writeStringField("holder", e.relayed() ? e.holder() : null);
      g.writeStringField("citing", e.citing().isEmpty() ? null : e.citing());
      g.writeStringField("attribution", e.attribution());
      g.writeStringField("passage", e.passage().id());
      g.writeStringField("text", e.passage().text());
      g.writeObjectFieldStart("cue");
      g.writeStringField("kind", e.cue().kind().label());
      g.writeStringField("words", e.cue().words());
      g.writeStringField("detail", e.cue().detail());
      g.writeEndObject();
      g.writeStringField("reason", e.reason());
      g.writeStringField("against", e.against());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void source(JsonGenerator g, SourceDocument s) throws IOException {
    g.writeStringField("source", s.id());
    g.writeStringField("publisher", s.publisher());
    g.writeStringField("kind", s.kind().label());
    g.writeBooleanField("official", s.kind().official());
    g.writeStringField("date", s.date() == null ? null : s.date().toString());
    g.writeStringField("url", s.url());
  }
}
