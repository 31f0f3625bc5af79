package dev.corroborate.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Escaping of text taken from sources, claims and options before it goes into a report, so that
 * markup in a source ({@code <script>}, {@code onerror=}, a Markdown link) shows as text and never
 * runs or renders. Every method is total and deterministic.
 */
final class Escape {
  private Escape() {}

  /**
   * Text for HTML element content or a quoted attribute value: {@code & < > " '} become character
   * references, and characters not allowed in HTML (C0 controls other than tab, line feed and carriage
   * return; DEL; C1 controls; unpaired surrogates; U+FFFE and U+FFFF) become U+FFFD.
   */
  static String html(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            b.append(c).append(text.charAt(++i));
          } else if (disallowed(c)) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  private static boolean disallowed(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
        || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
  }

  /**
   * Text for one line of GitHub-flavoured Markdown (a paragraph, a list item, a quote or a table
   * cell): line breaks and runs of white space around them become one space; {@code & < >} become
   * character references, so no raw HTML reaches the page; the characters that start Markdown syntax
   * ({@code \ ` * _ [ ] | ~ # $}) are backslash-escaped, so no link, emphasis, code, math or table
   * cell boundary comes from the text; disallowed control characters become U+FFFD.
   */
  static String markdown(String text) {
    String flat = text.replaceAll("\\s*[\\r\\n\\u2028\\u2029]+\\s*", " ");
    StringBuilder b = new StringBuilder(flat.length() + 16);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '$' -> b.append('\\').append(c);
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < flat.length() && Character.isLowSurrogate(flat.charAt(i + 1))) {
            b.append(c).append(flat.charAt(++i));
          } else if (disallowed(c)) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * The address if it is an absolute http or https URL, else null: a source's {@code url} becomes a
   * link only then, so {@code javascript:} and {@code data:} addresses never become links.
   */
  static String httpUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String u = url.strip();
    return ReviewOptions.isHttpUrl(u) ? u : null;
  }

  /**
   * An http(s) URL as a Markdown link destination: characters that could end the destination or a
   * table cell, or that are not printable ASCII, are percent-encoded (UTF-8).
   */
  static String markdownUrl(String url) {
    StringBuilder b = new StringBuilder(url.length() + 8);
    for (byte x : url.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xFF;
      if (c <= 0x20 || c >= 0x7F || "()<>\"\\`|*_[]{}^".indexOf(c) >= 0) {
        b.append('%').append(String.format(Locale.ROOT, "%02X", c));
      } else {
        b.append((char) c);
      }
    }
    return b.toString();
  }
}
