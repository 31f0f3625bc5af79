package dev.corroborate.analysis;

import java.util.List;
import java.util.Set;

/**
 * Compounds written in one word, with a hyphen or as two words ("airstrike", "air-strike", "air
 * strike"; "ceasefire", "cease-fire"): the key of two adjacent words written as one, so each way of
 * writing a compound finds the others. Only common words join (nouns, adjectives, verbs), each of
 * letters only.
 */
public final class Compounds {
  private static final Set<String> JOINING = Set.of("NOUN", "ADJ", "VERB");

  private Compounds() {}

  /**
   * The position of the word that forms a compound with the word at {@code i}: the next word, or the
   * word after a hyphen; -1 when there is none.
   */
  public static int partner(List<Token> tokens, int i) {
    if (!joins(tokens.get(i))) {
      return -1;
    }
    if (i + 1 < tokens.size() && joins(tokens.get(i + 1))) {
      return i + 1;
    }
    if (i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-") && joins(tokens.get(i + 2))) {
      return i + 2;
    }
    return -1;
  }

  /** Prefix of compound keys, which match only each other (no word's key, no derivation). */
  public static final String PREFIX = "cmp:";

  /** The key of the two words written as one word, with {@link #PREFIX}. */
  public static String key(Token first, Token second) {
    return PREFIX + Stemmer.key(first.text() + second.text());
  }

  /**
   * The compound key of one word ("airstrike"), to match the same compound written as two words; null
   * for a word that takes part in no compound.
   */
  public static String key(Token word) {
    return joins(word) ? wholeKey(Stemmer.key(word.text())) : null;
  }

  /**
   * The compound key of a word that {@link #joins} others, from the key of its surface form
   * ({@code Stemmer.key(word.text())}) for a caller that has it already.
   */
  public static String wholeKey(String surfaceKey) {
    return PREFIX + surfaceKey;
  }

  /** Whether a word takes part in compounds: a noun, adjective or verb of two letters or more. */
  public static boolean joins(Token t) {
    String w = t.text();
    return JOINING.contains(t.pos()) && w.length() >= 2 && w.chars().allMatch(Character::isLetter);
  }
}
