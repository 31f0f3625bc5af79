package dev.corroborate.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits the UD models' merged clitic tokens ("hadn't", "Japan's", "they'll", "cannot") into a host
 * and a clitic, as the UD treebanks do, so a negation or a possessive is a token of its own.
 *
 * <p>A token is split when its lemma has two {@code '+'}-separated parts ("have+not") or its tag does
 * ("AUX+PART"), and its surface ends with a known clitic. The tagger's own tag does not matter: after a
 * name it often tags "hadn't" PUNCT. The parts take the tag's parts when it has them; otherwise the host
 * is AUX when its lemma is an auxiliary (PRON when a pronoun), and the clitic is PART for "n't" and a
 * possessive "'s", AUX for the others ("'ll", "'ve", "'s" = is/has). Stateless, thread-safe.
 */
final class Clitics {
  /** Surface endings, apostrophes straightened; "not" only for "cannot" (lemma "can+not"). */
  private static final List<String> ENDINGS = List.of("n't", "'s", "'re", "'ll", "'ve", "'d", "'m", "s'", "not");
  /** Lemmas of auxiliaries, including the UD tokenizer's host forms of "can't", "won't", "shan't". */
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "can", "could",
      "shall", "should", "may", "might", "must", "ca", "wo", "sha");
  private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "that",
      "this", "there", "here", "who", "what", "where", "how");

  private Clitics() {}

  /** One part of a split token: its surface length and the tag and lemma it gets. */
  record Part(int length, String tag, String lemma) {}

  /**
   * The host and clitic of a token, or an empty list when it is not a merged clitic token.
   *
   * @param word  the surface form
   * @param tag   the tagger's tag (may be "AUX+PART")
   * @param lemma the lemmatizer's lemma (may be "have+not")
   */
  static List<Part> split(String word, String tag, String lemma) {
    String[] tags = tag.split("\\+");
    String[] lemmas = lemma.split("\\+");
    boolean mergedTag = tag.indexOf('+') > 0 && tags.length == 2;
    boolean mergedLemma = lemma.indexOf('+') > 0 && lemmas.length == 2;
    String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (!mergedTag && !mergedLemma) {
      return possessive(word, lower, tag);
    }
    for (String ending : ENDINGS) {
      if (!lower.endsWith(ending) || lower.length() <= ending.length()) {
        continue;
      }
      if (ending.equals("not") && !(mergedLemma && lemmas[1].equals("not"))) {
        continue;
      }
      int cut = word.length() - ending.length();
      String hostLemma = mergedLemma ? lemmas[0] : lower.substring(0, cut);
      String cliticLemma = mergedLemma ? lemmas[1] : ending.equals("n't") ? "not" : ending;
      String hostTag = mergedTag ? tags[0] : hostTag(word, tag, hostLemma);
      String cliticTag = mergedTag ? tags[1] : cliticTag(ending, cliticLemma);
      return List.of(new Part(cut, hostTag, hostLemma), new Part(ending.length(), cliticTag, cliticLemma));
    }
    return List.of();
  }

  /** Tags the tagger gives a possessive name or noun it leaves whole ("Apple's/NOUN iCloud"). */
  private static final Set<String> NOMINAL_TAGS = Set.of("NOUN", "PROPN", "PUNCT", "X", "SYM");

  /**
   * A noun or name with its possessive "'s" that the tagger tagged as one word, with no merged tag or
   * lemma ("Apple's/NOUN iCloud", "company's/NOUN"): split as the merged ones are, the host keeping a
   * noun's tag (a name's when the tagger said punctuation of a capitalised word), "'s" a particle.
   */
  private static List<Part> possessive(String word, String lower, String tag) {
    if (!NOMINAL_TAGS.contains(tag) || !lower.endsWith("'s") || lower.length() < 4
        || !lower.substring(0, lower.length() - 2).chars().allMatch(Character::isLetter)) {
      return List.of();
    }
    int cut = word.length() - 2;
    String hostTag = tag.equals("NOUN") || tag.equals("PROPN") ? tag
        : Character.isUpperCase(word.charAt(0)) ? "PROPN" : "NOUN";
    return List.of(new Part(cut, hostTag, lower.substring(0, cut)), new Part(2, "PART", "'s"));
  }

  /** The tag of a host when the tagger gave one tag for the whole token. */
  private static String hostTag(String word, String tag, String hostLemma) {
    String l = hostLemma.toLowerCase(Locale.ROOT);
    if (AUXILIARIES.contains(l)) {
      return "AUX";
    }
    if (PRONOUNS.contains(l)) {
      return "PRON";
    }
    if (tag.equals("PUNCT") || tag.equals("SYM") || tag.equals("X")) {
      return Character.isUpperCase(word.charAt(0)) ? "PROPN" : "NOUN";
    }
    return tag;
  }

  /** The tag of a clitic when the tagger gave one tag for the whole token. */
  private static String cliticTag(String ending, String cliticLemma) {
    return switch (ending) {
      case "n't", "not", "s'" -> "PART";
      case "'s" -> AUXILIARIES.contains(cliticLemma) ? "AUX" : "PART";
      default -> "AUX";
    };
  }
}
