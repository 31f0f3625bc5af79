package dev.corroborate.report;

import static dev.corroborate.report.HtmlFragments.badge;
import static dev.corroborate.report.HtmlFragments.date;
import static dev.corroborate.report.HtmlFragments.kindChip;
import static dev.corroborate.report.HtmlFragments.sourceAnchor;
import static dev.corroborate.report.HtmlFragments.sourceLink;
import static dev.corroborate.report.HtmlFragments.text;

import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.stance.Stance;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.Evidence;
import dev.corroborate.verdict.ReportedParty;
import dev.corroborate.verdict.SourceAssessment;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * One claim of the HTML report: verdict badge, the claim, the reason; side by side the supporting and
 * the contradicting sources; then, folded, the sources that only mention it. Each source shows its
 * publisher, kind, date, link, confidence and reason, and each quoted passage its stance, who said it
 * when the source relays someone, the matched words highlighted and the engine's reason.
 */
final class HtmlClaimSection {
  private HtmlClaimSection() {}

  static void render(StringBuilder h, int number, ClaimResult r, String anchor, UnaryOperator<String> names) {
    String verdict = r.verdict().label();
    h.append("<article class=\"claim ").append(verdict).append("\" id=\"").append(text(anchor))
        .append("\" data-verdict=\"").append(verdict).append("\">\n<header><p class=\"claim-meta\">")
        .append(badge(r.verdict())).append(" <span class=\"num\">").append(number)
        .append(".</span> <span class=\"id\">")
        .append(text(r.claim().id())).append("</span>");
    if (r.claim().expected() != null) {
      h.append(r.unexpected()
          ? " <span class=\"unexpected\">not as expected: the claims file expects " + r.claim().expected().label()
              + "</span>"
          : " <span class=\"expected\">as expected</span>");
    }
    h.append("</p>\n<h3 class=\"claim-text\">").append(text(r.claim().text())).append("</h3>\n<p class=\"why\">")
        .append(text(r.reason())).append("</p></header>\n<div class=\"sides\">\n");
    side(h, r, Stance.SUPPORTS, "Supporting", "No source supports it.");
    side(h, r, Stance.CONTRADICTS, "Contradicting", "No source contradicts it.");
    h.append("</div>\n");
    List<SourceAssessment> mentions = r.sources().stream().filter(a -> a.stance() == Stance.MENTIONS).toList();
    if (!mentions.isEmpty()) {
      h.append("<details class=\"side mentions\"><summary>Only mentioning it (<span class=\"count\">")
          .append(mentions.size()).append("</span>)</summary>\n");
      mentions.forEach(a -> source(h, a));
      h.append("</details>\n");
    }
    if (!r.reported().isEmpty()) {
      h.append("<details class=\"side reported\"><summary>Reported by others (<span class=\"count\">")
          .append(r.reported().size()).append("</span>)</summary>\n");
      for (ReportedParty p : r.reported()) {
        h.append("<div class=\"source ").append(p.stance().label()).append("\">\n<p class=\"src-head\">")
            .append("<span class=\"stance ").append(p.stance().label()).append("\">").append(p.stance().label())
            .append("</span> ").append(text(Asserter.summary(p, names)))
            .append(String.format(Locale.ROOT, " <span class=\"conf\">confidence %.2f</span></p>\n", p.confidence()))
            .append("<p class=\"src-why\">").append(text(p.reason())).append("</p>\n");
        for (Evidence e : p.evidence()) {
          evidence(h, names.apply(e.sourceId()), e);
        }
        h.append("</div>\n");
      }
      h.append("</details>\n");
    }
    h.append("</article>\n");
  }

  private static void side(StringBuilder h, ClaimResult r, Stance stance, String title, String none) {
    List<SourceAssessment> list = r.sources().stream().filter(a -> a.stance() == stance).toList();
    h.append("<section class=\"side ").append(stance.label()).append("\"><h4>").append(title)
        .append(" (<span class=\"count\">").append(list.size()).append("</span>)</h4>\n");
    if (list.isEmpty()) {
      h.append("<p class=\"none\">").append(none).append("</p>\n");
    }
    list.forEach(a -> source(h, a));
    h.append("</section>\n");
  }

  private static void source(StringBuilder h, SourceAssessment a) {
    SourceDocument s = a.source();
    h.append("<div class=\"source ").append(a.stance().label()).append("\" data-kind=\"").append(s.kind().label())
        .append("\">\n<p class=\"src-head\"><a class=\"publisher\" href=\"#").append(sourceAnchor(s)).append("\">")
        .append(text(s.displayName())).append("</a> ").append(kindChip(s.kind())).append(" <span class=\"date\">")
        .append(date(s.date())).append("</span>").append(sourceLink(s))
        .append(String.format(Locale.ROOT, " <span class=\"conf\">confidence %.2f</span></p>\n",
            a.confidence()));
    boolean speaker = s.speaker() != null && !s.speaker().isBlank();
    if (!s.title().isEmpty() || speaker) {
      h.append("<p class=\"src-title\">");
      if (!s.title().isEmpty()) {
        h.append("<cite>").append(text(s.title())).append("</cite>");
      }
      if (speaker) {
        h.append(s.title().isEmpty() ? "" : " · ").append("speaker: ").append(text(s.speaker()));
      }
      h.append("</p>\n");
    }
    h.append("<p class=\"src-why\">").append(text(a.reason())).append("</p>\n");
    for (Evidence e : a.evidence()) {
      evidence(h, s.displayName(), e);
    }
    h.append("</div>\n");
  }

  private static void evidence(StringBuilder h, String sourceName, Evidence e) {
    h.append("<figure class=\"evidence ").append(e.stance().label()).append("\"><blockquote>");
    for (Highlighter.Piece p : Highlighter.pieces(e.text(), e.matched())) {
      h.append(p.highlighted() ? "<mark>" + text(p.text()) + "</mark>" : text(p.text()));
    }
    h.append("</blockquote><figcaption><span class=\"stance ").append(e.stance().label()).append("\">")
        .append(e.stance().label()).append("</span>");
    String who = Asserter.of(sourceName, e);
    if (!who.isEmpty()) {
      h.append(" <span class=\"attr\">asserted by ").append(text(who)).append("</span>");
    }
    h.append(String.format(Locale.ROOT, " <span class=\"conf\" title=\"confidence\">(%.2f)</span>", e.confidence()))
        .append(" <span class=\"reason\">").append(text(e.reason())).append("</span></figcaption></figure>\n");
  }
}
