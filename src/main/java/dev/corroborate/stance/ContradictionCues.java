package dev.corroborate.stance;

import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The contradiction cues of a passage against a claim, each a small rule that adds a {@link Cue}
 * when it fires: negation of a matched action, a refutation word governing the claim's content, a
 * different agent for the same action, an antonym of a claim word; and the check that a passage is
 * about another actor's deed. Stateless and thread-safe.
 */
final class ContradictionCues {
  private final Lexicon lex;

  ContradictionCues(Lexicon lex) {
    this.lex = lex;
  }

  void negation(ClaimFrame c, SentenceView p, int[] at, List<Cue> out) {
    List<Integer> statement = c.predicates.isEmpty() ? statementUnits(c) : c.predicates;
    // With no action of its own ("has not been in service as a navigation aid"), the claim denies the
    // first word after its negation; a later one only describes it, and is asserted by no one.
    int denied = c.predicates.isEmpty() ? statement.stream().filter(c::predicateNegated).findFirst().orElse(-1) : -1;
    for (int i : statement) {
      if (at[i] < 0) {
        continue;
      }
      boolean passageNeg = p.negated(at[i]);
      boolean claimNeg = c.predicateNegated(i);
      if (claimNeg && denied >= 0 && i != denied) {
        continue;
      }
      if (claimNeg && !passageNeg && refutationOf(c, p, at[i]) >= 0) {
        // "Officials denied that the students were found" says what the claim says: not found.
        return;
      }
      if (claimNeg && !passageNeg && partialDenial(c, p, at, i) >= 0) {
        return;
      }
      if (c.deniedOnlyInDescription(i)) {
        // "will cover any losses that cannot be recovered": the claim asserts the cover, and names
        // the losses by what is not done to them; recovering some of them denies nothing it asserts.
        continue;
      }
      if (passageNeg && namedOtherSubject(c, p, at, at[i])) {
        return;
      }
      if (claimNeg && !passageNeg && relativeOtherDoer(c, p, at, at[i])) {
        // "No manager visited the island" is not undone by "people who live on and visit the island".
        return;
      }
      if (passageNeg != claimNeg) {
        String verb = p.tokens.get(at[i]).text();
        String neg = passageNeg ? p.negationWords(at[i], lex) : c.view.negationWords(c.units.get(i).unit().from(), lex);
        String detail = passageNeg
            ? "negation '" + neg + "' applies to '" + verb + "', which the claim asserts"
            : "the claim denies '" + c.units.get(i).unit().display() + "' ('" + neg + "'), the passage asserts '" + verb + "'";
        out.add(new Cue(Cue.Kind.NEGATION, passageNeg ? neg + " " + verb : verb, detail));
        return;
      }
    }
  }

  /**
   * Whether the passage denies its verb of someone the claim does not name: the head of the claim's
   * subject is not in the passage, and the nearest word before the verb in its clause that could be its
   * subject is a name that no word of the claim matches ("Dr Marwick is not suspended" against "The
   * clinical trial has been suspended").
   */
  private boolean namedOtherSubject(ClaimFrame c, SentenceView p, int[] at, int verb) {
    int head = c.subjectHead;
    if (head < 0 || at[head] >= 0 || c.units.get(head).unit().isEntity()) {
      return false;
    }
    for (int k = verb - 1; k >= 0 && p.clause[k] == p.clause[verb]; k--) {
      Token t = p.tokens.get(k);
      if (t.pos().equals("NOUN") || t.pos().equals("PRON") || t.isVerb()) {
        return false;
      }
      if (t.isProperNoun()) {
        for (int m : at) {
          if (m == k) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Tags that may stand between a relative pronoun and a later verb of its clause. */
  private static final java.util.Set<String> BETWEEN_RELATIVE_AND_VERB = java.util.Set.of("ADP", "ADV", "PART",
      "CCONJ", "NOUN");

  /**
   * Whether the passage's verb at {@code verb} is done by the noun a relative clause describes
   * ("people who live on, work on and visit the island") and that noun is none of the claim's words,
   * while the head of the claim's subject is not in the passage: it says what others do, not what
   * the claim's subject does. Verbs (or words read as nouns), particles, adverbs, commas and "and"
   * may stand between the relative pronoun and the verb.
   */
  private static boolean relativeOtherDoer(ClaimFrame c, SentenceView p, int[] at, int verb) {
    int head = c.subjectHead;
    if (head < 0 || at[head] >= 0) {
      return false;
    }
    for (int k = verb - 1; k >= 1; k--) {
      Token t = p.tokens.get(k);
      if (t.pos().equals("PRON") && Agent.RELATIVE_PRONOUNS.contains(t.lemma())) {
        Token antecedent = p.tokens.get(k - 1);
        return antecedent.pos().equals("NOUN") && !c.tokenKeys.contains(antecedent.key());
      }
      // The tagger reads some verbs of such a list as nouns ("who live on, work/NOUN on and visit").
      boolean between = t.isVerb() || BETWEEN_RELATIVE_AND_VERB.contains(t.pos()) || t.text().equals(",");
      if (!between) {
        return false;
      }
    }
    return false;
  }

  /** Verbs of what a text contains, besides those of saying. */
  private static final java.util.Set<String> MENTIONING = java.util.Set.of("mention", "include", "refer", "cite", "list");

  /**
   * Whether the verb at {@code verb} says what a document says or leaves out, with the document for its
   * subject: a verb of saying or mentioning whose nearest noun before it in its clause, with no verb
   * between, is one ("neither readout mentioned", "the statement did not say").
   */
  boolean documentSubject(SentenceView v, int verb) {
    String key = v.tokens.get(verb).key();
    if (!(lex.isAttribution(key) || lex.isNoncommittal(key) || MENTIONING.contains(v.tokens.get(verb).lemma()))) {
      // Only what a document says or leaves out: "the paper has issued no corrections" is a deed.
      return false;
    }
    for (int k = verb - 1; k >= 0 && v.clause[k] == v.clause[verb]; k--) {
      Token t = v.tokens.get(k);
      if (t.pos().equals("NOUN") || t.isProperNoun() || t.pos().equals("PRON")) {
        return t.pos().equals("NOUN") && lex.isSelfReference(t.key());
      }
      if (t.isVerb()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Where the claim denies an action of part of a group and the passage asserts it without saying it
   * was done to all of them: the claim's position of the quantifier, or -1. "Some residents received
   * no warning" holds beside "warnings were sent to 3,400 numbers"; only "every resident received a
   * warning" denies it. Such a passage neither denies nor supports the claim.
   */
  int partialDenial(ClaimFrame c, SentenceView p, int[] at) {
    for (int i : c.predicates.isEmpty() ? statementUnits(c) : c.predicates) {
      if (at[i] >= 0 && c.predicateNegated(i) && !p.negated(at[i])) {
        return partialDenial(c, p, at, i);
      }
    }
    return -1;
  }

  private int partialDenial(ClaimFrame c, SentenceView p, int[] at, int i) {
    int quantifier = quantifier(c.view, c.units.get(i).unit().from(), false);
    return quantifier >= 0 && quantifier(p, at[i], true) < 0 ? quantifier : -1;
  }

  /**
   * The position of the quantifier of the subject of the action at {@code pos}, or -1: of part of a
   * group ("some", "several") or, when {@code universal}, of all of it ("all", "every"), in the same
   * clause before the action with no other verb between them.
   */
  private int quantifier(SentenceView v, int pos, boolean universal) {
    for (int k = pos - 1; k >= 0 && v.clause[k] == v.clause[pos]; k--) {
      Token t = v.tokens.get(k);
      if (t.isVerb()) {
        return -1;
      }
      if (universal ? lex.isUniversalQuantifier(t.lemma()) : lex.isPartialQuantifier(t.lemma())) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A word, name or number of the claim that the passage names only to deny it: with what holds in
   * its place before it ("found cracks in one beam, not two", "the mayor, not the governor, signed
   * the order") or as the object of "without" ("awarded without a public tender" against "awarded
   * after a public tender"). The claim's verbs are left to {@link #negation}; a claim that denies the
   * word itself is not contradicted so.
   */
  void contrastDenied(ClaimFrame c, SentenceView p, int[] at, List<Cue> out) {
    for (int i = 0; i < c.units.size(); i++) {
      TermUnit u = c.units.get(i).unit();
      if (at[i] < 0 || u.kind() == TermUnit.Kind.VERB || c.view.negated(u.from())) {
        continue;
      }
      int not = p.contrastNegation(at[i]);
      if (not >= 0) {
        String denied = p.tokens.get(at[i]).text();
        out.add(new Cue(Cue.Kind.NEGATION, "not " + denied, "the passage denies '" + denied + "' ('"
            + p.span(not - 2, at[i] + 1) + "'), which the claim asserts"));
        return;
      }
      int without = p.negatingPreposition(at[i]);
      if (without >= 0) {
        // "awarded without a public tender" against "awarded after a public tender".
        String denied = p.tokens.get(at[i]).text();
        String prep = p.tokens.get(without).text();
        out.add(new Cue(Cue.Kind.NEGATION, prep + " " + denied, "the passage denies '" + denied + "' ('"
            + p.span(without, p.negatedObjectEnd(without)) + "'), which the claim asserts"));
        return;
      }
    }
  }

  /**
   * The claim's verbs when all of them are light ("the explosion happened on Sunday"): with no action
   * of its own, the claim is denied where its verb is ("no explosion happened"). With no verb at all
   * but an auxiliary ("the mayor was at the meeting"), its words ("the mayor was not at the meeting").
   */
  private static List<Integer> statementUnits(ClaimFrame c) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < c.units.size(); i++) {
      if (c.units.get(i).unit().kind() == TermUnit.Kind.VERB) {
        out.add(i);
      }
    }
    if (out.isEmpty()) {
      // No verb unit at all ("the mayor was at the meeting"): its other words carry the statement.
      for (int i = 0; i < c.units.size(); i++) {
        if (c.units.get(i).unit().kind() == TermUnit.Kind.WORD) {
          out.add(i);
        }
      }
    }
    return out;
  }

  void refutation(ClaimFrame c, SentenceView p, int[] at, List<Cue> out) {
    for (int i : c.predicates.isEmpty() ? allIndexes(at.length) : c.predicates) {
      int q = at[i];
      // A refutation of what the claim itself denies agrees with it ("denied that the students were
      // found" for "the students were not found"); one of the denial itself, as the claim words it,
      // does not ("denies that pilots refused to work" against "pilots refused to work").
      boolean doubleDenial = !c.predicates.isEmpty() && c.predicateNegated(i) && q >= 0 && !p.negated(q);
      int r = q < 0 || doubleDenial ? -1 : refutationOf(c, p, q);
      if (r >= 0) {
        String w = p.tokens.get(r).text();
        out.add(new Cue(Cue.Kind.REFUTATION, w, "refutation '" + w + "' applies to '" + p.tokens.get(q).text() + "'"));
        return;
      }
    }
  }

  /**
   * The position of a refutation word governing the passage's token at {@code q} ("denied that ...
   * found", "the report that ... is false"), or -1: a verb governs what follows it in its clause or in
   * a that-clause right after it, an adjective or noun what is in its clause.
   */
  private int refutationOf(ClaimFrame c, SentenceView p, int q) {
    for (int r = 0; r < p.tokens.size(); r++) {
      Token t = p.tokens.get(r);
      if (!lex.isRefutation(t.key()) || c.tokenKeys.contains(t.key()) || p.negated(r)) {
        continue;
      }
      boolean attributive = (t.pos().equals("ADJ") || t.pos().equals("VERB")) && r + 1 < p.tokens.size()
          && (p.tokens.get(r + 1).pos().equals("NOUN") || p.tokens.get(r + 1).isProperNoun())
          && !t.isVerb();
      // A title-case headline's "Hoax" or "Fake" is tagged as a name; it refutes as a noun or adjective would.
      boolean nominal = t.pos().equals("NOUN") || t.isProperNoun();
      if (attributive || !(t.isVerb() || t.pos().equals("ADJ") || nominal)
          || (nominal && lex.isDisagreementNoun(t.key()))) {
        continue;
      }
      if (t.isVerb() && lex.isObjectSensitiveRefutation(t.key()) && !governsProposition(p, r)) {
        continue;
      }
      boolean governs = t.isVerb()
          ? (q > r && (p.clause[q] == p.clause[r] || (p.clause[q] == p.clause[r] + 1 && startsWithThat(p, q, r)))
              && !coordinatedAfter(p, r, q, true))
          : p.clause[q] == p.clause[r] && !(q > r && coordinatedAfter(p, r, q, false));
      if (governs) {
        return r;
      }
    }
    return -1;
  }

  /**
   * Whether the token at {@code q} belongs to a verb phrase of its own, joined by "and", "or" or "but"
   * after the refutation verb at {@code r} has had its object: "rejected the accusation and recalled
   * its ambassador" does not reject the recall. A gerund after the conjunction still depends on the
   * refutation ("denied taking bribes and selling secrets"), and so does a conjunction inside a
   * that-clause ("denied that the minister met the envoy and signed the deal"). A refutation adjective
   * or noun needs no object ({@code needsObject} false): "rejected the accusation as unfounded and
   * recalled its ambassador".
   */
  private static boolean coordinatedAfter(SentenceView p, int r, int q, boolean needsObject) {
    boolean object = !needsObject;
    for (int k = r + 1; k < q; k++) {
      Token t = p.tokens.get(k);
      if (t.pos().equals("NOUN") || t.isProperNoun() || t.pos().equals("PRON")) {
        object = true;
      } else if (object && t.pos().equals("CCONJ") && p.clause[k] == p.clause[r]) {
        int next = k + 1;
        while (next < q && p.tokens.get(next).pos().equals("ADV")) {
          next++;
        }
        Token head = p.tokens.get(next);
        if ((head.isVerb() || head.pos().equals("AUX")) && !head.text().toLowerCase(java.util.Locale.ROOT).endsWith("ing")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code r} governs something said or held true: a that-clause, no noun object
   * at all ("rejected it", "rejected, saying"), or a noun phrase headed by a proposition noun ("rejected
   * the Journal's account"); not an offer, a plan or a person ("rejected a 6 percent pay offer"). In
   * the passive, the subject is what is rejected or dismissed.
   */
  private boolean governsProposition(SentenceView p, int r) {
    int aux = ImpliedUnits.passiveAuxiliary(p, r);
    if (aux >= 0) {
      // A passive's object is its subject: "the report was dismissed" refutes, "the coach was
      // dismissed" does not.
      int subject = -1;
      for (int i = aux - 1; i >= 0 && p.clause[i] == p.clause[r] && subject < 0; i--) {
        Token t = p.tokens.get(i);
        if (t.pos().equals("NOUN") || t.isProperNoun()) {
          subject = i;
        }
      }
      return subject < 0 || lex.isProposition(p.tokens.get(subject).key());
    }
    int head = -1;
    for (int i = r + 1; i < p.tokens.size() && nominal(p.tokens.get(i)); i++) {
      if (p.tokens.get(i).pos().equals("NOUN") || p.tokens.get(i).isProperNoun()) {
        head = i;
      }
    }
    return head < 0 || lex.isProposition(p.tokens.get(head).key());
  }

  private static boolean nominal(Token t) {
    return switch (t.pos()) {
      case "DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON" -> true;
      case "PART" -> t.text().equals("'s") || t.text().equals("’s");
      default -> false;
    };
  }

  private static List<Integer> allIndexes(int n) {
    List<Integer> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(i);
    }
    return l;
  }

  private static boolean startsWithThat(SentenceView p, int q, int r) {
    for (int i = r + 1; i <= q; i++) {
      if (p.clause[i] == p.clause[q]) {
        return p.tokens.get(i).key().equals("that");
      }
    }
    return false;
  }

  void roleConflict(ClaimFrame c, SentenceView p, int[] at, List<Cue> out) {
    if (c.predicates.isEmpty()) {
      return;
    }
    int main = c.predicates.get(0);
    if (at[main] < 0) {
      return;
    }
    Agent claimAgent = Agent.of(c.view, c.units.get(main).unit().from());
    Agent passageAgent = Agent.of(p, at[main]);
    if (claimAgent == null && passageAgent != null && passageAgent.named()) {
      otherTitle(c, p, at, main, passageAgent).ifPresent(out::add);
      return;
    }
    if (claimAgent == null || passageAgent == null || sameActor(c, claimAgent, passageAgent)
        || claimAgent.named() != passageAgent.named() || tellsNoActor(c, p, at[main], passageAgent)) {
      // A common noun after "by" is compared with another ("by the district", "by the province"), not
      // with a name ("produced by a man", "produced by Luc Ferrand").
      return;
    }
    boolean claimAgentInPassage = !p.positionsOf(claimAgent.keys()).isEmpty();
    if (!(claimAgent.passive() || passageAgent.passive() || !claimAgentInPassage)) {
      return;
    }
    double rest = 0;
    double restMatched = 0;
    for (int i = 0; i < at.length; i++) {
      TermUnit u = c.units.get(i).unit();
      if (u.keys().equals(claimAgent.keys())) {
        continue;
      }
      rest += c.units.get(i).weight();
      restMatched += at[i] >= 0 ? c.units.get(i).weight() : 0;
    }
    if (rest > 0 && restMatched / rest >= PassageJudge.CONTRADICT) {
      String verb = p.tokens.get(at[main]).text();
      out.add(new Cue(Cue.Kind.ROLE_CONFLICT, verb + " " + (passageAgent.passive() ? "by " : "") + passageAgent.display(),
          "'" + verb + "' " + (passageAgent.passive() ? "by " : "with agent ") + passageAgent.display()
              + ", where the claim has " + claimAgent.display()));
    }
  }

  /**
   * The passage gives the claim's action to a named person it describes by another office of the
   * same kind as the claim's subject: "led by Rowan Deel, our chief people officer" or "led by chief
   * people officer Rowan Deel" against "the chief executive led" (the two share "chief", their heads
   * differ). Only for a claim whose subject is a common noun in the active voice, that noun absent
   * from the passage; a description that shares no word with the claim's subject ("the finance
   * director" against "the mayor") may be the same person's other role and is left alone.
   */
  private java.util.Optional<Cue> otherTitle(ClaimFrame c, SentenceView p, int[] at, int main, Agent agent) {
    int head = c.subjectHead;
    int claimVerb = c.units.get(main).unit().from();
    if (head < 0 || at[head] >= 0 || c.units.get(head).unit().isEntity()
        || ImpliedUnits.passiveAuxiliary(c.view, claimVerb) >= 0 || c.units.get(head).unit().to() > claimVerb) {
      return java.util.Optional.empty();
    }
    List<Integer> office = new ArrayList<>();
    for (int k = c.units.get(head).unit().to() - 1; k >= 0; k--) {
      String pos = c.view.tokens.get(k).pos();
      if (!(pos.equals("NOUN") || pos.equals("ADJ"))) {
        break;
      }
      office.add(0, k);
    }
    TermUnit name = null;
    for (TermUnit u : p.units) {
      if (u.isEntity() && !java.util.Collections.disjoint(u.keys(), agent.keys())
          && (name == null || Math.abs(u.from() - at[main]) < Math.abs(name.from() - at[main]))) {
        name = u;
      }
    }
    List<Integer> described = name == null ? List.of() : description(p, name);
    if (office.isEmpty() || described.isEmpty()) {
      return java.util.Optional.empty();
    }
    Set<String> claimKeys = new java.util.HashSet<>();
    office.forEach(k -> claimKeys.add(c.view.tokens.get(k).key()));
    Set<String> passageKeys = new java.util.HashSet<>();
    described.forEach(k -> passageKeys.add(p.tokens.get(k).key()));
    String claimHead = c.view.tokens.get(office.get(office.size() - 1)).key();
    String passageHead = p.tokens.get(described.get(described.size() - 1)).key();
    if (passageKeys.contains(claimHead) || claimKeys.contains(passageHead) || java.util.Collections.disjoint(claimKeys, passageKeys)) {
      return java.util.Optional.empty();
    }
    String verb = p.tokens.get(at[main]).text();
    String theirs = p.span(described.get(0), described.get(described.size() - 1) + 1);
    String ours = c.view.span(office.get(0), office.get(office.size() - 1) + 1);
    return java.util.Optional.of(new Cue(Cue.Kind.ROLE_CONFLICT, verb + " " + (agent.passive() ? "by " : "") + agent.display(),
        "'" + verb + "' " + (agent.passive() ? "by " : "with agent ") + agent.display() + ", '" + theirs
            + "', where the claim has '" + ours + "'"));
  }

  /**
   * The positions of the nouns and adjectives that describe this name in the passage: right before it
   * ending with a noun ("chief people officer Rowan Deel"), or set off after it by a comma and a
   * determiner or possessive ("Rowan Deel, our chief people officer,", "Ada Ferro, the club's chief
   * scout"). Empty when there are none.
   */
  private static List<Integer> description(SentenceView p, TermUnit name) {
    List<Integer> out = new ArrayList<>();
    for (int k = name.from() - 1; k >= 0; k--) {
      String pos = p.tokens.get(k).pos();
      if (!(pos.equals("NOUN") || pos.equals("ADJ")) || (out.isEmpty() && !pos.equals("NOUN"))) {
        break;
      }
      out.add(0, k);
    }
    if (!out.isEmpty()) {
      return out;
    }
    int k = name.to();
    if (k + 1 >= p.tokens.size() || !p.tokens.get(k).text().equals(",")
        || !(p.tokens.get(k + 1).pos().equals("DET") || p.tokens.get(k + 1).pos().equals("PRON"))) {
      return List.of();
    }
    for (k = k + 2; k < p.tokens.size(); k++) {
      String pos = p.tokens.get(k).pos();
      if (Agent.possessive(p.tokens.get(k)) && !out.isEmpty()) {
        // "Ada Ferro, the club's chief scout": the owner is not the description.
        out.clear();
        continue;
      }
      if (!(pos.equals("NOUN") || pos.equals("ADJ") || (pos.equals("PROPN") && out.isEmpty()))) {
        break;
      }
      out.add(k);
    }
    while (!out.isEmpty() && !p.tokens.get(out.get(out.size() - 1)).pos().equals("NOUN")) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /**
   * Whether the claim's and the passage's agents are one: they share a key, or the claim's is a title
   * the sources give only to the passage's ("the Prime Minister" for "Osei", whom a source calls
   * "Prime Minister Daniel Osei").
   */
  private boolean sameActor(ClaimFrame c, Agent claimAgent, Agent passageAgent) {
    if (claimAgent.sameAs(passageAgent)) {
      return true;
    }
    TermUnit unit = null;
    for (ClaimFrame.WeightedUnit wu : c.units) {
      if (wu.unit().isEntity() && wu.unit().keys().equals(claimAgent.keys())) {
        unit = wu.unit();
      }
    }
    Set<String> name = unit == null ? null : c.personTitled(unit, lex);
    return name != null && !java.util.Collections.disjoint(name, passageAgent.keys());
  }

  /**
   * Whether the passage's action is a headline's reduced passive, so that the name before it is what
   * the action befell, not who did it ("Tom Reyes kidnapped: ..." for "rebels kidnapped Tom Reyes" or
   * "Tom Reyes was kidnapped by rebels"): the claim's action has an object or is itself passive, and
   * the passage's has no object.
   */
  private static boolean tellsNoActor(ClaimFrame c, SentenceView p, int verb, Agent passageAgent) {
    int claimVerb = c.units.get(c.predicates.get(0)).unit().from();
    boolean claimPassive = ImpliedUnits.passiveAuxiliary(c.view, claimVerb) >= 0;
    return !passageAgent.passive() && (Agent.hasObject(c.view, claimVerb) || claimPassive)
        && Agent.reducedPassive(p, verb);
  }

  /**
   * The passage's actor for the claim's main action when it is known and is someone else (and no
   * role conflict explains it: both active voice, claim's actor absent), or when the passage has the
   * claim's subject and object the other way round: the passage then reports another actor's deed,
   * which neither supports nor contradicts the claim. Null otherwise.
   */
  String otherActor(ClaimFrame c, SentenceView p, int[] at) {
    if (c.predicates.isEmpty() || at[c.predicates.get(0)] < 0) {
      return null;
    }
    int main = c.predicates.get(0);
    Agent claimAgent = Agent.of(c.view, c.units.get(main).unit().from());
    Agent passageAgent = Agent.of(p, at[main]);
    if (claimAgent == null || passageAgent == null) {
      String swapped = Agent.swapped(c.view, c.units.get(main).unit().from(), p, at[main]);
      return swapped != null || claimAgent != null ? swapped
          : Agent.otherSubject(c.view, c.units.get(main).unit().from(), p, at[main]);
    }
    if (sameActor(c, claimAgent, passageAgent)
        || claimAgent.passive() || passageAgent.passive() || tellsNoActor(c, p, at[main], passageAgent)) {
      return null;
    }
    return p.positionsOf(claimAgent.keys()).isEmpty() ? null : passageAgent.display();
  }

  /**
   * Whether the passage's word at this position is a verb whose object the claim does not name: the
   * opposite action done to something else ("found at the border after leaving their base" does not
   * undo "trying to enter Canada"). A pronoun object, or none, may be the claim's; a possessive
   * ("their camp") is read as a determiner.
   */
  static boolean actsOnOther(ClaimFrame c, SentenceView p, int k) {
    if (!p.tokens.get(k).isVerb()) {
      return false;
    }
    for (int j = k + 1; j < Math.min(p.tokens.size(), k + 5) && p.clause[j] == p.clause[k]; j++) {
      Token t = p.tokens.get(j);
      if (t.pos().equals("NOUN") || t.isProperNoun()) {
        return !namesClaimWord(c, p, j) && !namesClaimWord(c, p, ofComplement(p, j));
      }
      boolean possessive = t.pos().equals("PRON") && j + 1 < p.tokens.size()
          && Set.of("ADJ", "NOUN", "PROPN").contains(p.tokens.get(j + 1).pos());
      if (!(t.pos().equals("DET") || t.pos().equals("ADJ") || t.pos().equals("NUM") || possessive)) {
        return false;
      }
    }
    return false;
  }

  /** Whether the passage's noun or name at {@code j} (or its whole name) is a word of the claim; false for -1. */
  private static boolean namesClaimWord(ClaimFrame c, SentenceView p, int j) {
    if (j < 0) {
      return false;
    }
    TermUnit u = p.unitAt(j);
    java.util.Set<String> keys = u != null ? u.keys() : Set.of(p.tokens.get(j).key());
    return !java.util.Collections.disjoint(keys, c.tokenKeys);
  }

  /**
   * The noun of an "of" phrase after the noun at {@code j} ("the member of parliament": parliament),
   * or -1: what the noun phrase is about when its head is a relation or a part.
   */
  private static int ofComplement(SentenceView p, int j) {
    int k = j + 1;
    while (k < p.tokens.size() && (p.tokens.get(k).pos().equals("NOUN") || p.tokens.get(k).isProperNoun())) {
      k++;
    }
    if (k >= p.tokens.size() || !p.tokens.get(k).lemma().equals("of")) {
      return -1;
    }
    for (k++; k < p.tokens.size(); k++) {
      String pos = p.tokens.get(k).pos();
      if (pos.equals("NOUN") || pos.equals("PROPN")) {
        return k;
      }
      if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("NUM"))) {
        return -1;
      }
    }
    return -1;
  }

  void antonym(ClaimFrame c, SentenceView p, int[] at, List<Cue> out, double matchedWeight) {
    for (int i = 0; i < at.length; i++) {
      if (at[i] >= 0) {
        continue;
      }
      TermUnit u = c.units.get(i).unit();
      if (beforeCount(c.view.tokens, u.to())) {
        // "the first twelve days" names a span, which "the last ten days" does not oppose.
        continue;
      }
      // The head's opposites, and those of what a phrasal verb means ("called off": "cancel"); a
      // negated opposite ("will not go ahead" against "called off") denies nothing the claim says.
      Set<String> opposites = new java.util.TreeSet<>(lex.antonyms(u.head()));
      lex.phrasalKeys(c.view.tokens, u.from()).forEach(k -> opposites.addAll(lex.antonyms(k)));
      for (String opposite : opposites) {
        List<Integer> ps = p.positionsOf(Set.of(opposite)).stream()
            .filter(k -> !actsOnOther(c, p, k) && !inName(p, k) && !beforeCount(p.tokens, k + 1)
                && !ownTime(p, at, k) && !negatedVerb(p, k)).toList();
        if (!ps.isEmpty() && (matchedWeight + c.units.get(i).weight()) / c.totalWeight >= PassageJudge.SUPPORT) {
          String w = withParticle(p.tokens, ps.get(0));
          out.add(new Cue(Cue.Kind.ANTONYM, w, "'" + w + "' is the opposite of the claim's '"
              + (u.to() - u.from() == 1 ? withParticle(c.view.tokens, u.from()) : u.display()) + "'"));
          return;
        }
      }
    }
  }

  /**
   * Whether the opposite verb at {@code k} has a day or time of its own in its clause, within four
   * words after it, that is none of the claim's words found in the passage ("the vote opens on
   * Wednesday and runs until the 26th of March" against "the vote closes on 26 March"): an action and
   * its opposite at two times do not conflict.
   */
  private boolean ownTime(SentenceView p, int[] at, int k) {
    if (!p.tokens.get(k).isVerb()) {
      return false; // "will close temporarily from 1 May": the opposite is how, not another action
    }
    Set<Integer> matched = matchedPositions(at);
    for (int j = k + 1; j < Math.min(p.tokens.size(), k + 5) && p.clause[j] == p.clause[k]; j++) {
      boolean time = lex.isCalendarName(p.tokens.get(j)) || dev.corroborate.analysis.ClockTimes.at(p.tokens, j) != null;
      if (time && !matched.contains(j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code k} is negated in its own verb group: a negation before it with only
   * auxiliaries, adverbs and particles between ("will not go ahead", "has not been cancelled"), not
   * one of another verb joined to it ("are not affected and will continue").
   */
  private boolean negatedVerb(SentenceView p, int k) {
    if (!p.negated(k)) {
      return false;
    }
    for (int j = k - 1; j >= 0 && p.clause[j] == p.clause[k]; j--) {
      Token t = p.tokens.get(j);
      if (lex.isNegation(t.lemma())) {
        return true;
      }
      if (!(t.pos().equals("AUX") || t.pos().equals("ADV") || t.pos().equals("PART"))) {
        return false;
      }
    }
    return false;
  }

  /** Whether a number stands at {@code k}: the word before it then picks out a span ("the first twelve days"). */
  private static boolean beforeCount(List<Token> tokens, int k) {
    return k < tokens.size() && tokens.get(k).pos().equals("NUM");
  }

  /**
   * Whether the word at {@code k} is part of a name of several words ("Marden Pass", "Lower Hill
   * Road"): there it names, it does not assert the opposite.
   */
  private static boolean inName(SentenceView p, int k) {
    TermUnit unit = p.unitAt(k);
    return p.tokens.get(k).isProperNoun() && unit != null && unit.kind() == TermUnit.Kind.NAME
        && unit.to() - unit.from() > 1;
  }

  /** The word at {@code k} with the particle of its phrasal verb, if it has one ("go ahead"). */
  private String withParticle(List<Token> t, int k) {
    int particle = lex.phrasalParticle(t, k);
    return particle < 0 ? t.get(k).text() : SentenceView.text(t, k, k + 1) + " " + t.get(particle).text();
  }

  /**
   * The claim places its thing with a preposition ("inside the hazard area", "before the vote",
   * "voted for the bill") and the passage places the same thing with the opposite one ("outside the
   * hazard area", "after the vote", "against the bill"); lexicon {@code oppositePrepositions}. Only
   * where no occurrence of the thing in the passage follows the claim's own preposition.
   */
  void oppositePlace(ClaimFrame c, SentenceView p, int[] at, List<Cue> out) {
    List<Token> ct = c.view.tokens;
    for (int i = 0; i < ct.size(); i++) {
      Set<String> opposites = lex.oppositePrepositions(ct.get(i).key());
      if (opposites.isEmpty() || !PREPOSITION_TAGS.contains(ct.get(i).pos())) {
        continue;
      }
      int head = objectHead(ct, i);
      int unit = head < 0 ? -1 : unitAt(c, head);
      if (unit < 0 || at[unit] < 0) {
        continue;
      }
      TermUnit u = c.units.get(unit).unit();
      List<Integer> places = new ArrayList<>(p.positionsOf(u.keys()));
      places.add(at[unit]);
      int opposite = -1;
      boolean same = false;
      for (int k : places) {
        int g = governor(p.tokens, k);
        if (g < 0) {
          continue;
        }
        String key = p.tokens.get(g).key();
        same |= key.equals(ct.get(i).key());
        if (opposites.contains(key) && opposite < 0) {
          opposite = g;
        }
      }
      if (opposite >= 0 && !same) {
        String w = p.tokens.get(opposite).text();
        out.add(new Cue(Cue.Kind.ANTONYM, w, "'" + w + " " + p.span(opposite + 1, governedEnd(p.tokens, opposite))
            + "' where the claim has '" + ct.get(i).text() + " " + c.view.span(i + 1, head + 1) + "'"));
        return;
      }
    }
  }

  /**
   * The claim gives its action a scope of everything with a preposition ("close the bridge to all
   * traffic", "open to every resident") and the passage gives the same action, after the same words,
   * a scope it restricts with "only" ("to heavy goods vehicles only", "only to residents"), or the
   * other way round. The thing the claim's scope names must be missing from the passage (otherwise
   * the passage may say both), and the passage's restricted scope must name none of the claim's words.
   */
  /**
   * A superlative the claim gives its actor ("Kelby Foods put in the lowest bid"), which the passage
   * gives to another named party in the same words ("a rival, Marlow Kitchens, tabled the lowest
   * price"): "the lowest" is held by one, so the passage denies it of the claim's actor. The
   * superlative is a word in "-est" whose lemma differs from it ("lowest": "low"; not "honest"), after
   * "the", and the word after it in the passage is one of the claim's. Each side's party is the agent
   * of the verb before the superlative in its clause, both names.
   */
  void superlativeHolder(ClaimFrame c, SentenceView p, int[] at, List<Cue> out) {
    Set<Integer> matched = matchedPositions(at);
    for (int i = 0; i < at.length; i++) {
      int cs = c.units.get(i).unit().from();
      int ps = at[i];
      if (ps < 0 || !superlative(c.view, cs) || !superlative(p, ps) || !matched.contains(nextWord(p, ps))) {
        continue;
      }
      int cv = verbBefore(c.view, cs);
      int pv = verbBefore(p, ps);
      Agent mine = cv < 0 ? null : Agent.of(c.view, cv);
      Agent theirs = pv < 0 ? null : Agent.of(p, pv);
      theirs = theirs != null || pv < 0 ? theirs : appositiveName(p, pv);
      if (mine == null || theirs == null || !mine.named() || !theirs.named() || mine.sameAs(theirs)
          || !p.positionsOf(theirs.keys()).stream().allMatch(x -> x < ps)) {
        continue;
      }
      String words = p.tokens.get(ps - 1).text() + " " + p.tokens.get(ps).text();
      out.add(new Cue(Cue.Kind.ROLE_CONFLICT, words, "'" + words + "' goes to " + theirs.display()
          + ", where the claim gives it to " + mine.display()));
      return;
    }
  }

  /**
   * The name set off by commas right before the verb at {@code verb}, as its subject's apposition ("a
   * rival, Marlow Kitchens, tabled ..."); null when there is none.
   */
  private static Agent appositiveName(SentenceView v, int verb) {
    if (verb < 3 || !v.tokens.get(verb - 1).text().equals(",")) {
      return null;
    }
    int k = verb - 2;
    while (k >= 0 && v.tokens.get(k).isProperNoun()) {
      k--;
    }
    if (k == verb - 2 || k < 0 || !v.tokens.get(k).text().equals(",")) {
      return null;
    }
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (int x = k + 1; x <= verb - 2; x++) {
      keys.add(v.tokens.get(x).key());
    }
    return new Agent(keys, v.span(k + 1, verb - 1), false, true);
  }

  /** The passage positions the claim's units were found at. */
  private static Set<Integer> matchedPositions(int[] at) {
    Set<Integer> matched = new java.util.HashSet<>();
    for (int x : at) {
      matched.add(x);
    }
    return matched;
  }

  /** Whether the word at {@code i} is a superlative after "the": in "-est", its lemma another word. */
  private static boolean superlative(SentenceView v, int i) {
    Token t = v.tokens.get(i);
    String w = t.text().toLowerCase(java.util.Locale.ROOT);
    return i > 0 && v.tokens.get(i - 1).key().equals("the") && w.endsWith("est") && w.length() >= 6
        && !t.lemma().equals(w) && (t.pos().equals("ADJ") || t.pos().equals("ADV"));
  }

  /** The word after {@code i}, past a hyphen ("lowest-priced"). */
  private static int nextWord(SentenceView v, int i) {
    int n = i + 1;
    return n < v.tokens.size() && v.tokens.get(n).text().equals("-") ? n + 1 : n;
  }

  /** The nearest verb before {@code i} in its clause, or -1. */
  private static int verbBefore(SentenceView v, int i) {
    for (int k = i - 1; k >= 0 && v.clause[k] == v.clause[i]; k--) {
      if (v.tokens.get(k).isVerb()) {
        return k;
      }
    }
    return -1;
  }

  void restrictedScope(ClaimFrame c, SentenceView p, int[] at, List<Cue> out) {
    List<Token> ct = c.view.tokens;
    for (int i = 0; i + 1 < ct.size(); i++) {
      // The tagger takes some "to" before a noun for the infinitive's particle ("to members only").
      if (!ct.get(i).pos().equals("ADP") && !(ct.get(i).pos().equals("PART") && ct.get(i).lemma().equals("to"))) {
        continue;
      }
      boolean claimAll = isUniversal(ct.get(i + 1));
      int claimEnd = governedEnd(ct, i);
      boolean claimOnly = !claimAll && isOnly(ct, i - 1, claimEnd);
      if (!claimAll && !claimOnly) {
        continue;
      }
      int head = objectHead(ct, i);
      int unit = head < 0 ? -1 : unitAt(c, head);
      if (unit < 0 || at[unit] >= 0) {
        continue;
      }
      // The last matched claim word before the preposition, and where the passage has it.
      int before = -1;
      for (int u = 0; u < c.units.size(); u++) {
        if (at[u] >= 0 && c.units.get(u).unit().to() <= i && (before < 0
            || c.units.get(u).unit().from() > c.units.get(before).unit().from())) {
          before = u;
        }
      }
      if (before < 0) {
        continue;
      }
      int anchor = at[before];
      for (int g = anchor + 1; g < p.tokens.size() && g <= anchor + 6 && p.clause[g] == p.clause[anchor]; g++) {
        Token t = p.tokens.get(g);
        if (t.isVerb()) {
          break;
        }
        if (!t.key().equals(ct.get(i).key()) || g + 1 >= p.tokens.size()) {
          continue;
        }
        int end = governedEnd(p.tokens, g);
        boolean passageAll = isUniversal(p.tokens.get(g + 1));
        boolean passageOnly = !passageAll && isOnly(p.tokens, g - 1, end);
        if (end == g + 1 || (claimAll ? !passageOnly : !passageAll) || holdsMatch(at, g + 1, end)) {
          break;
        }
        String scope = scopeWords(p.tokens, g, end, passageOnly);
        String claimScope = scopeWords(ct, i, claimEnd, claimOnly);
        out.add(new Cue(Cue.Kind.ANTONYM, scope, "'" + scope + "' where the claim has '" + claimScope + "'"));
        return;
      }
    }
  }

  private boolean isUniversal(Token t) {
    return t.pos().equals("DET") && lex.isUniversalQuantifier(t.lemma());
  }

  /** The words of a scope from its preposition to the end of its noun phrase, with its "only" when it has one. */
  private static String scopeWords(List<Token> t, int prep, int end, boolean only) {
    int from = only && prep > 0 && t.get(prep - 1).lemma().equals("only") ? prep - 1 : prep;
    int to = only && end < t.size() && t.get(end).lemma().equals("only") ? end + 1 : end;
    return SentenceView.text(t, from, to);
  }

  /** Whether "only" stands right before the preposition at {@code before + 1} or right after its noun phrase. */
  private static boolean isOnly(List<Token> t, int before, int end) {
    return (before >= 0 && t.get(before).lemma().equals("only")) || (end < t.size() && t.get(end).lemma().equals("only"));
  }

  /** Whether a passage token in [from, to) is where a claim unit was matched. */
  private static boolean holdsMatch(int[] at, int from, int to) {
    for (int x : at) {
      if (x >= from && x < to) {
        return true;
      }
    }
    return false;
  }

  /** Tags a placing preposition may have ("before" is a subordinator before a clause, "outside" an adverb). */
  private static final Set<String> PREPOSITION_TAGS = Set.of("ADP", "SCONJ", "ADV");

  /** The last noun or name of the noun phrase right after {@code prep}, or -1. */
  private static int objectHead(List<Token> t, int prep) {
    int head = -1;
    for (int k = prep + 1; k < t.size() && inNounPhrase(t.get(k)); k++) {
      if (t.get(k).pos().equals("NOUN") || t.get(k).isProperNoun()) {
        head = k;
      }
    }
    return head;
  }

  /** The end of the noun phrase governed by the preposition at {@code prep}. */
  private static int governedEnd(List<Token> t, int prep) {
    int k = prep + 1;
    while (k < t.size() && inNounPhrase(t.get(k))) {
      k++;
    }
    return k;
  }

  /** The preposition whose noun phrase holds the word at {@code k}, or -1. */
  private static int governor(List<Token> t, int k) {
    int g = k - 1;
    while (g >= 0 && inNounPhrase(t.get(g))) {
      g--;
    }
    return g >= 0 && PREPOSITION_TAGS.contains(t.get(g).pos()) ? g : -1;
  }

  private static boolean inNounPhrase(Token t) {
    String pos = t.pos();
    return pos.equals("DET") || pos.equals("ADJ") || pos.equals("NUM") || pos.equals("NOUN") || t.isProperNoun()
        || (pos.equals("PART") && t.text().startsWith("'"));
  }

  /** The index of the claim unit that holds the claim token {@code token}, or -1. */
  private static int unitAt(ClaimFrame c, int token) {
    for (int u = 0; u < c.units.size(); u++) {
      TermUnit unit = c.units.get(u).unit();
      if (unit.from() <= token && token < unit.to()) {
        return u;
      }
    }
    return -1;
  }
}
