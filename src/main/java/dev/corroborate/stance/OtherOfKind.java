package dev.corroborate.stance;

import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnit;
import java.util.List;
import java.util.Locale;

/**
 * Whether the passage's noun for a claim word is another of its kind than the one the claim tells
 * of: "Our last okapi calf was born here in 2005" and "a calf named Kito was born there in 2005" tell
 * of an earlier calf, so against "the zoo's okapi calf was born on 9 March 2027" the year is no
 * conflict and the birth no support. Only a modifier of otherness the claim does not use ("last",
 * "previous", "another", from the lexicon), or an indefinite noun given a name the claim does not
 * have ("a calf named Kito"), marks it; units of time ("last week") are dates, not things.
 */
final class OtherOfKind {
  /** How far before the noun a modifier of otherness may stand ("our last okapi calf"). */
  private static final int REACH = 4;

  private OtherOfKind() {}

  /**
   * The passage's words that make one of the claim's matched nouns another of its kind ("last okapi
   * calf", "calf named Kito"), or null when none does.
   */
  static String find(ClaimFrame c, SentenceView p, int[] at, Lexicon lex) {
    for (int i = 0; i < c.units.size(); i++) {
      TermUnit u = c.units.get(i).unit();
      int x = at[i];
      if (u.kind() != TermUnit.Kind.WORD || x < 0 || x >= p.tokens.size()) {
        continue;
      }
      Token noun = p.tokens.get(x);
      if (!noun.pos().equals("NOUN") || !c.view.tokens.get(u.from()).pos().equals("NOUN")
          || NumberConflict.DURATION_UNITS.containsKey(noun.lemma()) || lex.isTemporal(noun.key())) {
        continue;
      }
      int modifier = otherModifier(c.view.tokens, p.tokens, x, lex);
      if (modifier >= 0) {
        int end = x + 1;
        while (end < p.tokens.size() && p.tokens.get(end).pos().equals("NOUN")) {
          end++;
        }
        return p.span(modifier, end);
      }
      int name = newName(c.view.tokens, p.tokens, x);
      if (name >= 0) {
        return p.span(x, name + 1);
      }
    }
    return null;
  }

  /** Where a modifier of otherness the claim does not use stands before the noun at x, or -1. */
  private static int otherModifier(List<Token> claim, List<Token> passage, int x, Lexicon lex) {
    for (int k = x - 1; k >= Math.max(0, x - REACH); k--) {
      Token t = passage.get(k);
      boolean modifier = switch (t.pos()) {
        case "ADJ", "DET" -> true;
        default -> false;
      };
      if (modifier && lex.isOtherOfKind(t.lemma()) && claim.stream().noneMatch(w -> w.lemma().equals(t.lemma()))) {
        // "the last match" against the claim's "the first match" is an opposite, not another of its kind.
        java.util.Set<String> opposites = lex.antonyms(t.key());
        return claim.stream().anyMatch(w -> opposites.contains(w.key())) ? -1 : k;
      }
      if (!modifier && !t.pos().equals("NOUN") && !t.pos().equals("PRON") && !t.pos().equals("NUM")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Where the name stands that an indefinite noun is given ("a calf named Kito", "an officer called
   * Dent") when the claim does not have it, or -1.
   */
  private static int newName(List<Token> claim, List<Token> passage, int x) {
    if (x + 2 >= passage.size() || !passage.get(x + 2).isProperNoun()) {
      return -1;
    }
    String verb = passage.get(x + 1).text().toLowerCase(Locale.ROOT);
    if (!verb.equals("named") && !verb.equals("called")) {
      return -1;
    }
    String name = passage.get(x + 2).key();
    if (claim.stream().anyMatch(w -> w.key().equals(name))) {
      return -1;
    }
    for (int k = x - 1; k >= Math.max(0, x - REACH); k--) {
      Token t = passage.get(k);
      if (t.pos().equals("DET")) {
        String det = t.lemma();
        return det.equals("a") || det.equals("an") ? x + 2 : -1;
      }
      if (!t.pos().equals("ADJ") && !t.pos().equals("NOUN")) {
        return -1;
      }
    }
    return -1;
  }
}
