package dev.corroborate.extract;

import dev.corroborate.analysis.Sentence;
import dev.corroborate.analysis.TextAnalyzer;
import dev.corroborate.analysis.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a document into paragraphs and analyses each, so that a sentence never runs from one
 * paragraph into the next; offsets of the sentences and tokens point into the document's text.
 *
 * <p>A paragraph ends at a blank line. A single line break also ends one, unless the text is
 * hard-wrapped (no line longer than {@value #WRAP_WIDTH} characters, and several lines at least half
 * that long) and the line does not end a sentence. So a draft written one paragraph per line, with a
 * title line on top, is read line by line, and a wrapped plain-text file is not cut mid-sentence.
 * Thread-safe when the analyzer is.
 */
final class SentenceReader {
  static final int WRAP_WIDTH = 100;
  private static final Pattern LINE = Pattern.compile("[^\\n]*(\\n|$)");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"'\u201d\u2019)\\]]*\\s*$");

  private final TextAnalyzer analyzer;

  SentenceReader(TextAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The document's sentences in order, with offsets into {@code text}. */
  List<Sentence> sentences(String text) {
    List<Sentence> out = new ArrayList<>();
    for (int[] p : paragraphs(text)) {
      String part = text.substring(p[0], p[1]);
      for (Sentence s : analyzer.analyze(part)) {
        out.add(shift(s, p[0]));
      }
    }
    return out;
  }

  /** [start, end) of each paragraph. */
  static List<int[]> paragraphs(String text) {
    List<int[]> lines = new ArrayList<>();
    Matcher m = LINE.matcher(text);
    int at = 0;
    while (at < text.length() && m.find(at)) {
      lines.add(new int[] {m.start(), m.end()});
      at = m.end();
    }
    boolean wrapped = hardWrapped(text, lines);
    List<int[]> out = new ArrayList<>();
    int start = -1;
    for (int[] l : lines) {
      String line = text.substring(l[0], l[1]);
      if (line.isBlank()) {
        if (start >= 0) {
          out.add(new int[] {start, l[0]});
          start = -1;
        }
        continue;
      }
      if (start < 0) {
        start = l[0];
      }
      if (!wrapped || SENTENCE_END.matcher(line).find()) {
        out.add(new int[] {start, l[1]});
        start = -1;
      }
    }
    if (start >= 0) {
      out.add(new int[] {start, text.length()});
    }
    return out;
  }

  private static boolean hardWrapped(String text, List<int[]> lines) {
    int longish = 0;
    for (int[] l : lines) {
      int length = text.substring(l[0], l[1]).strip().length();
      if (length > WRAP_WIDTH) {
        return false;
      }
      if (length >= WRAP_WIDTH / 2) {
        longish++;
      }
    }
    return longish >= 3;
  }

  private static Sentence shift(Sentence s, int by) {
    if (by == 0) {
      return s;
    }
    List<Token> tokens = new ArrayList<>(s.tokens().size());
    for (Token t : s.tokens()) {
      tokens.add(new Token(t.text(), t.lemma(), t.pos(), t.key(), t.start() + by, t.end() + by));
    }
    return new Sentence(s.start() + by, s.end() + by, s.text(), tokens);
  }
}
