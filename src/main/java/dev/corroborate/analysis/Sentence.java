package dev.corroborate.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of analysed text with its tokens; offsets are relative to the whole analysed text.
 *
 * @param start offset of the sentence's first character
 * @param end   offset after its last character
 * @param text  the sentence, equal to {@code analysedText.substring(start, end)}
 * @param tokens its tokens in order, offsets inside [start, end]
 */
public record Sentence(int start, int end, String text, List<Token> tokens) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("sentence offsets do not match its text");
    }
    for (Token t : tokens) {
      if (t.start() < start || t.end() > end) {
        throw new IllegalArgumentException("token outside sentence: " + t);
      }
    }
  }
}
