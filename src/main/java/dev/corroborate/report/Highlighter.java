package dev.corroborate.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a passage's matched words ({@link dev.corroborate.verdict.Evidence#matched()}) occur
 * in its text, so renderers can highlight them. A word or phrase matches as a whole word (not inside
 * a longer word), ignoring case, with any white space between the words of a phrase. Overlaps are
 * resolved to the earliest, then longest, occurrence. Works on the raw text; renderers escape each
 * piece afterwards.
 */
final class Highlighter {
  /** A piece of the text, highlighted or not. */
  record Piece(String text, boolean highlighted) {}

  private Highlighter() {}

  /** The text cut into pieces that, joined, give the text back; matched occurrences are highlighted. */
  static List<Piece> pieces(String text, List<String> matched) {
    List<int[]> spans = new ArrayList<>();
    for (String m : matched) {
      String[] words = m.strip().split("\\s+");
      if (words.length == 0 || words[0].isEmpty()) {
        continue;
      }
      StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
      for (int i = 0; i < words.length; i++) {
        re.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
      }
      re.append("(?![\\p{L}\\p{N}])");
      Matcher x = Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
      while (x.find()) {
        spans.add(new int[] {x.start(), x.end()});
      }
    }
    spans.sort(Comparator.comparingInt((int[] s) -> s[0]).thenComparingInt(s -> -s[1]));
    List<Piece> out = new ArrayList<>();
    int at = 0;
    for (int[] s : spans) {
      if (s[0] < at || s[1] == s[0]) {
        continue;
      }
      if (s[0] > at) {
        out.add(new Piece(text.substring(at, s[0]), false));
      }
      out.add(new Piece(text.substring(s[0], s[1]), true));
      at = s[1];
    }
    if (at < text.length()) {
      out.add(new Piece(text.substring(at), false));
    }
    return out;
  }
}
