package dev.corroborate.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences and tokens with lemmas, tags and matching keys.
 *
 * <p>Contract: every returned sentence and token slices back to the input text by its offsets;
 * sentences are in order and do not overlap; whitespace-only text gives no sentences. {@link
 * #segment} cuts the same sentences as {@link #analyze}, and {@link #analyzeSentence} of one of them
 * gives the same tokens as {@link #analyze} gave it. Implementations are thread-safe.
 */
public interface TextAnalyzer {
  List<Sentence> analyze(String text);

  /** A short description of the models and settings, recorded in the index to detect changes. */
  String settings();

  /**
   * The sentences of a text with their words only (no tags, no lemmas): what indexing needs. An
   * implementation should do this much faster than {@link #analyze}; this default is not faster.
   */
  default List<Segment> segment(String text) {
    List<Segment> out = new ArrayList<>();
    for (Sentence s : analyze(text)) {
      out.add(new Segment(s.start(), s.end(), s.text(), s.tokens().stream().map(Token::text).toList()));
    }
    return out;
  }

  /**
   * The full analysis of one sentence that {@link #segment} (or {@link #analyze}) cut from a text,
   * given its text and its start offset in that text: the tokens {@link #analyze} gives it. This
   * default analyses the sentence as a text of its own and shifts the offsets.
   */
  default Sentence analyzeSentence(String sentence, int start) {
    List<Token> tokens = new ArrayList<>();
    for (Sentence s : analyze(sentence)) {
      for (Token t : s.tokens()) {
        tokens.add(new Token(t.text(), t.lemma(), t.pos(), t.key(), t.start() + start, t.end() + start));
      }
    }
    return new Sentence(start, start + sentence.length(), sentence, tokens);
  }
}
