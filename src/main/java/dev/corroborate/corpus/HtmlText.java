package dev.corroborate.corpus;

import org.jsoup.Jsoup;

/**
 * The main text of an HTML page as the corpus loader reads it (see {@link HtmlFormat}): the text of
 * {@code <article>}, else {@code <main>}, else {@code <body>}, without navigation and other noise,
 * one paragraph per block element, blank lines between. For stages that read a page outside a corpus.
 */
public final class HtmlText {
  private HtmlText() {}

  /** The page's main text; empty when it has none. */
  public static String of(String html) {
    return HtmlFormat.bodyText(Jsoup.parse(html));
  }
}
