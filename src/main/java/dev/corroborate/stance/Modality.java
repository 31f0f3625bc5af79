package dev.corroborate.stance;

import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a passage states the claim's action: done, or only asked for, wanted or tried, hedged,
 * possible, one of alternatives, intended, or still to come. The stance engine asks these once it has
 * matched the action; each answer is a position in the passage (or -1) that its reason quotes.
 * Stateless apart from the lexicon, and thread-safe.
 */
final class Modality {
  /** Future and modal words: a claim with one speaks of what will or would happen. */
  private static final Set<String> PROSPECTIVE = Set.of("will", "shall", "would", "'ll");

  private final Lexicon lex;

  Modality(Lexicon lex) {
    this.lex = lex;
  }

  /**
   * The position of the verb that asks, wants or tries what the passage's token at {@code q} (the
   * claim's action) names, as its "to" and infinitive or as the means of that infinitive: "did not ask
   * Ms Kerr to resign", "wants to sell the club", "call for Norvand to answer by expelling"; -1 when there is none, when the claim's action is not a verb in the passage, or
   * when the claim says the same verb ("asked her to resign" against "asked her to resign").
   */
  /** Verbs whose "to" infinitive is the action itself, with an obligation or a time: "have to", "need to", "going to". */
  private static final java.util.Set<String> SEMI_MODALS = java.util.Set.of("have", "need", "ought", "go", "get");

  int directive(ClaimFrame c, SentenceView p, int q) {
    if (q >= 2 && p.tokens.get(q).isVerb() && p.tokens.get(q - 1).lemma().equals("by")
        && p.tokens.get(q).text().toLowerCase(Locale.ROOT).endsWith("ing")) {
      // The means of what is asked: "call for Norvand to answer in kind by expelling an officer".
      q = infinitiveBefore(p, q - 1);
    }
    if (q < 2 || c.predicates.isEmpty() || !p.tokens.get(q).isVerb() || !p.tokens.get(q - 1).lemma().equals("to")) {
      return -1;
    }
    for (int i = 0; i < c.units.size(); i++) {
      int from = c.units.get(i).unit().from();
      if (from > 0 && c.view.tokens.get(from - 1).lemma().equals("to") && c.view.tokens.get(from).isVerb()
          && !(from > 1 && SEMI_MODALS.contains(c.view.tokens.get(from - 2).lemma()))) {
        // The claim names an infinitive itself ("resigned to spend more time with her family"); not
        // one of obligation or time ("will have to move", "is going to close"), which says the action.
        return -1;
      }
    }
    return governingDirective(c, p, q - 1);
  }

  /**
   * For a claim with no action word of its own ("The organisers are giving runners their fees back"),
   * a "to" infinitive in the passage, active or passive, asked, wanted or allowed by a directive verb
   * before it, with most of the passage's matched words after that verb: "has called for the entry
   * fee to be refunded in full" only asks for what the claim says is done. Returns the directive's
   * and the infinitive's positions, or null.
   */
  int[] directiveOverMatched(ClaimFrame c, SentenceView p, int[] at) {
    if (!c.predicates.isEmpty()) {
      return null;
    }
    int[] matched = java.util.Arrays.stream(at).filter(x -> x >= 0).toArray();
    if (matched.length == 0) {
      return null;
    }
    for (int v = 2; v < p.tokens.size(); v++) {
      if (!p.tokens.get(v).isVerb()) {
        continue;
      }
      int to = p.tokens.get(v - 1).lemma().equals("be") ? v - 2 : v - 1;
      if (to < 1 || !p.tokens.get(to).lemma().equals("to")) {
        continue;
      }
      int d = governingDirective(c, p, to);
      if (d < 0) {
        continue;
      }
      long after = java.util.Arrays.stream(matched).filter(x -> x > d).count();
      if (2 * after > matched.length) {
        return new int[] {d, v};
      }
    }
    return null;
  }

  /** The directive verb that governs the "to" at {@code to} (its clause, at most eight words back), or -1. */
  private int governingDirective(ClaimFrame c, SentenceView p, int to) {
    for (int d = to - 1; d >= 0 && to - d <= 7 && p.clause[d] >= p.clause[to] - 1; d--) {
      Token t = p.tokens.get(d);
      if (t.isPunctuation()) {
        return -1;
      }
      if (t.isVerb()) {
        return lex.isDirective(t.lemma()) && !c.tokenLemmas.contains(t.lemma()) ? d : -1;
      }
    }
    return -1;
  }

  /**
   * The "to" infinitive's verb at most six words before {@code by} in its clause, with no other verb
   * between ("to answer in kind by"), or -1.
   */
  static int infinitiveBefore(SentenceView p, int by) {
    for (int k = by - 1; k >= Math.max(1, by - 6) && p.clause[k] == p.clause[by]; k--) {
      if (p.tokens.get(k).isVerb()) {
        return p.tokens.get(k - 1).lemma().equals("to") ? k : -1;
      }
    }
    return -1;
  }

  /** Index of a hedge in the passage near its match (not a word of the claim, not matched), or -1. */
  int hedge(ClaimFrame c, SentenceView p, int q, Set<Integer> matchedPositions) {
    for (int i = 0; i < p.tokens.size(); i++) {
      Token t = p.tokens.get(i);
      // A capitalised calendar word ("May 11") is a month, not the hedge "may"; a verb of intending
      // governs what follows it ("beheads a journalist, threatens more" does not hedge the beheading).
      if (lex.hedges(p.tokens, i) && !lex.isCalendarName(t) && !c.tokenLemmas.contains(t.lemma())
          && !matchedPositions.contains(i) && (q < 0 || Math.abs(p.clause[i] - p.clause[Math.max(q, 0)]) <= 1)
          && (q < 0 || i < q || lex.isHedge(t.lemma()))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The position of the noun whose "of" names the passage's action at {@code q} as a question or a
   * possibility ("the question of refunds", "the threat of closure"), with at most a determiner or
   * adjective between; -1 when there is none, or when the claim has that noun itself.
   */
  int possibilityOf(ClaimFrame c, SentenceView p, int q) {
    int of = q - 1;
    while (of > 0 && (p.tokens.get(of).pos().equals("DET") || p.tokens.get(of).pos().equals("ADJ")) && q - of < 3) {
      of--;
    }
    if (of < 1 || !p.tokens.get(of).key().equals("of")) {
      return -1;
    }
    Token noun = p.tokens.get(of - 1);
    boolean possibility = noun.pos().equals("NOUN") && lex.isPossibility(noun.lemma()) && !c.tokenLemmas.contains(noun.lemma());
    return possibility ? of - 1 : -1;
  }

  /** The position of an "or" right before or after the passage's action at {@code q}, or -1. */
  static int alternativeAt(SentenceView p, int q) {
    if (q + 1 < p.tokens.size() && p.tokens.get(q + 1).key().equals("or")) {
      return q + 1;
    }
    return q > 0 && p.tokens.get(q - 1).key().equals("or") ? q - 1 : -1;
  }

  /** Modal verbs of possibility: what they govern may or may not happen. */
  private static final Set<String> POSSIBILITY = Set.of("may", "might", "could");

  /**
   * Whether the passage's hedge is a modal of possibility before the claim's action ("could
   * suspend", "may have been stolen", "could range from advice to suspension of the licence") and the claim states the action as done: what is only
   * possible does not support that, nor a claim that it will happen ("will cost more than $1 million"
   * against "could cost more than $1 million"). A claim that is itself hedged, or says what would
   * happen, is only hedged.
   */
  boolean possibleOnly(ClaimFrame c, SentenceView p, int hedgeAt, int q) {
    Token t = p.tokens.get(hedgeAt);
    if (!POSSIBILITY.contains(t.text().toLowerCase(Locale.ROOT)) || hedgeAt > q) {
      return false;
    }
    return statedAsDone(c) || statedAsCertain(c);
  }

  /** Future words of a claim that says what will happen, not what would ("will", "shall", "'ll"). */
  private static final Set<String> CERTAIN_FUTURE = Set.of("will", "shall", "'ll");

  /** Whether the claim says what will happen ("will", "shall") and hedges nothing ("would", "may", "likely"). */
  private boolean statedAsCertain(ClaimFrame c) {
    List<Token> claim = c.view.tokens;
    boolean future = false;
    for (int i = 0; i < claim.size(); i++) {
      String w = claim.get(i).text().toLowerCase(Locale.ROOT);
      if (lex.hedges(claim, i) || w.equals("would")) {
        return false;
      }
      future |= CERTAIN_FUTURE.contains(w);
    }
    return future;
  }

  /** Whether the claim has no word of the future, intention or hedging ("will", "plans", "may"). */
  boolean statedAsDone(ClaimFrame c) {
    List<Token> claim = c.view.tokens;
    for (int i = 0; i < claim.size(); i++) {
      Token x = claim.get(i);
      if (PROSPECTIVE.contains(x.lemma()) || PROSPECTIVE.contains(x.text().toLowerCase(Locale.ROOT))
          || lex.hedges(claim, i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the passage's hedge is a verb of intending ("plans to", "is considering") and the claim
   * states its action as done: what is only planned does not support that. A claim about what will
   * or would happen, or about an intention itself, is only hedged.
   */
  boolean intends(ClaimFrame c, SentenceView p, int hedgeAt) {
    if (lex.isHedge(p.tokens.get(hedgeAt).lemma()) || lex.raisingPassive(p.tokens, hedgeAt)) {
      return false;
    }
    return statedAsDone(c);
  }

  /**
   * Where the passage puts the claim's action at {@code q} in the future ("would be installed by the
   * end of the year") while the claim has it done (a past or perfect verb, no "will" or "would" of its
   * own), and either the claim says "already" or the passage sets a time to come: the position of the
   * passage's "will", "would" or "shall", or -1.
   */
  static int prospective(ClaimFrame c, SentenceView p, int q) {
    boolean done = false;
    for (Token t : c.view.tokens) {
      String w = t.text().toLowerCase(Locale.ROOT);
      if (PROSPECTIVE.contains(w) || PROSPECTIVE.contains(t.lemma())) {
        return -1;
      }
      done |= (t.pos().equals("AUX") && PAST.contains(w)) || (t.isVerb() && pastForm(t, w));
    }
    if (!done || !(c.tokenLemmas.contains("already") || timeToCome(p, q))) {
      return -1;
    }
    for (int i = q - 1; i >= 0 && p.clause[i] == p.clause[q]; i--) {
      Token t = p.tokens.get(i);
      if (PROSPECTIVE.contains(t.text().toLowerCase(Locale.ROOT))) {
        return i;
      }
      if (!(t.pos().equals("AUX") || t.pos().equals("ADV") || t.pos().equals("PART"))) {
        return -1;
      }
    }
    return -1;
  }

  /** Words after a verb that put it later than the passage is written ("by the end of the year", "next week"). */
  private static final Set<String> LATER = Set.of("next", "later", "eventually", "soon", "end", "coming");

  /**
   * Whether the clause of the passage's action at {@code q} sets it later: "would be installed by the
   * end of the year". Without that, an announcement ("Buses will be diverted over the crossing") may
   * well be in force as it is made, and only a claim with "already" is set against it.
   */
  private static boolean timeToCome(SentenceView p, int q) {
    return laterWords(p, q) != null;
  }

  /** The words that set the passage's action at {@code q} later ("by the end of the year"), or null. */
  static String laterWords(SentenceView p, int q) {
    for (int i = q + 1; i < p.tokens.size() && p.clause[i] == p.clause[q]; i++) {
      if (LATER.contains(p.tokens.get(i).lemma())) {
        int from = i;
        while (from > q + 1 && (p.tokens.get(from - 1).pos().equals("ADP") || p.tokens.get(from - 1).pos().equals("DET"))) {
          from--;
        }
        int to = i + 1;
        while (to < p.tokens.size() && p.clause[to] == p.clause[q] && (p.tokens.get(to).pos().equals("NOUN")
            || p.tokens.get(to).pos().equals("ADP") && p.tokens.get(to).lemma().equals("of")
            || p.tokens.get(to).pos().equals("DET"))) {
          to++;
        }
        return p.span(from, to);
      }
    }
    return null;
  }

  /** Past and perfect auxiliaries, which mark a claim's action as done. */
  private static final Set<String> PAST = Set.of("was", "were", "had", "has", "have", "did");

  /** A verb in a past form: in "-ed", or another form than its lemma that is no "-ing" or "-s" form ("met", "won"). */
  private static boolean pastForm(Token t, String lower) {
    return lower.endsWith("ed") || (!lower.equals(t.lemma()) && !lower.endsWith("ing") && !lower.endsWith("s"));
  }
}
