package dev.corroborate.report;

import static dev.corroborate.report.HtmlFragments.badge;
import static dev.corroborate.report.HtmlFragments.date;
import static dev.corroborate.report.HtmlFragments.kindChip;
import static dev.corroborate.report.HtmlFragments.sourceAnchor;
import static dev.corroborate.report.HtmlFragments.sourceLink;
import static dev.corroborate.report.HtmlFragments.symbol;
import static dev.corroborate.report.HtmlFragments.text;

import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.corpus.SourceKind;
import dev.corroborate.stance.Stance;
import dev.corroborate.verdict.CheckReport;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.SourceAssessment;
import dev.corroborate.verdict.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The HTML report for journalists: one self-contained page (CSS and script inline, nothing loaded
 * from the network) with, in order, a claim × source matrix (rows claims, columns sources by date,
 * cells coloured and marked by stance), a timeline of the sources by date, and per claim its verdict
 * badge, the claim, the reason, and side by side the supporting and contradicting sources with their
 * passages (matched words highlighted), then the sources that only mention it ({@link
 * HtmlClaimSection}). Filters by verdict and by source kind run in the page; the query string presets
 * them: {@code ?verdict=contested,contradicted&kind=official} ({@code kind} takes kind labels and the
 * words {@code official}, {@code non-official} and {@code all}). Printing hides the filters and opens
 * every folded section.
 *
 * <p>Everything taken from sources, claims and options is escaped ({@link Escape#html}); links are
 * made only from http(s) addresses; a Content-Security-Policy forbids network access and allows only
 * the page's own style and script (by SHA-256 hash), so markup in a source can neither run nor load
 * anything even if it slipped through. Deterministic: no clock, no randomness, stable order.
 */
public final class HtmlReport implements ReportRenderer {
  static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  private final ReviewOptions options;

  /** With the {@link ReviewOptions#DEFAULT default} review options. */
  public HtmlReport() {
    this(ReviewOptions.DEFAULT);
  }

  public HtmlReport(ReviewOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public ReportRenderer reviewed(ReviewOptions options) {
    return new HtmlReport(options);
  }

  @Override
  public void render(CheckReport report, Writer out) throws IOException {
    SourceGrid grid = SourceGrid.of(report);
    List<String> anchors = anchors(report.results());
    StringBuilder h = new StringBuilder(64 * 1024);
    head(h, report);
    h.append("<body>\n");
    header(h, report);
    filters(h, report, grid);
    h.append("<main>\n");
    matrix(h, report, grid, anchors);
    timeline(h, grid);
    h.append("<section id=\"claims\" aria-labelledby=\"claims-h\">\n<h2 id=\"claims-h\">Claims</h2>\n");
    for (int i = 0; i < report.results().size(); i++) {
      HtmlClaimSection.render(h, i + 1, report.results().get(i), anchors.get(i), Asserter.names(report.sources()));
    }
    h.append("</section>\n</main>\n<footer><p>Made by corroborate from ")
        .append(report.claimsFile().isEmpty() ? "the claims" : text(report.claimsFile())).append(" and ")
        .append(report.sourceCount()).append(report.sourceCount() == 1 ? " source" : " sources")
        .append(". Stances are judged by explainable rules: read the passages before you publish.</p></footer>\n")
        .append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    out.write(h.toString());
  }

  private static void head(StringBuilder h, CheckReport report) {
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
        .append(sha256(CSS)).append("'; script-src '").append(sha256(SCRIPT))
        .append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
        .append("<meta name=\"generator\" content=\"corroborate\">\n<title>Claim check")
        .append(report.claimsFile().isEmpty() ? "" : ": " + text(report.claimsFile()))
        .append("</title>\n<style>").append(CSS).append("</style>\n</head>\n");
  }

  private void header(StringBuilder h, CheckReport report) {
    Summary s = Summary.of(report);
    h.append("<header class=\"top\">\n<h1>Claim check")
        .append(report.claimsFile().isEmpty() ? "" : ": <span class=\"file\">" + text(report.claimsFile()) + "</span>")
        .append("</h1>\n<p class=\"summary\">").append(s.claims()).append(s.claims() == 1 ? " claim" : " claims")
        .append(" against ").append(report.sourceCount()).append(report.sourceCount() == 1 ? " source" : " sources")
        .append(":");
    for (Verdict v : Verdict.values()) {
      h.append(" <span class=\"badge ").append(v.label()).append("\">").append(s.count(v)).append(' ')
          .append(v.label()).append("</span>");
    }
    if (s.unexpected() > 0) {
      h.append(" <span class=\"unexpected\">").append(s.unexpected()).append(" not as expected</span>");
    }
    h.append("</p>\n<p class=\"byline\">Reviewed by ").append(text(options.author()));
    if (options.date() != null) {
      h.append(" on ").append(date(options.date()));
    }
    if (options.url() != null) {
      h.append(" · <a class=\"ext\" href=\"").append(text(options.url())).append("\">").append(text(options.url()))
          .append("</a>");
    }
    h.append("</p>\n</header>\n");
  }

  private static void filters(StringBuilder h, CheckReport report, SourceGrid grid) {
    Summary s = Summary.of(report);
    h.append("<nav class=\"filters\" aria-label=\"Filters\">\n<fieldset><legend>Verdict</legend>");
    for (Verdict v : Verdict.values()) {
      h.append("<label><input type=\"checkbox\" name=\"verdict\" value=\"").append(v.label()).append("\" checked> ")
          .append(badge(v)).append(' ').append(s.count(v)).append("</label>");
    }
    h.append("</fieldset>\n<fieldset><legend>Source kind</legend>");
    Set<SourceKind> kinds = EnumSet.noneOf(SourceKind.class);
    grid.columns().forEach(c -> kinds.add(c.kind()));
    for (SourceKind k : kinds) {
      long n = grid.columns().stream().filter(c -> c.kind() == k).count();
      h.append("<label><input type=\"checkbox\" name=\"kind\" value=\"").append(k.label())
          .append("\" data-official=\"").append(k.official()).append("\" checked> ").append(kindChip(k))
          .append(' ').append(n).append("</label>");
    }
    h.append("<span class=\"presets\"><button type=\"button\" data-preset=\"official\">official only</button>"
            + "<button type=\"button\" data-preset=\"non-official\">non-official only</button>"
            + "<button type=\"button\" data-preset=\"all\">all</button></span></fieldset>\n")
        .append("<p class=\"shown\" id=\"shown\" aria-live=\"polite\">").append(s.claims()).append(" of ")
        .append(s.claims()).append(" claims shown</p>\n</nav>\n");
  }

  private static void matrix(StringBuilder h, CheckReport report, SourceGrid grid, List<String> anchors) {
    h.append("<section id=\"matrix\" aria-labelledby=\"matrix-h\">\n<h2 id=\"matrix-h\">Claims × sources</h2>\n")
        .append("<div class=\"matrix-wrap\"><table class=\"matrix\">\n<thead><tr><th scope=\"col\" class=\"claim-col\">"
            + "Claim</th><th scope=\"col\">Verdict</th>");
    for (SourceDocument s : grid.columns()) {
      h.append("<th scope=\"col\" class=\"src").append(s.kind().official() ? " official" : "")
          .append("\" data-kind=\"").append(s.kind().label()).append("\" title=\"")
          .append(text(s.displayName() + " — " + (s.title().isEmpty() ? s.id() : s.title()) + " ("
              + s.kind().label() + ", " + (s.date() == null ? "undated" : s.date()) + ")"))
          .append("\"><a href=\"#").append(sourceAnchor(s)).append("\"><span>").append(text(s.id()))
          .append("</span></a></th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < report.results().size(); i++) {
      ClaimResult r = report.results().get(i);
      h.append("<tr data-verdict=\"").append(r.verdict().label()).append("\"><th scope=\"row\" class=\"claim-col\">")
          .append("<a href=\"#").append(text(anchors.get(i))).append("\">").append(text(r.claim().text()))
          .append("</a> <span class=\"id\">").append(text(r.claim().id())).append("</span></th><td class=\"v\">")
          .append(badge(r.verdict()));
      if (r.unexpected()) {
        h.append(" <span class=\"unexpected\" title=\"expected ").append(r.claim().expected().label())
            .append("\">!</span>");
      }
      h.append("</td>");
      for (SourceDocument s : grid.columns()) {
        Optional<SourceAssessment> a = grid.cell(i, s.id());
        String stance = a.map(x -> x.stance().label()).orElse("silent");
        String confidence = a.map(x -> String.format(Locale.ROOT, " (%.2f)", x.confidence())).orElse("");
        h.append("<td class=\"cell ").append(stance).append("\" data-kind=\"").append(s.kind().label())
            .append("\" title=\"").append(text(s.id() + ": " + stance + confidence)).append("\">")
            .append(a.map(x -> symbol(x.stance())).orElse("")).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table></div>\n<p class=\"legend\">")
        .append("<span class=\"cell supports\">✓</span> supports "
            + "<span class=\"cell contradicts\">✗</span> contradicts "
            + "<span class=\"cell mentions\">~</span> mentions <span class=\"cell silent\"></span> silent · "
            + "columns: sources by date, <span class=\"official-mark\">underlined</span> when official · "
            + "<span class=\"unexpected\">!</span> the verdict differs from the claims file's expectation</p>\n")
        .append("</section>\n");
  }

  private static void timeline(StringBuilder h, SourceGrid grid) {
    h.append("<section id=\"timeline\" aria-labelledby=\"timeline-h\">\n<h2 id=\"timeline-h\">Sources by date</h2>\n"
        + "<ol class=\"timeline\">\n");
    Map<String, List<SourceDocument>> byDay = new LinkedHashMap<>();
    for (SourceDocument s : grid.columns()) {
      byDay.computeIfAbsent(s.date() == null ? "" : s.date().toString(), k -> new ArrayList<>()).add(s);
    }
    for (List<SourceDocument> day : byDay.values()) {
      h.append("<li class=\"day\"><h3>").append(date(day.get(0).date())).append("</h3><ul>\n");
      for (SourceDocument s : day) {
        h.append("<li class=\"tl-source\" id=\"").append(sourceAnchor(s)).append("\" data-kind=\"")
            .append(s.kind().label()).append("\"><span class=\"publisher\">").append(text(s.displayName()))
            .append("</span> ").append(kindChip(s.kind()));
        if (!s.title().isEmpty()) {
          h.append(" <cite>").append(text(s.title())).append("</cite>");
        }
        if (s.speaker() != null && !s.speaker().isBlank()) {
          h.append(" <span class=\"speaker\">speaker: ").append(text(s.speaker())).append("</span>");
        }
        h.append(sourceLink(s)).append("<br><span class=\"id\">").append(text(s.id())).append("</span>");
        for (Stance st : List.of(Stance.SUPPORTS, Stance.CONTRADICTS, Stance.MENTIONS)) {
          int n = grid.count(s.id(), st);
          if (n > 0) {
            h.append(" <span class=\"t ").append(st.label()).append("\">").append(st.label()).append(' ').append(n)
                .append("</span>");
          }
        }
        h.append(" <span class=\"t silent\">silent on ").append(grid.count(s.id(), Stance.UNRELATED))
            .append("</span></li>\n");
      }
      h.append("</ul></li>\n");
    }
    h.append("</ol>\n</section>\n");
  }

  /**
   * One anchor per claim, in order: "claim-" and the claim's id with characters other than ASCII
   * letters, digits, '-' and '_' replaced by '-', made unique with "-2", "-3"... when ids collide.
   */
  static List<String> anchors(List<ClaimResult> results) {
    List<String> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (ClaimResult r : results) {
      String base = "claim-" + r.claim().id().replaceAll("[^A-Za-z0-9_-]", "-");
      String anchor = base;
      for (int n = 2; !used.add(anchor); n++) {
        anchor = base + "-" + n;
      }
      out.add(anchor);
    }
    return out;
  }

  /** The CSP source expression that allows an inline element with exactly this content. */
  static String sha256(String content) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " next to " + HtmlReport.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
