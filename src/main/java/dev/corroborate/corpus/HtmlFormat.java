package dev.corroborate.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * HTML: metadata from {@code <title>} / {@code og:title}, {@code og:site_name} / {@code author},
 * {@code article:published_time} / {@code date} / {@code <time datetime>}, the canonical link and
 * {@code <html lang>}; kind from {@code <meta name="corroborate:kind">}, else press-report; id from
 * the file name. The body is the text of {@code <article>}, else {@code <main>}, else {@code
 * <body>}, without scripts, styles, navigation, headers, footers, asides and forms: one paragraph
 * per {@code p}, {@code h1}-{@code h6}, {@code li} or {@code blockquote}, separated by blank lines.
 * UTF-8 unless the page declares another charset.
 */
final class HtmlFormat implements SourceFormat {
  private static final Set<String> BLOCKS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote");
  private static final String NOISE =
      "script, style, noscript, template, nav, header, footer, aside, form";
  private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:$|[T ])");

  private final ContentReader reader;

  HtmlFormat(ContentReader reader) {
    this.reader = reader;
  }

  @Override
  public List<String> extensions() {
    return List.of("html", "htm");
  }

  @Override
  public void read(CorpusFile file, FileOutcome out) {
    String rel = file.relative();
    byte[] bytes;
    Document doc;
    try {
      bytes = reader.read(file.path(), rel);
      doc = parse(bytes, rel);
    } catch (FileProblem e) {
      out.skip(e.problem());
      return;
    }

    List<Problem> problems = new ArrayList<>();
    SourceKind kind = SourceKind.PRESS_REPORT;
    Element kindMeta = doc.selectFirst("meta[name=\"corroborate:kind\"]");
    if (kindMeta != null) {
      String label = kindMeta.attr("content").strip();
      kind = SourceKind.fromLabel(label).orElse(null);
      if (kind == null) {
        problems.add(new Problem(rel, lineOf(kindMeta), "unknown kind '" + label
            + "' in <meta name=\"corroborate:kind\">; use one of: " + SourceKind.allLabels()));
      }
    }
    Optional<String> id = MetadataRules.kebab(file.baseName());
    if (id.isEmpty()) {
      problems.add(new Problem(rel, 0, "no id can be derived from the file name; rename the file"));
    }

    Element h1 = doc.selectFirst("h1");
    String title = firstNonBlank(doc.title(), meta(doc, "meta[property=\"og:title\"]"),
        h1 == null ? "" : h1.text(), file.baseName());
    String publisher = firstNonBlank(
        meta(doc, "meta[property=\"og:site_name\"]"), meta(doc, "meta[name=\"author\"]"));
    String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"),
        meta(doc, "meta[property=\"og:url\"]"));
    List<String> notes = new ArrayList<>();
    LocalDate date = date(doc, notes);
    String language = language(doc);

    String body = bodyText(doc);
    if (body.isEmpty()) {
      problems.add(new Problem(rel, 0, "no text found in <article>, <main> or <body>"));
    }
    if (!problems.isEmpty()) {
      out.skip(problems);
      return;
    }
    notes.forEach(out::warn);
    Metadata metadata = new Metadata(id.get(), title, publisher, kind, date,
        url.isEmpty() ? null : url, language, null);
    out.add(metadata.toSource(rel, ContentReader.sha256(bytes), body), 0);
  }

  /** UTF-8 (strict) unless the page declares another charset in a meta tag or byte order mark. */
  private static Document parse(byte[] bytes, String rel) throws FileProblem {
    try {
      return Jsoup.parse(ContentReader.decodeUtf8(bytes, rel), "", parser());
    } catch (FileProblem notUtf8) {
      Document declared;
      try {
        declared = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", parser());
      } catch (IOException e) {
        throw new FileProblem(new Problem(rel, 0, "cannot parse HTML: " + ContentReader.describe(e)));
      }
      if (declared.charset().equals(StandardCharsets.UTF_8)) {
        throw notUtf8;
      }
      return declared;
    }
  }

  private static Parser parser() {
    return Parser.htmlParser().setTrackPosition(true);
  }

  static String bodyText(Document doc) {
    Element container = doc.selectFirst("article");
    if (container == null) {
      container = doc.selectFirst("main");
    }
    if (container == null) {
      container = doc.body();
    }
    container.select(NOISE).remove();
    List<String> blocks = new ArrayList<>();
    collectBlocks(container, blocks);
    String text = blocks.isEmpty() ? container.text() : String.join("\n\n", blocks);
    return text.strip();
  }

  private static void collectBlocks(Element element, List<String> blocks) {
    for (Element child : element.children()) {
      if (BLOCKS.contains(child.normalName())) {
        String text = child.text().strip();
        if (!text.isEmpty()) {
          blocks.add(text);
        }
      } else {
        collectBlocks(child, blocks);
      }
    }
  }

  private static LocalDate date(Document doc, List<String> notes) {
    String text = firstNonBlank(meta(doc, "meta[property=\"article:published_time\"]"),
        meta(doc, "meta[name=\"date\"]"), attr(doc, "time[datetime]", "datetime"));
    if (text.isEmpty()) {
      return null;
    }
    Matcher m = DATE_PREFIX.matcher(text);
    Optional<LocalDate> date = m.find() ? MetadataRules.parseDate(m.group(1)) : Optional.empty();
    if (date.isEmpty()) {
      notes.add("date '" + text + "' not understood (expected YYYY-MM-DD); loaded without a date");
    }
    return date.orElse(null);
  }

  /** Primary subtag of {@code <html lang>}, lower case: "en-GB" gives "en". */
  private static String language(Document doc) {
    String lang = attr(doc, "html[lang]", "lang");
    int dash = lang.indexOf('-');
    String primary = (dash > 0 ? lang.substring(0, dash) : lang).toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  private static String meta(Document doc, String selector) {
    return attr(doc, selector, "content");
  }

  private static String attr(Document doc, String selector, String attribute) {
    Element element = doc.selectFirst(selector);
    return element == null ? "" : element.attr(attribute).strip();
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return "";
  }

  private static int lineOf(Element element) {
    int line = element.sourceRange().start().lineNumber();
    return Math.max(line, 0);
  }
}
