package dev.corroborate.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * Headlines written in title case ("Apple May Buy Social Network Path") or in capitals. There a
 * capital letter says nothing about a word being a name, and the tagger, which learned from
 * sentence case, reads "May" as a month and most words as names. For tagging, the function words
 * of such a sentence are written in lower case and a sentence in capitals in title case; the
 * tokens keep the text as written.
 */
final class TitleCase {
  /** Words a title-case headline often leaves in lower case; they do not decide whether it is one. */
  private static final Set<String> MINOR = Set.of("a", "an", "the", "and", "or", "nor", "but", "of", "in",
      "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via", "per", "up", "off", "out");

  /**
   * Closed-class words (auxiliaries, modals, negation, determiners, pronouns, prepositions and
   * conjunctions) that are written in lower case for the tagger in a title-case sentence.
   */
  private static final Set<String> FUNCTION = Set.of(
      "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
      "will", "would", "shall", "should", "may", "might", "can", "could", "must",
      "not", "no", "never",
      "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
      "of", "in", "on", "at", "to", "for", "with", "from", "by", "about", "as", "into", "onto", "over",
      "after", "before", "under", "against", "between", "during", "without", "through", "amid", "despite",
      "than", "via", "up", "out", "off",
      "and", "or", "but", "nor", "so", "yet", "if", "because", "while", "although", "though", "whether",
      "he", "she", "it", "they", "we", "you", "him", "them", "who", "what", "which", "whom", "whose",
      "where", "when", "why", "how");

  private TitleCase() {}

  /** Whether a word in lower case is one of the closed-class words written in lower case for the tagger. */
  static boolean isFunctionWord(String lower) {
    return FUNCTION.contains(lower);
  }

  /** An auxiliary with "n't" ("hasn't", "won't", "can't"): written "Hasn't", the tagger takes it for a name. */
  private static boolean isContractedNegation(String lower) {
    return lower.length() > 3 && (lower.endsWith("n't") || lower.endsWith("n\u2019t"));
  }

  /**
   * The words to give the tagger: the sentence's own words, unless it is written in title case or
   * in capitals (at least three words after the first that count); then function words after the
   * first word in lower case and words in capitals in title case. The same array is returned when
   * nothing changes.
   */
  static String[] forTagging(String[] words) {
    int counted = 0;
    boolean lower = false;
    boolean allCaps = true;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.chars().noneMatch(Character::isLetter)) {
        continue;
      }
      boolean hasUpper = w.chars().anyMatch(Character::isUpperCase);
      allCaps &= w.chars().noneMatch(Character::isLowerCase);
      if (i == 0 || MINOR.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      counted++;
      lower |= !hasUpper;
    }
    if (counted < 3 || lower) {
      return words;
    }
    String[] out = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      String w = allCaps ? titled(words[i]) : words[i];
      String l = w.toLowerCase(Locale.ROOT);
      out[i] = i > 0 && (FUNCTION.contains(l) || isContractedNegation(l)) ? l : w;
    }
    return out;
  }

  /**
   * Retags, in a headline given to the tagger by {@link #forTagging}, the capitalised word in "-s"
   * that the tagger took for a plural noun or a name where the headline's verb stands: right after the subject
   * (a noun or name), with no verb before it, and before its object ("Islamic State Beheads American
   * Journalist", "Rebels Blasts Scorpion Bombs ..."): not before a verb ("Apple Users Add ...") or a
   * preposition, and not at the end. Changes {@code tags} in place.
   */
  static void repairVerbs(String[] words, String[] tags) {
    for (int i = 1; i + 1 < words.length; i++) {
      String tag = tags[i];
      if (tag.equals("VERB") || tag.equals("AUX")) {
        return;
      }
      String w = words[i];
      String l = w.toLowerCase(Locale.ROOT);
      if (!(tag.equals("NOUN") || tag.equals("PROPN")) || !Character.isUpperCase(w.charAt(0)) || !l.endsWith("s") || l.endsWith("ss")
          || l.length() < 4 || !(tags[i - 1].equals("PROPN") || tags[i - 1].equals("NOUN"))) {
        continue;
      }
      String next = tags[i + 1];
      if (next.equals("PROPN") || next.equals("NOUN") || next.equals("ADJ") || next.equals("DET")
          || next.equals("NUM") || next.equals("PRON")) {
        tags[i] = "VERB";
        return;
      }
    }
  }

  private static String titled(String word) {
    if (word.length() < 2 || word.chars().noneMatch(Character::isLetter)) {
      return word;
    }
    return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
  }
}
