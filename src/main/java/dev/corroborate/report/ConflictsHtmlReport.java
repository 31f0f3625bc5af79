package dev.corroborate.report;

import static dev.corroborate.report.HtmlFragments.date;
import static dev.corroborate.report.HtmlFragments.kindChip;
import static dev.corroborate.report.HtmlFragments.sourceLink;
import static dev.corroborate.report.HtmlFragments.text;

import dev.corroborate.conflicts.ConflictsReport;
import dev.corroborate.conflicts.ContestedProposition;
import dev.corroborate.conflicts.Omission;
import dev.corroborate.conflicts.SideEvidence;
import dev.corroborate.corpus.SourceDocument;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The conflicts report as one self-contained HTML page in the style of {@link HtmlReport} (its CSS
 * inline, no script, nothing loaded from the network): per contested proposition, best first, its
 * rank weights, the claim, side by side the supporting and contradicting passages (source, kind,
 * date, link, who asserts it (the source, citing whom, or the speaker it reports), the quote and the conflict cue), then the omissions. Everything taken
 * from sources is escaped ({@link Escape#html}), so markup in a source shows as text; a
 * Content-Security-Policy allows only the page's own style. Deterministic.
 */
public final class ConflictsHtmlReport implements ConflictsRenderer {
  @Override
  public void render(ConflictsReport report, Writer out) throws IOException {
    StringBuilder h = new StringBuilder(32 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
        .append(HtmlReport.sha256(HtmlReport.CSS))
        .append("'; script-src 'none'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
        .append("<meta name=\"generator\" content=\"corroborate\">\n<title>Contested propositions</title>\n<style>")
        .append(HtmlReport.CSS).append("</style>\n</head>\n<body>\n");
    long omissions = report.propositions().stream().mapToLong(p -> p.omissions().size()).sum();
    h.append("<header class=\"top\">\n<h1>Contested propositions</h1>\n<p class=\"summary\">")
        .append(report.propositions().size()).append(report.propositions().size() == 1 ? " proposition" : " propositions")
        .append(" on which sources disagree, ").append(omissions).append(omissions == 1 ? " omission" : " omissions")
        .append(", from ").append(report.sources().size()).append(" sources (").append(report.passages())
        .append(" passages, ").append(report.candidates()).append(" candidate propositions, ").append(report.pairs())
        .append(" conflicting pairs).</p>\n<p class=\"byline\">Ranked by the weaker side's weight, then both sides':"
            + " 2 per official source (official-readout, official-statement, press-briefing, letter), 1 per other"
            + " source, halved for a source that only relays someone else.</p>\n</header>\n<main>\n");
    if (report.propositions().isEmpty()) {
      h.append("<p class=\"none\">No conflicting passages found.</p>\n");
    }
    int n = 0;
    for (ContestedProposition p : report.propositions()) {
      proposition(h, ++n, p);
    }
    h.append("</main>\n<footer><p>Made by corroborate conflicts. Conflicts are found by explainable rules:"
        + " read the passages before you publish.</p></footer>\n</body>\n</html>\n");
    out.write(h.toString());
  }

  private static void proposition(StringBuilder h, int n, ContestedProposition p) {
    h.append("<article class=\"claim contested\" id=\"").append(text("p-" + p.id())).append("\">\n<header>")
        .append("<p class=\"claim-meta\"><span class=\"badge contested\">contested</span> <span class=\"num\">")
        .append(n).append(".</span> <span class=\"id\">").append(text(p.id())).append("</span></p>\n")
        .append("<h3 class=\"claim-text\">").append(text(p.text())).append("</h3>\n<p class=\"why\">weight ")
        .append(ConflictsTextReport.weight(p.score().supporting())).append(" supporting, ")
        .append(ConflictsTextReport.weight(p.score().contradicting())).append(" contradicting</p></header>\n")
        .append("<div class=\"sides\">\n");
    side(h, "supports", "Supporting", p.supporting());
    side(h, "contradicts", "Contradicting", p.contradicting());
    h.append("</div>\n");
    if (!p.omissions().isEmpty()) {
      h.append("<details class=\"side mentions\" open><summary>Omissions (<span class=\"count\">")
          .append(p.omissions().size()).append("</span>): cover the event, say nothing either way</summary>\n");
      for (Omission o : p.omissions()) {
        h.append("<div class=\"source mentions\">\n");
        head(h, o.source(), o.source().displayName());
        h.append("<figure class=\"evidence mentions\"><blockquote>").append(text(o.passage().text()))
            .append("</blockquote><figcaption><span class=\"stance mentions\">omission</span> <span class=\"reason\">")
            .append(text(o.reason())).append("</span></figcaption></figure>\n</div>\n");
      }
      h.append("</details>\n");
    }
    h.append("</article>\n");
  }

  private static void side(StringBuilder h, String stance, String title, List<SideEvidence> side) {
    h.append("<section class=\"side ").append(stance).append("\"><h4>").append(title)
        .append(" (<span class=\"count\">").append(side.size()).append("</span>)</h4>\n");
    for (SideEvidence e : side) {
      h.append("<div class=\"source ").append(stance).append("\" data-kind=\"").append(e.source().kind().label())
          .append("\">\n");
      head(h, e.source(), e.attribution());
      h.append("<figure class=\"evidence ").append(stance).append("\"><blockquote>").append(text(e.passage().text()))
          .append("</blockquote><figcaption><span class=\"stance ").append(stance).append("\">")
          .append(e.cue().kind().label()).append("</span> <span class=\"reason\">").append(text(e.reason()))
          .append("</span></figcaption></figure>\n</div>\n");
    }
    h.append("</section>\n");
  }

  private static void head(StringBuilder h, SourceDocument s, String who) {
    h.append("<p class=\"src-head\"><span class=\"publisher\">").append(text(who)).append("</span> ")
        .append(kindChip(s.kind())).append(" <span class=\"date\">").append(date(s.date())).append("</span>")
        .append(sourceLink(s)).append(" <span class=\"id\">").append(text(s.id())).append("</span></p>\n");
  }
}
