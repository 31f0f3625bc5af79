package dev.corroborate.report;

import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.corpus.SourceKind;
import dev.corroborate.stance.Stance;
import dev.corroborate.verdict.Verdict;
import java.time.LocalDate;

/**
 * Small pieces of the HTML report that appear in several places (badges, kind chips, links, dates).
 * Every piece escapes what it takes from sources; labels from enums are safe as they are.
 */
final class HtmlFragments {
  private HtmlFragments() {}

  /** Escaped text for element content or a quoted attribute. */
  static String text(String s) {
    return Escape.html(s);
  }

  static String badge(Verdict v) {
    return "<span class=\"badge " + v.label() + "\">" + v.label() + "</span>";
  }

  /** The kind label, marked official (blue) or non-official (grey). */
  static String kindChip(SourceKind k) {
    String group = k.official() ? "official" : "non-official";
    String text = k.official() && !k.label().startsWith("official") ? k.label() + " · official" : k.label();
    return "<span class=\"kind " + group + "\" title=\"" + group + " source\">" + text + "</span>";
  }

  /** " link" to the source's address when it is an http(s) URL, else nothing. */
  static String sourceLink(SourceDocument s) {
    String url = Escape.httpUrl(s.url());
    return url == null ? ""
        : " <a class=\"ext\" href=\"" + text(url) + "\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">"
            + "link</a>";
  }

  /** A {@code <time>} element, or "undated". */
  static String date(LocalDate d) {
    return d == null ? "undated" : "<time datetime=\"" + d + "\">" + d + "</time>";
  }

  /** The matrix cell symbol, readable without colour (in print, for colour-blind readers). */
  static String symbol(Stance s) {
    return switch (s) {
      case SUPPORTS -> "✓";
      case CONTRADICTS -> "✗";
      case MENTIONS -> "~";
      case UNRELATED -> "";
    };
  }

  /** The anchor of a source's timeline entry, which matrix headers and source cards link to. */
  static String sourceAnchor(SourceDocument s) {
    return "source-" + text(s.id());
  }
}
