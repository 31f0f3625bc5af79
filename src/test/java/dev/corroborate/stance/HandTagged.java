package dev.corroborate.stance;

import dev.corroborate.analysis.Stemmer;
import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentences tagged by hand for tests that must not depend on the tagger: words as "word/TAG", one
 * space apart; the lemma is the lower-cased word, "be" for the forms of "be".
 */
final class HandTagged {
  private static final TermUnitizer UNITIZER = new TermUnitizer(Lexicon.shipped(), AliasTable.shipped());
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be");

  private HandTagged() {}

  static SentenceView view(String tagged) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String wt : tagged.split(" ")) {
      int slash = wt.lastIndexOf('/');
      String w = wt.substring(0, slash);
      String lemma = BE.contains(w.toLowerCase()) ? "be" : w.toLowerCase();
      tokens.add(new Token(w, lemma, wt.substring(slash + 1), Stemmer.key(lemma), at, at + w.length()));
      at += w.length() + 1;
    }
    return new SentenceView(tokens, UNITIZER);
  }
}
