package dev.corroborate.report;

/**
 * Keeps only characters that XML 1.0 allows ({@code #x9 | #xA | #xD | [#x20-#xD7FF] |
 * [#xE000-#xFFFD] | [#x10000-#x10FFFF]}): control characters, unpaired surrogates, U+FFFE and
 * U+FFFF are removed, since no escape can carry them in XML 1.0. Total and deterministic.
 */
final class XmlChars {
  private XmlChars() {}

  static String legal(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = null;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      boolean ok = allowed(cp);
      if (!ok && sb == null) {
        sb = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (ok && sb != null) {
        sb.appendCodePoint(cp);
      }
      i += n;
    }
    return sb == null ? text : sb.toString();
  }

  /** Whether XML 1.0 allows the code point (a lone surrogate arrives here as itself and is refused). */
  static boolean allowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
