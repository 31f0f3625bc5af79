package dev.corroborate.report;

import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.stance.Stance;
import dev.corroborate.verdict.CheckReport;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.Evidence;
import dev.corroborate.verdict.ReportedParty;
import dev.corroborate.verdict.SourceAssessment;
import java.io.IOException;
import java.util.function.UnaryOperator;
import java.io.Writer;
import java.util.Locale;

/**
 * The plain-text report for a terminal: per claim the verdict (and whether it was expected), the
 * reason, then per source its stance, publisher, kind, date, the quoted passages and why.
 */
public final class TextReport implements ReportRenderer {
  @Override
  public void render(CheckReport report, Writer out) throws IOException {
    for (ClaimResult r : report.results()) {
      writeClaim(r, out, Asserter.names(report.sources()));
      out.write("\n");
    }
    Summary s = Summary.of(report);
    out.write(String.format(Locale.ROOT,
        "%d claims against %d sources: %d supported, %d contradicted, %d contested, %d unverified; %d unexpected%n",
        s.claims(), report.sourceCount(), s.supported(), s.contradicted(), s.contested(), s.unverified(),
        s.unexpected()));
  }

  /** One claim's block: verdict line, claim, reason, then each non-silent source and its passages. */
  static void writeClaim(ClaimResult r, Writer out) throws IOException {
    writeClaim(r, out, UnaryOperator.identity());
  }

  /** As {@link #writeClaim(ClaimResult, Writer)}, naming reporting sources with {@code names} (id to name). */
  static void writeClaim(ClaimResult r, Writer out, UnaryOperator<String> names) throws IOException {
    String expected = r.claim().expected() == null ? ""
        : r.unexpected() ? "   UNEXPECTED: expected " + r.claim().expected().label()
        : "   (as expected)";
    out.write(r.claim().id() + ": " + r.verdict().label().toUpperCase(Locale.ROOT) + expected + "\n");
    out.write("  claim: " + r.claim().text() + "\n");
    out.write("  why:   " + r.reason() + "\n");
    for (SourceAssessment a : r.sources()) {
      SourceDocument s = a.source();
      out.write(String.format(Locale.ROOT, "  %s %-11s %s | %s | %s | %s  [%.2f]%n", marker(a.stance()),
          a.stance().label(), s.id(), s.displayName(), s.kind().label(),
          s.date() == null ? "undated" : s.date().toString(), a.confidence()));
      out.write("      " + a.reason() + "\n");
      for (Evidence e : a.evidence()) {
        evidence(out, s.displayName(), e);
      }
    }
    if (!r.reported().isEmpty()) {
      out.write("  reported by others (positions known from the sources' reports of them):\n");
      for (ReportedParty p : r.reported()) {
        out.write(String.format(Locale.ROOT, "  %s %-11s %s  [%.2f]%n", marker(p.stance()), p.stance().label(),
            Asserter.summary(p, names), p.confidence()));
        for (Evidence e : p.evidence()) {
          evidence(out, names.apply(e.sourceId()), e);
        }
      }
    }
  }

  private static void evidence(Writer out, String sourceName, Evidence e) throws IOException {
    out.write("      \"" + e.text().replace('\n', ' ') + "\"\n");
    String who = Asserter.of(sourceName, e);
    if (!who.isEmpty()) {
      out.write("        asserted by: " + who + "\n");
    }
    out.write("        " + e.stance().label() + ": " + e.reason() + "\n");
  }

  private static String marker(Stance stance) {
    return switch (stance) {
      case SUPPORTS -> "+";
      case CONTRADICTS -> "-";
      case MENTIONS -> "~";
      case UNRELATED -> " ";
    };
  }
}
