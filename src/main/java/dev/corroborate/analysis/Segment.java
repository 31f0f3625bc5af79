package dev.corroborate.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A sentence cut from a text and tokenised, but not tagged or lemmatised: what indexing needs. The
 * same sentence analysed fully ({@link TextAnalyzer#analyzeSentence}) has the same text and offsets.
 *
 * @param start offset of the sentence's first character in the text
 * @param end   offset after its last character
 * @param text  the sentence, equal to {@code text.substring(start, end)}
 * @param words its tokens' surface forms in order, as the tokenizer cut them
 */
public record Segment(int start, int end, String text, List<String> words) {
  public Segment {
    Objects.requireNonNull(text, "text");
    words = List.copyOf(words);
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("segment offsets do not match its text");
    }
  }
}
