package dev.corroborate.analysis;

import java.util.Locale;
import org.tartarus.snowball.ext.EnglishStemmer;

/** Matching keys: the English Snowball stem of a lower-cased word or lemma. Thread-safe. */
public final class Stemmer {
  private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

  /** A name with a common top-level domain after it ("amazon.com", "bbc.co.uk"); group 1 is the name. */
  private static final java.util.regex.Pattern WEB_NAME =
      java.util.regex.Pattern.compile("([a-z][a-z0-9-]*)\\.(?:com|net|org|io|co\\.uk|com\\.au)");

  private Stemmer() {}

  /**
   * The key of a word: lower-cased, curly apostrophes straightened, stemmed. A word with a dot is
   * not stemmed, and an abbreviation with several dots loses its final one, so "U.K." and the "U.K"
   * the tokenizer leaves before a sentence's full stop share the key "u.k" ("Mr." stays "mr."). A
   * company named by its web address has the key of its name: "Amazon.com" is "Amazon".
   */
  /** British "-ise", "-yse" endings and their inflections, after at least three letters. */
  private static final java.util.regex.Pattern BRITISH = java.util.regex.Pattern.compile(
      "(\\p{L}{3,}?)(i|y)s(e|ed|es|ing|er|ers|ation|ations)");

  /**
   * The American spelling of a British "-ise" or "-yse" word ("apologised" is "apologized",
   * "organisation" is "organization", "analysed" is "analyzed"), so that both spellings have one key.
   * The rewrite is applied to every word with such an ending ("promise" is read "promize"), so words
   * only ever spelt "-ise" keep keys of their own that match each other.
   */
  static String americanSpelling(String w) {
    java.util.regex.Matcher m = BRITISH.matcher(w);
    return m.matches() ? m.group(1) + m.group(2) + "z" + m.group(3) : w;
  }

  public static String key(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
      return w;
    }
    if (w.indexOf('.') >= 0) {
      java.util.regex.Matcher site = WEB_NAME.matcher(w);
      if (site.matches()) {
        return key(site.group(1));
      }
      boolean dotted = w.endsWith(".") && w.indexOf('.') < w.length() - 1;
      return dotted ? w.substring(0, w.length() - 1) : w;
    }
    w = americanSpelling(w);
    EnglishStemmer s = STEMMER.get();
    s.setCurrent(w);
    s.stem();
    return s.getCurrent();
  }
}
