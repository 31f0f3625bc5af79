package dev.corroborate.stance;

import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnit;
import java.util.Locale;
import java.util.Set;

/**
 * The forms in which a passage can state a claim's action besides a plain verb: a word the tagger
 * took for a noun or an adjective where the sentence needs a verb ("will move", "were diverted"),
 * the claim's own gerund after a preposition, the object of a light verb ("made an offer"), and the
 * noun a passive claim's subject received ("residents received no warning"). Thread-safe.
 */
final class ActionForms {
  private final Lexicon lex;

  ActionForms(Lexicon lex) {
    this.lex = lex;
  }

  /**
   * Whether the passage's word at {@code x}, one of the keys of the claim's predicate unit {@code u},
   * states that action: a verb or a name (a headline's verb the tagger took for one), or one of the
   * forms above.
   */
  boolean statesAction(ClaimFrame c, TermUnit u, SentenceView p, int x) {
    return p.tokens.get(x).isVerb() || p.tokens.get(x).isProperNoun() || verbInContext(p, x)
        || lightVerbObject(p, x) || sameGerund(c, u, p, x) || receivedAsPassive(c, u, p, x)
        || passiveParticiple(p, x);
  }

  /**
   * Whether the passage has the claim's own gerund after a preposition ("guilty of accepting
   * bribes" in both) where the tagger took the passage's for a noun: the same word in the same
   * place is the same action. A noun in "-ing" elsewhere ("the cost of building materials" against
   * "was building homes") is not taken.
   */
  private static boolean sameGerund(ClaimFrame c, TermUnit u, SentenceView p, int x) {
    Token word = p.tokens.get(x);
    if (x == 0 || u.from() == 0 || !word.text().toLowerCase(Locale.ROOT).endsWith("ing")
        || !preposition(p.tokens.get(x - 1))) {
      return false;
    }
    Token claimed = c.view.tokens.get(u.from());
    return claimed.text().equalsIgnoreCase(word.text()) && preposition(c.view.tokens.get(u.from() - 1));
  }

  /**
   * Whether a word tagged as an adjective is a passive participle: in "-ed" or "-en" right after a
   * form of "be" or "get" (adverbs aside): "six were diverted to other airports", where the tagger
   * took "diverted" for an adjective.
   */
  private static boolean passiveParticiple(SentenceView p, int x) {
    Token t = p.tokens.get(x);
    String w = t.text().toLowerCase(Locale.ROOT);
    if (!t.pos().equals("ADJ") || !(w.endsWith("ed") || w.endsWith("en"))) {
      return false;
    }
    int k = x - 1;
    while (k >= 0 && p.tokens.get(k).pos().equals("ADV")) {
      k--;
    }
    return k >= 0 && p.tokens.get(k).pos().equals("AUX")
        && (p.tokens.get(k).lemma().equals("be") || p.tokens.get(k).lemma().equals("get"));
  }

  private static boolean preposition(Token t) {
    return t.pos().equals("ADP") || t.pos().equals("SCONJ");
  }

  /**
   * Whether a token the tagger took for a noun is a verb by the words around it: after "to" or an
   * auxiliary ("will move"), or after "and"/"or" with an object following and a verb before it in the
   * clause ("would close its plant and move production to ...").
   */
  static boolean verbInContext(SentenceView p, int x) {
    if (x == 0 || !p.tokens.get(x).pos().equals("NOUN")) {
      return false;
    }
    Token before = p.tokens.get(x - 1);
    if (before.pos().equals("AUX") || (before.pos().equals("PART") && before.key().equals("to"))) {
      return true;
    }
    if (verbSlot(p, x)) {
      return true;
    }
    if (!before.pos().equals("CCONJ") || x + 1 >= p.tokens.size()) {
      return false;
    }
    String next = p.tokens.get(x + 1).pos();
    if (!(next.equals("DET") || next.equals("NOUN") || next.equals("PRON") || next.equals("PROPN")
        || next.equals("NUM"))) {
      return false;
    }
    for (int i = x - 2; i >= 0 && p.clause[i] == p.clause[x]; i--) {
      if (p.tokens.get(i).isVerb()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a noun stands where its clause's verb should be: right after a noun, name or pronoun
   * (the subject), with no verb before it in the clause, and before the start of an object ("Varn
   * militants behead abducted local reporter ...", where the tagger took "behead" for a noun).
   * A word in "-ing" is left a noun ("the Varn beheading video").
   */
  private static boolean verbSlot(SentenceView p, int x) {
    String w = p.tokens.get(x).text().toLowerCase(Locale.ROOT);
    String prev = p.tokens.get(x - 1).pos();
    if (w.endsWith("ing") || x + 1 >= p.tokens.size() || p.clause[x - 1] != p.clause[x]
        || !(prev.equals("NOUN") || prev.equals("PROPN") || prev.equals("PRON"))) {
      return false;
    }
    for (int i = x - 1; i >= 0 && p.clause[i] == p.clause[x]; i--) {
      if (p.tokens.get(i).isVerb() || p.tokens.get(i).pos().equals("AUX")) {
        return false;
      }
    }
    Token next = p.tokens.get(x + 1);
    if (next.isVerb() && x + 2 < p.tokens.size()) {
      String w2 = next.text().toLowerCase(Locale.ROOT);
      next = w2.endsWith("ed") ? p.tokens.get(x + 2) : next;
    }
    String n = next.pos();
    return n.equals("DET") || n.equals("ADJ") || n.equals("NOUN") || n.equals("PROPN") || n.equals("NUM")
        || n.equals("PRON");
  }

  /**
   * Whether a noun is the object of a light verb that makes it the action: "took part in the
   * protest" (protested), "made an offer" (offered), "had a call" (called). The light verb ("take",
   * "make", "have", "give", ...) must come at most four words before it in its clause, with no other
   * verb between them.
   */
  private boolean lightVerbObject(SentenceView p, int x) {
    int v = verbOfNoun(p, x);
    return v >= 0 && lex.isLight(p.tokens.get(v).key()) || lightVerbPassive(p, x);
  }

  /**
   * Whether a noun is the subject of a light verb's passive: "no arrests have been made", "a decision
   * was taken" (the auxiliaries, the last of them a form of "be", right after the noun, then the
   * light verb).
   */
  private boolean lightVerbPassive(SentenceView p, int x) {
    if (!p.tokens.get(x).pos().equals("NOUN")) {
      return false;
    }
    int k = x + 1;
    while (k < p.tokens.size() && p.tokens.get(k).pos().equals("AUX")) {
      k++;
    }
    return k > x + 1 && k < p.tokens.size() && p.tokens.get(k - 1).lemma().equals("be") && p.tokens.get(k).isVerb()
        && lex.isLight(p.tokens.get(k).key());
  }

  /** The verb at most four words before the noun at {@code x} in its clause, or -1 (also when x is no noun). */
  private static int verbOfNoun(SentenceView p, int x) {
    if (!p.tokens.get(x).pos().equals("NOUN")) {
      return -1;
    }
    for (int i = x - 1; i >= Math.max(0, x - 4) && p.clause[i] == p.clause[x]; i--) {
      if (p.tokens.get(i).isVerb()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Verbs whose object noun is what befell their subject: "received a warning", "got a warning",
   * "sustained a hand injury", "suffered injuries".
   */
  private static final Set<String> RECEIVING = Set.of("receive", "get", "sustain", "suffer");

  /**
   * Whether a passive claim verb ("residents were warned", "an officer was hurt") is the noun received
   * in the passage ("residents received no warning", "one officer sustained a hand injury"): a verb of
   * {@link #RECEIVING} at most four words
   * before the noun in its clause, with no other verb between. An active claim verb is not ("X
   * called Y" is not "X received a call").
   */
  private static boolean receivedAsPassive(ClaimFrame c, TermUnit u, SentenceView p, int x) {
    if (ImpliedUnits.passiveAuxiliary(c.view, u.from()) < 0) {
      return false;
    }
    int v = verbOfNoun(p, x);
    return v >= 0 && RECEIVING.contains(p.tokens.get(v).lemma());
  }
}
