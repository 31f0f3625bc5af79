package dev.corroborate.report;

import dev.corroborate.conflicts.ConflictsReport;
import dev.corroborate.conflicts.ContestedProposition;
import dev.corroborate.conflicts.Omission;
import dev.corroborate.conflicts.SideEvidence;
import dev.corroborate.corpus.SourceDocument;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The human-readable conflicts report: per contested proposition, best first, its id and rank
 * weights, the claim, then each supporting and contradicting passage with its source (publisher,
 * kind, date, who asserts it (the source, citing whom, or the speaker it reports)), the quote and the conflict cue, then the omissions; a summary line last.
 */
public final class ConflictsTextReport implements ConflictsRenderer {
  @Override
  public void render(ConflictsReport report, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (ContestedProposition p : report.propositions()) {
      n++;
      b.append(String.format(Locale.ROOT, "%d. %s   (supporting weight %s, contradicting weight %s)%n", n, p.id(),
          weight(p.score().supporting()), weight(p.score().contradicting())));
      b.append("   claim: ").append(oneLine(p.text())).append('\n');
      side(b, "+ supports   ", p.supporting());
      side(b, "- contradicts", p.contradicting());
      for (Omission o : p.omissions()) {
        b.append("   ? omission    ").append(source(o.source(), o.source().displayName())).append('\n');
        b.append("       \"").append(oneLine(o.passage().text())).append("\"\n");
        b.append("         omission: ").append(oneLine(o.reason())).append('\n');
      }
      b.append('\n');
    }
    long omissions = report.propositions().stream().mapToLong(p -> p.omissions().size()).sum();
    b.append(String.format(Locale.ROOT,
        "%d contested proposition%s, %d omission%s (%d sources, %d passages, %d candidate propositions, %d conflicting pairs)%n",
        report.propositions().size(), report.propositions().size() == 1 ? "" : "s", omissions,
        omissions == 1 ? "" : "s", report.sources().size(), report.passages(), report.candidates(), report.pairs()));
    out.write(b.toString());
  }

  private static void side(StringBuilder b, String label, List<SideEvidence> side) {
    for (SideEvidence e : side) {
      b.append("   ").append(label).append(' ').append(source(e.source(), e.attribution())).append('\n');
      b.append("       \"").append(oneLine(e.passage().text())).append("\"\n");
      b.append("         ").append(e.cue().kind().label()).append(": ").append(oneLine(e.reason())).append('\n');
    }
  }

  private static String source(SourceDocument s, String who) {
    return s.id() + " | " + oneLine(who) + " | " + s.kind().label() + (s.kind().official() ? " (official)" : "")
        + " | " + (s.date() == null ? "undated" : s.date().toString());
  }

  static String weight(double w) {
    return w == Math.floor(w) ? String.valueOf((long) w) : String.format(Locale.ROOT, "%.1f", w);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s*[\\r\\n\\u2028\\u2029]+\\s*", " ");
  }
}
