package dev.corroborate.stance;

import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Claim units that a contradiction accounts for although the passage does not write them, so that
 * they count towards its coverage:
 * <ul>
 *   <li>the actor of an action denied in a passive that names no actor: "the case was not raised"
 *       denies that anyone raised it, the claim's "President X" included;</li>
 *   <li>the number (with its "more than") of a count the passage gives for the same thing with "be"
 *       instead of the claim's action: "about 1,200 workers were on strike" against "more than 3,000
 *       workers joined the strike".</li>
 * </ul>
 * Neither applies to support: an agentless passive that affirms the action does not say who did it,
 * and a count told without the action does not state it. Stateless and thread-safe.
 */
final class ImpliedUnits {
  /**
   * Units counted as covered, with what explains it.
   *
   * @param units     the claim's unit indices counted as covered
   * @param explained the words no longer listed as missing: the units, and what the cue accounts for
   * @param note      added to the coverage figure of the match cue ("counting ...")
   * @param against   the contradiction cue the units come with, or null when it is already among the cues
   */
  record Fill(List<Integer> units, List<String> explained, String note, Cue against) {
    double weight(ClaimFrame c) {
      return units.stream().mapToDouble(i -> c.units.get(i).weight()).sum();
    }
  }

  private final Lexicon lex;
  private final NumberConflict numbers;

  ImpliedUnits(Lexicon lex, NumberConflict numbers) {
    this.lex = lex;
    this.numbers = numbers;
  }

  /** Words that open a question a sentence may leave open. */
  private static final Set<String> QUESTION_WORDS = Set.of("what", "why", "how", "who", "whether", "when", "where", "which");

  /** Words that make the question after them open themselves ("unclear why"). */
  private static final Set<String> OPEN_IN_ITSELF = Set.of("unclear", "unknown", "uncertain");

  /**
   * The claim's verb of knowing ("Officials have determined what caused the stranding"), when the
   * passage leaves the question open that the claim says is answered: "it is too early to say what
   * caused the stranding", "it is not known why ...", "unclear how ...", with at least one of the
   * claim's matched words after the question word. The verb counts as found, and the passage
   * contradicts the claim; null otherwise. A claim that itself denies knowing is left alone.
   */
  Fill leftOpen(ClaimFrame c, SentenceView p, int[] at) {
    if (c.predicates.isEmpty()) {
      return null;
    }
    int main = c.predicates.get(0);
    int claimVerb = c.units.get(main).unit().from();
    if (!lex.isKnowing(c.view.tokens.get(claimVerb).lemma()) || c.predicateNegated(main)) {
      return null;
    }
    List<Token> t = p.tokens;
    for (int w = 1; w < t.size(); w++) {
      if (!QUESTION_WORDS.contains(t.get(w).key())) {
        continue;
      }
      int opener = w - 1;
      if (opener > 0 && t.get(opener).key().equals("exactly")) {
        opener--;
      }
      String lemma = t.get(opener).lemma();
      if (!lex.isOpening(lemma) || !(OPEN_IN_ITSELF.contains(lemma) || negatedOrTooBefore(t, opener))) {
        continue;
      }
      boolean asked = false;
      for (int i = 0; i < at.length; i++) {
        asked |= i != main && at[i] > w;
      }
      if (!asked) {
        continue;
      }
      int from = opener;
      while (from > 0 && opener - from < 3 && !t.get(from - 1).pos().equals("PUNCT") && !t.get(from - 1).pos().equals("PRON")
          && !t.get(from - 1).pos().equals("AUX")) {
        from--;
      }
      String words = p.span(from, w + 1);
      String verb = c.units.get(main).unit().display();
      return new Fill(List.of(main), List.of(verb), "'" + verb + "' left open by '" + words + "'",
          new Cue(Cue.Kind.NEGATION, words, "leaves open what the claim says is " + verb + " ('" + words + "')"));
    }
    return null;
  }

  /** Whether a negation or "too" ("too early to say") stands in the four words before this one. */
  private boolean negatedOrTooBefore(List<Token> t, int k) {
    for (int i = Math.max(0, k - 4); i < k; i++) {
      String lemma = t.get(i).lemma();
      if (lex.isNegation(lemma) || t.get(i).key().equals("too")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The claim's actor, when the passage denies the claim's matched action with "not" or "never" in
   * a passive that names no actor ("was not raised", "has never been signed") and the actor is
   * missing from the passage; null otherwise. The claim must state the action actively with its actor
   * ("X raised ..."): in a claim that is itself passive the name before the verb is not its actor. A
   * denial by a determiner ("no militants were killed") is about what it negates, not the action, and
   * does not count.
   */
  Fill deniedOfAnyone(ClaimFrame c, SentenceView p, int[] at) {
    if (c.predicates.isEmpty()) {
      return null;
    }
    int action = at[c.predicates.get(0)];
    int claimVerb = c.units.get(c.predicates.get(0)).unit().from();
    if (action < 0 || c.predicateNegated(c.predicates.get(0)) || passiveAuxiliary(c.view, claimVerb) >= 0) {
      return null;
    }
    int aux = agentlessPassive(p, action) ? passiveAuxiliary(p, action) : -1;
    boolean notOrNever = false;
    for (int i = aux + 1; aux >= 0 && i < action; i++) {
      notOrNever |= lex.isNegation(p.tokens.get(i).lemma()) && !lex.isNegatingDeterminer(p.tokens.get(i).lemma());
    }
    if (!notOrNever) {
      return null;
    }
    Agent actor = Agent.of(c.view, claimVerb);
    if (actor == null || actor.passive()) {
      return null;
    }
    for (int i = 0; i < c.units.size(); i++) {
      TermUnit u = c.units.get(i).unit();
      if (at[i] < 0 && u.isEntity() && u.keys().stream().anyMatch(actor.keys()::contains)) {
        return new Fill(List.of(i), List.of(u.display()), String.format(Locale.ROOT, "counting '%s': the passive '%s' names no one,"
            + " so it denies the action of anyone", u.display(), p.tokens.get(action).text()), null);
      }
    }
    return null;
  }

  /**
   * The words naming the claim's actor as an officer of something ("chief executive" in "the bank's
   * chief executive apologised"), when the passage denies the claim's action of that something ("The
   * bank has not apologised"): what the bank has not done, no officer of it did for it. The possessor
   * must be matched in the passage before the denied action, in its clause; null otherwise.
   */
  Fill officerOfDenier(ClaimFrame c, SentenceView p, int[] at) {
    if (c.predicates.isEmpty()) {
      return null;
    }
    int action = at[c.predicates.get(0)];
    int claimVerb = c.units.get(c.predicates.get(0)).unit().from();
    if (action < 0 || !p.negated(action) || c.predicateNegated(c.predicates.get(0))) {
      return null;
    }
    List<Token> t = c.view.tokens;
    int possessive = -1;
    for (int i = 1; i < claimVerb; i++) {
      if (t.get(i).pos().equals("PART") && t.get(i).text().startsWith("'")) {
        possessive = i;
        break;
      }
    }
    if (possessive < 0) {
      return null;
    }
    List<Integer> officer = new java.util.ArrayList<>();
    List<String> words = new java.util.ArrayList<>();
    boolean owner = false;
    for (int i = 0; i < c.units.size(); i++) {
      TermUnit u = c.units.get(i).unit();
      if (u.to() == possessive) {
        owner = at[i] >= 0 && at[i] < action && p.clause[at[i]] == p.clause[action];
      } else if (u.from() > possessive && u.to() <= claimVerb) {
        if (at[i] >= 0) {
          return null; // the passage names the officer itself: the usual rules judge it
        }
        officer.add(i);
        words.add(u.display());
      }
    }
    if (!owner || officer.isEmpty()) {
      return null;
    }
    String who = String.join(" ", words);
    return new Fill(officer, words, String.format(Locale.ROOT, "counting '%s': the passage denies '%s' of"
        + " what the claim's %s acts for", who, p.tokens.get(action).text(), who), null);
  }

  /**
   * The claim's number words ("more than 12,000"), when the passage already states the claim's action
   * with an incompatible number ({@code against} holds the mismatch): the passage gives the number's
   * place another value, so those words are accounted for. Null when there is no mismatch or no
   * unmatched number word.
   */
  Fill numberReplaced(ClaimFrame c, int[] at, List<Cue> against) {
    if (against.stream().noneMatch(cue -> cue.kind() == Cue.Kind.NUMBER_MISMATCH)) {
      return null;
    }
    List<Integer> slot = new ArrayList<>(numberSlot(c, at));
    String place = "counting the number's place";
    if (against.stream().anyMatch(cue -> cue.kind() == Cue.Kind.NUMBER_MISMATCH && RelativeDates.namesDay(cue.words()))) {
      // Another day: the claim's date words are its place ("on 11 May" for "on 12 May 2026").
      for (int i = 0; i < c.units.size(); i++) {
        if (at[i] < 0 && !slot.contains(i) && RelativeDates.isDatePart(c.view.tokens, c.units.get(i).unit())) {
          slot.add(i);
          place = "counting the date's place";
        }
      }
    }
    if (slot.isEmpty()) {
      return null;
    }
    List<String> explained = new ArrayList<>();
    slot.forEach(i -> explained.add(c.units.get(i).unit().display()));
    List<Integer> setting = adjunctsAfter(c, at, slot);
    List<String> placed = new ArrayList<>();
    setting.forEach(i -> placed.add(c.units.get(i).unit().display()));
    List<Integer> units = new ArrayList<>(slot);
    units.addAll(setting);
    explained.addAll(placed);
    String note = placed.isEmpty() ? place
        : place + ", and " + PassageJudge.quoteList(placed) + ", which only set where or how the count was";
    return new Fill(List.copyOf(units), List.copyOf(explained), note, null);
  }

  /**
   * The claim's unmatched words and names in prepositional phrases after its counted words and in the
   * clause of its action ("off the Portuguese coast" in "The ship lost 46 containers off the
   * Portuguese coast"): when the passage gives the same action another count, they only set the
   * scene. Not numbers or dates (a date of its own conflicts elsewhere).
   */
  private static List<Integer> adjunctsAfter(ClaimFrame c, int[] at, List<Integer> slot) {
    List<Integer> out = new ArrayList<>();
    if (c.predicates.isEmpty()) {
      return out;
    }
    int verb = c.units.get(c.predicates.get(0)).unit().from();
    int end = -1;
    for (int i : slot) {
      end = Math.max(end, c.units.get(i).unit().to());
    }
    for (int i = 0; i < c.units.size(); i++) {
      TermUnit u = c.units.get(i).unit();
      if (at[i] >= 0 || slot.contains(i) || u.kind() == TermUnit.Kind.NUMBER || u.from() <= end || u.from() <= verb
          || c.view.clause[u.from()] != c.view.clause[verb]) {
        continue;
      }
      for (int k = end; k < u.from(); k++) {
        if (k > verb && c.view.tokens.get(k).pos().equals("ADP")) {
          out.add(i);
          break;
        }
      }
    }
    return out;
  }

  /** The claim's unmatched units within its number expressions ("More", "12,000" of "More than 12,000"). */
  private List<Integer> numberSlot(ClaimFrame c, int[] at) {
    List<Integer> slot = new ArrayList<>();
    for (int[] span : numbers.numberSpans(c.view.tokens)) {
      for (int i = 0; i < c.units.size(); i++) {
        TermUnit u = c.units.get(i).unit();
        if (at[i] < 0 && u.from() >= span[0] && u.from() <= span[1] && !slot.contains(i)) {
          slot.add(i);
        }
      }
    }
    return slot;
  }

  /**
   * The claim's number, when the claim's action is not in the passage but the passage gives an
   * incompatible count of the same counted word with no action of its own; null otherwise.
   */
  Fill countWithoutAction(ClaimFrame c, SentenceView p, int[] at) {
    if (c.predicates.isEmpty()) {
      return null;
    }
    Cue count = numbers.find(c.view.tokens, p.tokens, x -> statesCountOnly(c, p, at, x)).orElse(null);
    if (count == null) {
      return null;
    }
    List<Integer> slot = numberSlot(c, at);
    List<String> explained = new ArrayList<>();
    slot.forEach(i -> explained.add(c.units.get(i).unit().display()));
    String action = c.units.get(c.predicates.get(0)).unit().display();
    explained.add(action);
    return new Fill(List.copyOf(slot), List.copyOf(explained), "counting the number's place",
        new Cue(count.kind(), count.words(), count.detail() + ", told without the claim's action '" + action + "'"));
  }

  /**
   * The claim's action, when the passage does not state it but says there is none of the thing the
   * claim's action takes ("There will be no entry fee for the replacement paper" against "Students
   * will have to pay an entry fee"): "there" and a form of "be" before "no" and the claim's noun, which
   * is the first noun after the claim's action. The action counts as found, denied; null otherwise.
   * A claim that denies the action itself is left alone.
   */
  Fill noneThere(ClaimFrame c, SentenceView p, int[] at) {
    if (c.predicates.isEmpty() || at[c.predicates.get(0)] >= 0) {
      return null;
    }
    int main = c.predicates.get(0);
    if (c.predicateNegated(main)) {
      return null;
    }
    int action = c.units.get(main).unit().from();
    for (int i = main + 1; i < c.units.size(); i++) {
      TermUnit u = c.units.get(i).unit();
      if (c.view.clause[u.from()] != c.view.clause[action]) {
        return null;
      }
      if (u.kind() != TermUnit.Kind.WORD || !c.view.tokens.get(u.from()).pos().equals("NOUN")) {
        continue;
      }
      // The head of the noun phrase: "fee" of "entry fee".
      int head = i;
      while (head + 1 < c.units.size() && c.units.get(head + 1).unit().from() == c.units.get(head).unit().to()
          && c.view.tokens.get(c.units.get(head + 1).unit().from()).pos().equals("NOUN")) {
        head++;
      }
      int x = at[head];
      if (x < 1) {
        return null;
      }
      int no = x - 1;
      while (no > 0 && NOUN_OR_ADJECTIVE.contains(p.tokens.get(no).pos())) {
        no--;
      }
      if (!p.tokens.get(no).lemma().equals("no") || !existentialBefore(p, no)) {
        return null;
      }
      String denied = SentenceView.text(p.tokens, no, x + 1);
      String act = c.units.get(main).unit().display();
      return new Fill(List.of(main), List.of(act), "counting '" + act + "' as denied with '" + denied + "'",
          new Cue(Cue.Kind.NEGATION, denied, "the passage says there is '" + denied + "', which the claim's '"
              + act + "' takes"));
    }
    return null;
  }

  private static final Set<String> NOUN_OR_ADJECTIVE = Set.of("NOUN", "ADJ");

  /** Whether "there" and a form of "be" come right before {@code no} ("there will be no", "there is no"). */
  private static boolean existentialBefore(SentenceView p, int no) {
    int k = no - 1;
    if (k < 1 || !p.tokens.get(k).lemma().equals("be")) {
      return false;
    }
    k--;
    while (k > 0 && p.tokens.get(k).pos().equals("AUX")) {
      k--;
    }
    return p.tokens.get(k).key().equals("there");
  }

  /**
   * Whether the verb at {@code x} is a passive participle with no "by" phrase: see
   * {@link #passiveAuxiliary}, and not an "-ing" form ("was raising").
   */
  static boolean agentlessPassive(SentenceView p, int x) {
    Token verb = p.tokens.get(x);
    if (!verb.isVerb() || verb.text().toLowerCase(Locale.ROOT).endsWith("ing")) {
      return false;
    }
    Agent agent = Agent.of(p, x);
    return (agent == null || !agent.passive()) && passiveAuxiliary(p, x) >= 0;
  }

  /**
   * The position of the form of "be" or "get" that makes the verb at {@code x} passive ("was not
   * raised", "has never been signed"): before it in its clause, with only adverbs, negation and
   * auxiliaries between them; -1 when there is none.
   */
  static int passiveAuxiliary(SentenceView p, int x) {
    for (int i = x - 1; i >= 0 && p.clause[i] == p.clause[x]; i--) {
      Token t = p.tokens.get(i);
      if (t.pos().equals("AUX") && (t.lemma().equals("be") || t.lemma().equals("get"))) {
        return i;
      }
      if (!(t.pos().equals("ADV") || t.pos().equals("PART") || t.pos().equals("AUX"))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the number at {@code x} is stated with no action of its own: the verb before it in its
   * clause, if any, and every verb after it up to the next conjunction are light ("be", "say",
   * "have"), and a claim word other than a number or the counted word matches in the clause. "1,200
   * workers were injured in the strike" has an action of its own.
   */
  private boolean statesCountOnly(ClaimFrame c, SentenceView p, int[] at, int x) {
    if (p.insideRelativeClause(x)) {
      // "the keeper, who joined the zoo in 2021": the year tells of the keeper, not the claim's event.
      return false;
    }
    int clause = p.clause[x];
    for (int i = x - 1; i >= 0 && p.clause[i] == clause; i--) {
      Token t = p.tokens.get(i);
      if (t.isVerb()) {
        if (!lex.isLight(t.key())) {
          return false;
        }
        break;
      }
    }
    for (int i = x + 1; i < p.tokens.size() && p.clause[i] == clause; i++) {
      Token t = p.tokens.get(i);
      if (t.pos().equals("CCONJ") || t.pos().equals("SCONJ")) {
        break;
      }
      if (t.isVerb() && !lex.isLight(t.key())) {
        return false;
      }
    }
    for (int i = 0; i < c.units.size(); i++) {
      if (at[i] >= 0 && (at[i] < x || at[i] > x + 2) && p.clause[at[i]] == clause
          && c.units.get(i).unit().kind() != TermUnit.Kind.NUMBER) {
        return true;
      }
    }
    return false;
  }
}
