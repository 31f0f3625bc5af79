package dev.corroborate.corpus;

/** Trimming shared by the text formats. */
final class PlainText {
  private PlainText() {}

  /**
   * Drops the blank lines before the first line with text and the white space after the last
   * character; keeps everything in between (and the indentation of the first line) as it is.
   */
  static String trimBlankLines(String text) {
    int first = 0;
    while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return "";
    }
    int start = text.lastIndexOf('\n', first) + 1;
    return text.substring(start).stripTrailing();
  }
}
