package dev.corroborate.analysis;

import java.util.Objects;

/**
 * One token of analysed text.
 *
 * @param text  the surface form, exactly as in the text ({@code text.substring(start, end)})
 * @param lemma lower-case lemma from the lemmatizer (or the lower-cased surface form)
 * @param pos   Universal Dependencies part-of-speech tag (NOUN, PROPN, VERB, AUX, PART, ...)
 * @param key   matching key: the English Snowball stem of the lemma; equal keys mean the same word
 * @param start offset of the first character in the analysed text
 * @param end   offset after the last character
 */
public record Token(String text, String lemma, String pos, String key, int start, int end) {
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(key, "key");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
  }

  /** The tokens in [from, to) as they stood in the text: a space where the text had one between them. */
  public static String join(java.util.List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
      boolean spaced = i > Math.max(0, from) && tokens.get(i).start() > tokens.get(i - 1).end();
      sb.append(spaced ? " " : "").append(tokens.get(i).text());
    }
    return sb.toString();
  }

  /** Nouns, proper nouns, verbs, adjectives, numbers and adverbs carry content; the rest is glue. */
  public boolean isContent() {
    return switch (pos) {
      case "NOUN", "PROPN", "VERB", "ADJ", "NUM" -> !key.isEmpty();
      default -> false;
    };
  }

  public boolean isProperNoun() {
    return pos.equals("PROPN");
  }

  public boolean isVerb() {
    return pos.equals("VERB");
  }

  public boolean isPunctuation() {
    return pos.equals("PUNCT") || pos.equals("SYM");
  }
}
