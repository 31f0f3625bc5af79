package dev.corroborate.stance;

import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.TermUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who does what a verb says: the name, entity or noun after "by" for a passive verb, else the
 * nearest name or entity before the verb in its clause, with the names coordinated before it ("A and
 * B met": both). Pronouns and common-noun subjects give no agent (unknown): "the ministry said" may
 * well be the claim's actor.
 *
 * @param keys    the agent unit's keys
 * @param display the agent's words
 * @param passive true when found as "VERB by AGENT"
 * @param named   true when the agent is a name or entity, false for a common noun after "by" ("by a man")
 */
record Agent(Set<String> keys, String display, boolean passive, boolean named) {
  Agent {
    keys = Set.copyOf(keys);
  }

  boolean sameAs(Agent other) {
    for (String k : keys) {
      if (other.keys.contains(k)) {
        return true;
      }
    }
    String mine = lastWord(display);
    String theirs = lastWord(other.display);
    return compoundOf(mine, theirs) || compoundOf(theirs, mine);
  }

  /** The last word of a phrase, lower-cased, without a plural "s". */
  private static String lastWord(String phrase) {
    String w = phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }

  /**
   * Whether {@code word} is a closed compound whose head is {@code head}, a word of four letters or
   * more ("shipowner" of "owner"; not "landlord" of "lord", too short): the compound names a kind of
   * the same actor, so the two are not different actors.
   */
  private static boolean compoundOf(String word, String head) {
    return head.length() >= 4 && word.length() >= head.length() + 3 && word.endsWith(head);
  }

  /**
   * The agent of the verb at this token, or null when none is known: also when the token is a noun
   * used as one ("in Reyes kidnapping", not "militants behead abducted ...") or a passive with no "by"
   * ("were detained in Lebanon": the name before it is what the action befell).
   */
  static Agent of(SentenceView v, int verb) {
    if (v.tokens.get(verb).pos().equals("NOUN") && !ActionForms.verbInContext(v, verb)) {
      return null;
    }
    int by = byAfter(v, verb);
    if (by >= 0) {
      return byPhrase(v, by);
    }
    if (ImpliedUnits.passiveAuxiliary(v, verb) >= 0 || participleAfterComma(v, verb)) {
      return null;
    }
    int and = coordinatorBefore(v, verb);
    if (and >= 0) {
      // "opened in the United Kingdom and sold 60,000 tickets", "and then secretly follow him": the
      // second verb shares the first's subject; the name just before "and" is the first verb's
      // object, not the second's agent.
      int first = previousVerb(v, and);
      return first < 0 ? null : of(v, first);
    }
    for (int i = verb - 1; i >= 0 && v.clause[i] == v.clause[verb]; i--) {
      Token t = v.tokens.get(i);
      TermUnit u = v.unitAt(i);
      if (u != null && u.isEntity() && u.to() > verb) {
        // The verb is inside a name (a capitalised headline word taken for part of one: "Varn
        // Front Seizes Harbour"): the name is not its own agent, and who does it is not known.
        return null;
      }
      if (u != null && u.isEntity()) {
        return coordinated(v, u);
      }
      if (t.pos().equals("PRON") || t.pos().equals("NOUN") || t.isVerb() || possessive(t)) {
        // A name before a possessive owns the subject, it is not the subject: "Pellair's chief
        // executive led" (the tagger may read "executive" as an adjective).
        return null;
      }
    }
    return null;
  }

  private static final Set<String> COORDINATORS = Set.of("and", "or");

  /**
   * Whether the verb is a participle in "-ing" right after a comma (", selling 757,000 copies"): it
   * opens a participle phrase, so the name before the comma is no subject of it.
   */
  private static boolean participleAfterComma(SentenceView v, int verb) {
    Token t = v.tokens.get(verb);
    return verb > 0 && t.isVerb() && t.text().toLowerCase(Locale.ROOT).endsWith("ing")
        && v.tokens.get(verb - 1).text().equals(",");
  }

  /** Tags that may stand between "and" and the verb it joins ("and then secretly follow", "and did not sell"). */
  private static final Set<String> BEFORE_JOINED_VERB = Set.of("ADV", "AUX", "PART");

  /** The position of the "and" or "or" that joins this verb to one before it, or -1. */
  private static int coordinatorBefore(SentenceView v, int verb) {
    int k = verb - 1;
    while (k >= 0 && v.clause[k] == v.clause[verb] && BEFORE_JOINED_VERB.contains(v.tokens.get(k).pos())) {
      k--;
    }
    return k >= 0 && v.clause[k] == v.clause[verb] && COORDINATORS.contains(v.tokens.get(k).key()) ? k : -1;
  }

  /** The nearest verb before {@code from} (exclusive) in its clause, or -1. */
  private static int previousVerb(SentenceView v, int from) {
    for (int k = from - 1; k >= 0 && v.clause[k] == v.clause[from]; k--) {
      if (v.tokens.get(k).isVerb()) {
        return k;
      }
    }
    return -1;
  }

  /** Whether this token is a possessive ending ("'s", "'"). */
  static boolean possessive(Token t) {
    String w = t.text();
    return t.pos().equals("PART") && (w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019"));
  }

  /** Punctuation inside a list of names or around a nickname ("A, B and C", "Ana `` Red `` Brandt"). */
  private static final Set<String> LIST_PUNCTUATION = Set.of(",", "`", "``", "'", "''", "\"", "\u201c", "\u201d",
      "\u2018", "\u2019");

  /**
   * The agent named after "by": every name or entity of the phrase, coordinated ones included
   * ("produced by Ana Brandt, Tom Reyes and Lena Okafor", "recorded by Kenyan
   * singer Lena Okafor"), up to a verb, preposition or the end of the clause; else the noun heading it ("by
   * a man"), which is not a name. Null when neither comes first.
   */
  private static Agent byPhrase(SentenceView v, int by) {
    Set<String> keys = new java.util.LinkedHashSet<>();
    String display = null;
    List<String> names = new java.util.ArrayList<>();
    for (int k = by + 1; k < v.tokens.size(); k++) {
      Token t = v.tokens.get(k);
      TermUnit u = v.unitAt(k);
      if (u != null && u.isEntity()) {
        keys.addAll(u.keys());
        names.add(u.display());
        display = String.join(", ", names);
        k = u.to() - 1;
        continue;
      }
      String pos = t.pos();
      if (display == null && pos.equals("NOUN") && u != null && !titleOfName(v, k)) {
        return new Agent(Set.of(u.head()), u.display(), true, false);
      }
      boolean stop = t.isVerb() || pos.equals("AUX") || pos.equals("ADP") || pos.equals("SCONJ")
          || pos.equals("PRON") || (pos.equals("PUNCT") && !LIST_PUNCTUATION.contains(t.text()));
      boolean before = pos.equals("DET") || pos.equals("ADJ") || pos.equals("PUNCT")
          || (pos.equals("NOUN") && titleOfName(v, k));
      if (stop || (display == null && !before)) {
        break;
      }
    }
    return display == null ? null : new Agent(keys, display, true, true);
  }

  /**
   * Whether the noun at this position opens or continues a description that runs, through nouns and
   * adjectives only, into a name: "chief people officer Rowan Deel", where the name is the agent.
   */
  private static boolean titleOfName(SentenceView v, int k) {
    for (int j = k + 1; j < v.tokens.size(); j++) {
      TermUnit u = v.unitAt(j);
      if (u != null && u.isEntity()) {
        return true;
      }
      String pos = v.tokens.get(j).pos();
      if (!(pos.equals("NOUN") || pos.equals("ADJ"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the verb at this token is a headline's reduced passive with the entity before it as what
   * the action befell: "Tom Reyes kidnapped: ..." or "Mayor arrested after raid", where a past form
   * is followed by no object (the sentence or clause ends, or a preposition other than "by" follows).
   * Only asked when the claim's action has an object, so "Ukraine attacked Russia" (an object
   * follows) stays a reversal of roles.
   */
  static boolean reducedPassive(SentenceView v, int verb) {
    Token t = v.tokens.get(verb);
    String w = t.text().toLowerCase(java.util.Locale.ROOT);
    boolean inflected = !w.equals(t.lemma()) || !w.equals(t.key());
    if (!t.isVerb() || !inflected || !(w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn"))) {
      return false;
    }
    if (verb + 1 >= v.tokens.size()) {
      return true;
    }
    Token next = v.tokens.get(verb + 1);
    return next.pos().equals("PUNCT") || (next.pos().equals("ADP") && !next.key().equals("by"));
  }

  /**
   * Whether the verb at this token has an object: a name, entity, noun, number or pronoun after it
   * in its clause, with only determiners and adjectives before it.
   */
  static boolean hasObject(SentenceView v, int verb) {
    for (int k = verb + 1; k < Math.min(v.tokens.size(), verb + 5) && v.clause[k] == v.clause[verb]; k++) {
      String pos = v.tokens.get(k).pos();
      if (pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM") || pos.equals("PRON")) {
        return true;
      }
      if (!(pos.equals("DET") || pos.equals("ADJ"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The subject of the passage's verb when the two sentences give the same action with subject and
   * object the other way round ("The mayor arrested the police chief" for "Police arrested the
   * mayor"), both in the active voice; null otherwise. Common nouns have no {@link #of agent}, so
   * this is how a reversal of their roles is read.
   */
  static String swapped(SentenceView claim, int claimVerb, SentenceView passage, int passageVerb) {
    if (!active(claim, claimVerb) || !active(passage, passageVerb) || reducedPassive(passage, passageVerb)) {
      return null;
    }
    int claimSubject = subjectHead(claim, claimVerb);
    int passageSubject = subjectHead(passage, passageVerb);
    List<Integer> claimObject = objectPhrase(claim, claimVerb);
    List<Integer> passageObject = objectPhrase(passage, passageVerb);
    if (claimSubject < 0 || passageSubject < 0 || claimObject.isEmpty() || passageObject.isEmpty()) {
      return null;
    }
    Set<String> subjectKeys = keysAt(claim, claimSubject);
    Set<String> objectKeys = keysAt(claim, claimObject.get(claimObject.size() - 1));
    if (!java.util.Collections.disjoint(subjectKeys, objectKeys)
        || java.util.Collections.disjoint(keysAt(passage, passageSubject), objectKeys)) {
      return null;
    }
    for (int k : passageObject) {
      if (!java.util.Collections.disjoint(keysAt(passage, k), subjectKeys)) {
        return phraseEndingAt(passage, passageSubject);
      }
    }
    return null;
  }

  /**
   * The subject of the passage's verb when it is the claim's object and the claim's subject, a
   * common noun phrase, is nowhere in the passage ("The failure caused delays" for "Cable theft
   * caused the failure"), both verbs active; null otherwise. Names are left to {@link #of}; a
   * subject that is neither the claim's subject nor its object may be the claim's in other words
   * ("the crew" for "the captain", "cyber criminals" for "the attackers"), so it is not taken for
   * another actor.
   */
  static String otherSubject(SentenceView claim, int claimVerb, SentenceView passage, int passageVerb) {
    if (!active(claim, claimVerb) || !active(passage, passageVerb) || reducedPassive(passage, passageVerb)) {
      return null;
    }
    int claimSubject = subjectHead(claim, claimVerb);
    int passageSubject = subjectHead(passage, passageVerb);
    passageSubject = headBeforePhrases(passage, passageSubject >= 0 ? passageSubject : antecedent(passage, passageVerb));
    if (claimSubject < 0 || passageSubject < 0) {
      return null;
    }
    for (int k = 0; k < claimVerb; k++) {
      Token t = claim.tokens.get(k);
      if (t.isProperNoun()) {
        return null;
      }
      boolean content = t.pos().equals("NOUN") || t.pos().equals("ADJ") || t.pos().equals("NUM");
      if (content && !passage.positionsOf(keysAt(claim, k)).isEmpty()) {
        return null;
      }
    }
    // The passage's subject is the claim's object ("The failure caused delays").
    Set<String> subjectKeys = keysAt(passage, passageSubject);
    for (int k : objectPhrase(claim, claimVerb)) {
      if (!java.util.Collections.disjoint(subjectKeys, keysAt(claim, k))) {
        return phraseEndingAt(passage, passageSubject);
      }
    }
    return null;
  }

  /** Relative pronouns that stand for the noun phrase before them. */
  static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "who");
  /** Tags that may end a noun phrase a relative pronoun stands for ("the fire", "Castle Mill", "3 May"). */
  private static final Set<String> PHRASE_ENDS = Set.of("NOUN", "PROPN", "NUM");
  /** Tags of the words of a noun phrase. */
  private static final Set<String> NOUN_PHRASE = Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN");

  /**
   * The last word of what a relative pronoun before the verb stands for ("the fire at the mill on
   * 3 May, which destroyed ...": "May"), or -1.
   */
  private static int antecedent(SentenceView v, int verb) {
    int i = verb - 1;
    while (i >= 0 && (v.tokens.get(i).pos().equals("AUX") || v.tokens.get(i).pos().equals("ADV"))) {
      i--;
    }
    if (i < 1 || !v.tokens.get(i).pos().equals("PRON") || !RELATIVE_PRONOUNS.contains(v.tokens.get(i).lemma())) {
      return -1;
    }
    int j = v.tokens.get(i - 1).text().equals(",") ? i - 2 : i - 1;
    return j >= 0 && PHRASE_ENDS.contains(v.tokens.get(j).pos()) ? j : -1;
  }

  /**
   * The head of the noun phrase that a phrase with a preposition ending at {@code k} qualifies: "fire"
   * for the "Mill" of "The fire at Castle Mill"; {@code k} itself when no preposition stands before
   * its phrase; -1 for -1.
   */
  private static int headBeforePhrases(SentenceView v, int k) {
    while (k >= 0) {
      int from = k;
      while (from > 0 && v.clause[from - 1] == v.clause[k]
          && NOUN_PHRASE.contains(v.tokens.get(from - 1).pos())) {
        from--;
      }
      if (from < 2 || !v.tokens.get(from - 1).pos().equals("ADP") || v.clause[from - 1] != v.clause[k]) {
        return k;
      }
      String before = v.tokens.get(from - 2).pos();
      if (!(before.equals("NOUN") || before.equals("PROPN"))) {
        return k;
      }
      k = from - 2;
    }
    return k;
  }

  /** Neither "VERB by ..." nor a form of "be" or "get" before the verb. */
  private static boolean active(SentenceView v, int verb) {
    return byAfter(v, verb) < 0 && v.tokens.get(verb).isVerb() && ImpliedUnits.passiveAuxiliary(v, verb) < 0;
  }

  /**
   * The position of a "by" within the two tokens after the verb ("killed by", "seized early by"), or
   * after a phrase of place or purpose that follows a passive participle ("was arrested at the airport
   * by", "talks, led for the airline by"); -1 when there is none.
   */
  private static int byAfter(SentenceView v, int verb) {
    for (int j = verb + 1; j <= Math.min(verb + 2, v.tokens.size() - 1); j++) {
      if (v.tokens.get(j).key().equals("by")) {
        return j;
      }
    }
    if (verb + 1 >= v.tokens.size() || !v.tokens.get(verb + 1).pos().equals("ADP") || !participleOfPassive(v, verb)) {
      return -1;
    }
    for (int j = verb + 2; j <= Math.min(verb + 6, v.tokens.size() - 1); j++) {
      Token t = v.tokens.get(j);
      if (t.key().equals("by")) {
        return j;
      }
      if (!Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM").contains(t.pos())) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the verb at this token is a past participle in the passive: after a form of "be" or
   * "get", or right after a comma or a noun, as in a reduced relative clause ("talks, led for the
   * airline by ...", "the ship seized in the strait by ...").
   */
  private static boolean participleOfPassive(SentenceView v, int verb) {
    if (ImpliedUnits.passiveAuxiliary(v, verb) >= 0) {
      return true;
    }
    String w = v.tokens.get(verb).text().toLowerCase(java.util.Locale.ROOT);
    boolean pastForm = !w.equals(v.tokens.get(verb).lemma()) && !w.endsWith("ing") && !w.endsWith("s");
    if (verb == 0 || !pastForm) {
      return false;
    }
    Token before = v.tokens.get(verb - 1);
    return before.text().equals(",") || before.pos().equals("NOUN");
  }

  /**
   * The head of the verb's subject: the nearest noun or name before it in its clause, with only
   * auxiliaries, adverbs and particles between; -1 when a pronoun, another verb or anything else
   * comes first.
   */
  private static int subjectHead(SentenceView v, int verb) {
    for (int i = verb - 1; i >= 0 && v.clause[i] == v.clause[verb]; i--) {
      Token t = v.tokens.get(i);
      if (t.pos().equals("NOUN") || t.isProperNoun()) {
        return i;
      }
      if (!(t.pos().equals("AUX") || t.pos().equals("ADV") || t.pos().equals("PART"))) {
        return -1;
      }
    }
    return -1;
  }

  /** The positions of the noun phrase right after the verb in its clause (determiners, adjectives, numbers, nouns, names). */
  private static List<Integer> objectPhrase(SentenceView v, int verb) {
    List<Integer> out = new java.util.ArrayList<>();
    for (int k = verb + 1; k < v.tokens.size() && v.clause[k] == v.clause[verb]; k++) {
      String pos = v.tokens.get(k).pos();
      if (pos.equals("NOUN") || pos.equals("PROPN")) {
        out.add(k);
      } else if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("NUM"))) {
        break;
      }
    }
    return out;
  }

  /** The words of the noun phrase ending at this token ("the mayor", "two police officers"). */
  private static String phraseEndingAt(SentenceView v, int head) {
    int from = head;
    while (from > 0 && v.clause[from - 1] == v.clause[head] && NOUN_PHRASE.contains(v.tokens.get(from - 1).pos())) {
      from--;
      if (v.tokens.get(from).pos().equals("DET")) {
        break;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int k = from; k <= head; k++) {
      Token t = v.tokens.get(k);
      // A determiner opening the sentence is written in lower case inside the reason.
      sb.append(k == from ? "" : " ").append(t.pos().equals("DET") ? t.text().toLowerCase(java.util.Locale.ROOT) : t.text());
    }
    return sb.toString();
  }

  private static Set<String> keysAt(SentenceView v, int k) {
    TermUnit u = v.unitAt(k);
    return u != null ? u.keys() : Set.of(v.tokens.get(k).key());
  }

  /**
   * The agent ending with this entity, with the entities coordinated before it: in "Germany and
   * France met" both are the agent, so a passage where either does it is about the same actors. An
   * entity right before it qualifies it and is taken too ("U.S. Officials", "Iraqi Army").
   */
  private static Agent coordinated(SentenceView v, TermUnit last) {
    Set<String> keys = new java.util.HashSet<>(last.keys());
    String display = last.display();
    int from = last.from();
    TermUnit qualifier = from >= 1 ? v.unitAt(from - 1) : null;
    if (qualifier != null && qualifier.isEntity() && qualifier != last) {
      keys.addAll(qualifier.keys());
      display = qualifier.display() + " " + display;
      from = qualifier.from();
    }
    while (from >= 2) {
      Token joint = v.tokens.get(from - 1);
      boolean and = joint.key().equals("and") || joint.text().equals("&") || joint.text().equals(",");
      TermUnit before = v.unitAt(from - 2);
      if (!and || before == null || !before.isEntity()) {
        break;
      }
      keys.addAll(before.keys());
      display = before.display() + (joint.text().equals(",") ? ", " : " and ") + display;
      from = before.from();
    }
    return new Agent(keys, display, false, true);
  }
}
