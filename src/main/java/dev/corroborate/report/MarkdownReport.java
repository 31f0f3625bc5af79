package dev.corroborate.report;

import static dev.corroborate.report.Escape.markdown;

import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.corpus.SourceKind;
import dev.corroborate.stance.Stance;
import dev.corroborate.verdict.CheckReport;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.Evidence;
import dev.corroborate.verdict.ReportedParty;
import dev.corroborate.verdict.SourceAssessment;
import dev.corroborate.verdict.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.Objects;

/**
 * The Markdown report (GitHub-flavoured) for a newsroom wiki or a pull-request comment: the same
 * content as the HTML report. A claim × source table (columns S1, S2... are the sources by date; one
 * emoji per cell, with a legend), the sources by date (which also keys the columns), then per claim
 * the verdict, the claim, the reason, and the supporting, contradicting and mentioning sources with
 * their passages (matched words in bold) and the engine's reasons.
 *
 * <p>Text from sources, claims and options goes through {@link Escape#markdown}: no raw HTML (not one
 * {@code <} is written), no link, emphasis, code span or table cell boundary can come from a source;
 * a source link is written only for an http(s) address. Deterministic.
 */
public final class MarkdownReport implements ReportRenderer {
  private final ReviewOptions options;

  /** With the {@link ReviewOptions#DEFAULT default} review options. */
  public MarkdownReport() {
    this(ReviewOptions.DEFAULT);
  }

  public MarkdownReport(ReviewOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public ReportRenderer reviewed(ReviewOptions options) {
    return new MarkdownReport(options);
  }

  @Override
  public void render(CheckReport report, Writer out) throws IOException {
    SourceGrid grid = SourceGrid.of(report);
    StringBuilder m = new StringBuilder(32 * 1024);
    header(m, report);
    matrix(m, report, grid);
    sources(m, grid);
    m.append("## Claims\n\n");
    for (int i = 0; i < report.results().size(); i++) {
      claim(m, i + 1, report.results().get(i), grid, Asserter.names(report.sources()));
    }
    m.append("---\n\n*Made by corroborate. Stances are judged by explainable rules: read the passages before you"
        + " publish.*\n");
    out.write(m.toString());
  }

  private void header(StringBuilder m, CheckReport report) {
    Summary s = Summary.of(report);
    m.append("# Claim check").append(report.claimsFile().isEmpty() ? "" : ": " + markdown(report.claimsFile()))
        .append("\n\n").append(s.claims()).append(s.claims() == 1 ? " claim" : " claims").append(" against ")
        .append(report.sourceCount()).append(report.sourceCount() == 1 ? " source" : " sources").append(": ");
    for (Verdict v : Verdict.values()) {
      m.append(v == Verdict.SUPPORTED ? "" : ", ").append(emoji(v)).append(' ').append(s.count(v)).append(' ')
          .append(v.label());
    }
    if (s.unexpected() > 0) {
      m.append("; ❗ ").append(s.unexpected()).append(" not as expected");
    }
    m.append(".\n\nReviewed by ").append(markdown(options.author()));
    if (options.date() != null) {
      m.append(" on ").append(options.date());
    }
    if (options.url() != null) {
      m.append(" · [").append(markdown(options.url())).append("](").append(Escape.markdownUrl(options.url()))
          .append(')');
    }
    m.append(".\n\n");
  }

  private static void matrix(StringBuilder m, CheckReport report, SourceGrid grid) {
    m.append("## Claims × sources\n\n| # | Claim | Verdict |");
    for (int c = 1; c <= grid.columns().size(); c++) {
      m.append(" S").append(c).append(" |");
    }
    m.append("\n|---:|---|---|");
    m.append(":-:|".repeat(grid.columns().size()));
    m.append('\n');
    for (int i = 0; i < report.results().size(); i++) {
      ClaimResult r = report.results().get(i);
      m.append("| ").append(i + 1).append(" | ").append(markdown(r.claim().text())).append(" | ")
          .append(emoji(r.verdict())).append(' ').append(r.verdict().label())
          .append(r.unexpected() ? " ❗" : "").append(" |");
      for (SourceDocument s : grid.columns()) {
        m.append(' ').append(grid.cell(i, s.id()).map(a -> symbol(a.stance())).orElse("·")).append(" |");
      }
      m.append('\n');
    }
    m.append("\nLegend: ✅ supports · ❌ contradicts · 💬 mentions · · silent. Verdicts: 🟢 supported · "
        + "🔴 contradicted · 🟠 contested · ⚪ unverified; ❗ differs from the claims file's expectation. "
        + "Columns S1… are the sources by date, listed below.\n\n");
  }

  private static void sources(StringBuilder m, SourceGrid grid) {
    m.append("## Sources by date\n\n| Col | Date | Publisher | Source | Kind | ✅ | ❌ | 💬 | Link |\n"
        + "|---|---|---|---|---|---:|---:|---:|---|\n");
    for (SourceDocument s : grid.columns()) {
      List<String> about = new ArrayList<>();
      if (!s.title().isEmpty()) {
        about.add(markdown(s.title()));
      }
      if (s.speaker() != null && !s.speaker().isBlank()) {
        about.add("speaker: " + markdown(s.speaker()));
      }
      about.add("id " + markdown(s.id()));
      String url = Escape.httpUrl(s.url());
      m.append("| S").append(grid.number(s.id())).append(" | ").append(s.date() == null ? "undated" : s.date())
          .append(" | ").append(markdown(s.displayName())).append(" | ").append(String.join(" · ", about))
          .append(" | ").append(kind(s.kind())).append(" | ").append(grid.count(s.id(), Stance.SUPPORTS))
          .append(" | ").append(grid.count(s.id(), Stance.CONTRADICTS)).append(" | ")
          .append(grid.count(s.id(), Stance.MENTIONS)).append(" | ")
          .append(url == null ? "" : "[link](" + Escape.markdownUrl(url) + ")").append(" |\n");
    }
    m.append('\n');
  }

  private static void claim(StringBuilder m, int number, ClaimResult r, SourceGrid grid, UnaryOperator<String> names) {
    m.append("### ").append(number).append(". ").append(emoji(r.verdict())).append(' ')
        .append(r.verdict().label().toUpperCase(Locale.ROOT)).append(": ").append(markdown(r.claim().id()))
        .append("\n\n> ").append(markdown(r.claim().text())).append("\n\n**Verdict:** ").append(r.verdict().label());
    if (r.claim().expected() != null) {
      m.append(r.unexpected() ? " ❗ (the claims file expects " + r.claim().expected().label() + ")"
          : " (as expected)");
    }
    m.append(". **Why:** ").append(markdown(r.reason())).append("\n\n");
    side(m, r, Stance.SUPPORTS, "✅ Supporting", "No source supports it.", grid);
    side(m, r, Stance.CONTRADICTS, "❌ Contradicting", "No source contradicts it.", grid);
    List<SourceAssessment> mentions = r.sources().stream().filter(a -> a.stance() == Stance.MENTIONS).toList();
    if (!mentions.isEmpty()) {
      side(m, r, Stance.MENTIONS, "💬 Only mentioning it", "", grid);
    }
    reported(m, r, names);
  }

  private static void side(StringBuilder m, ClaimResult r, Stance stance, String title, String none, SourceGrid grid) {
    List<SourceAssessment> list = r.sources().stream().filter(a -> a.stance() == stance).toList();
    m.append("#### ").append(title).append(" (").append(list.size()).append(")\n\n");
    if (list.isEmpty()) {
      m.append('*').append(none).append("*\n\n");
    }
    for (SourceAssessment a : list) {
      source(m, a, grid);
    }
  }

  private static void source(StringBuilder m, SourceAssessment a, SourceGrid grid) {
    SourceDocument s = a.source();
    String url = Escape.httpUrl(s.url());
    m.append("- **").append(markdown(s.displayName())).append("** · ").append(kind(s.kind())).append(" · ")
        .append(s.date() == null ? "undated" : s.date());
    int column = grid.number(s.id());
    if (column > 0) {
      m.append(" · S").append(column);
    }
    m.append(String.format(Locale.ROOT, " · confidence %.2f", a.confidence()));
    if (url != null) {
      m.append(" · [link](").append(Escape.markdownUrl(url)).append(')');
    }
    m.append("\n\n  ");
    if (!s.title().isEmpty()) {
      m.append('*').append(markdown(s.title())).append("* · ");
    }
    if (s.speaker() != null && !s.speaker().isBlank()) {
      m.append("speaker: ").append(markdown(s.speaker())).append(" · ");
    }
    m.append(markdown(a.reason())).append("\n\n");
    for (Evidence e : a.evidence()) {
      evidence(m, s.displayName(), e);
    }
  }

  private static void evidence(StringBuilder m, String sourceName, Evidence e) {
    m.append("  > ");
    for (Highlighter.Piece p : Highlighter.pieces(e.text(), e.matched())) {
      String t = markdown(p.text());
      m.append(p.highlighted() ? "**" + t + "**" : t);
    }
    m.append("\n  >\n  > *").append(e.stance().label()).append('*');
    String who = Asserter.of(sourceName, e);
    if (!who.isEmpty()) {
      m.append(" · asserted by ").append(markdown(who));
    }
    m.append(String.format(Locale.ROOT, " (%.2f): ", e.confidence())).append(markdown(e.reason())).append("\n\n");
  }

  private static void reported(StringBuilder m, ClaimResult r, UnaryOperator<String> names) {
    if (r.reported().isEmpty()) {
      return;
    }
    m.append("#### 🗣 Reported by others (").append(r.reported().size()).append(")\n\n");
    for (ReportedParty p : r.reported()) {
      m.append("- ").append(symbol(p.stance())).append(" **").append(markdown(p.displayName())).append("** · ")
          .append(markdown(Asserter.position(p, names)))
          .append(String.format(Locale.ROOT, " · confidence %.2f", p.confidence())).append("\n\n");
      for (Evidence e : p.evidence()) {
        evidence(m, names.apply(e.sourceId()), e);
      }
    }
  }

  private static String kind(SourceKind k) {
    return k.label() + (k.official() ? " (official)" : " (non-official)");
  }

  static String emoji(Verdict v) {
    return switch (v) {
      case SUPPORTED -> "🟢";
      case CONTRADICTED -> "🔴";
      case CONTESTED -> "🟠";
      case UNVERIFIED -> "⚪";
    };
  }

  static String symbol(Stance s) {
    return switch (s) {
      case SUPPORTS -> "✅";
      case CONTRADICTS -> "❌";
      case MENTIONS -> "💬";
      case UNRELATED -> "·";
    };
  }
}
