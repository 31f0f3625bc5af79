package dev.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapeTest {
  @Test
  void htmlEscapesMarkupAndQuotesForContentAndAttributes() {
    assertThat(Escape.html("<script>alert('x')</script> & \"q\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    assertThat(Escape.html("<img src=x onerror=alert(1)>")).isEqualTo("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(Escape.html("already &amp; escaped")).isEqualTo("already &amp;amp; escaped");
  }

  @Test
  void htmlReplacesCharactersHtmlForbidsAndKeepsTheRest() {
    assertThat(Escape.html("a\u0000b\u0007c\u007Fd\u0085e\tf\ng")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\tf\ng");
    assertThat(Escape.html("lone \uD800 surrogate")).isEqualTo("lone \uFFFD surrogate");
    assertThat(Escape.html("emoji \uD83D\uDE00 and US–China")).isEqualTo("emoji \uD83D\uDE00 and US–China");
  }

  @Test
  void markdownEscapesSyntaxAndHtmlAndKeepsOneLine() {
    assertThat(Escape.markdown("*a* _b_ `c` [d](e) | f ~g~ #h $i$ \\ <j> &k"))
        .isEqualTo("\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\| f \\~g\\~ \\#h \\$i\\$ \\\\ &lt;j&gt; &amp;k");
    assertThat(Escape.markdown("line one\n\n  # line two\r\nthree")).isEqualTo("line one \\# line two three");
    assertThat(Escape.markdown("plain U.S. text, 1. - + !")).isEqualTo("plain U.S. text, 1. - + !");
  }

  @Test
  void onlyAbsoluteHttpAddressesAreLinks() {
    assertThat(Escape.httpUrl("https://example.org/a?b=1")).isEqualTo("https://example.org/a?b=1");
    assertThat(Escape.httpUrl(" HTTP://example.org ")).isEqualTo("HTTP://example.org");
    assertThat(Escape.httpUrl("javascript:alert(1)")).isNull();
    assertThat(Escape.httpUrl("JavaScript:alert(1)")).isNull();
    assertThat(Escape.httpUrl("data:text/html,<script>")).isNull();
    assertThat(Escape.httpUrl("//example.org/x")).isNull();
    assertThat(Escape.httpUrl("example.org")).isNull();
    assertThat(Escape.httpUrl(null)).isNull();
  }

  @Test
  void markdownUrlsCannotEndTheLinkOrTheTableCell() {
    assertThat(Escape.markdownUrl("https://e.org/a b(c)|d<e>\u00e9"))
        .isEqualTo("https://e.org/a%20b%28c%29%7Cd%3Ce%3E%C3%A9");
  }
}
