package dev.corroborate.analysis;

import java.util.Locale;
import org.tartarus.snowball.ext.EnglishStemmer;

/** Matching keys: the English Snowball stem of a lower-cased word or lemma. Thread-safe. */
public final class Stemmer {
  private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

  private Stemmer() {}

  /**
   * The key of a word: lower-cased, curly apostrophes straightened, stemmed. A word with a dot is
   * not stemmed, and an abbreviation with several dots loses its final one, so "U.K." and the "U.K"
   * the tokenizer leaves before a sentence's full stop share the key "u.k" ("Mr." stays "mr.").
   */
  public static String key(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
      return w;
    }
    if (w.indexOf('.') >= 0) {
      boolean dotted = w.endsWith(".") && w.indexOf('.') < w.length() - 1;
      return dotted ? w.substring(0, w.length() - 1) : w;
    }
    EnglishStemmer s = STEMMER.get();
    s.setCurrent(w);
    s.stem();
    return s.getCurrent();
  }
}
