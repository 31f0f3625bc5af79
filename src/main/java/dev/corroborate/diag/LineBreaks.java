package dev.corroborate.diag;

/**
 * Keeps the line numbers of YAML diagnostics those of the file. YAML 1.1 (SnakeYAML) also ends a
 * line at NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029), which editors,
 * git and GitHub do not count; scraped text carries them (U+2028 from JavaScript, U+0085 from
 * mis-decoded Windows-1252 '…'). Read as spaces they give the value a folded line break would.
 */
public final class LineBreaks {
  private LineBreaks() {}

  /** {@code text} with NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR replaced by spaces. */
  public static String yamlLinesAsInFile(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return text.replace('\u0085', ' ').replace('\u2028', ' ').replace('\u2029', ' ');
      }
    }
    return text;
  }
}
