package dev.corroborate.stance;

import dev.corroborate.analysis.CalendarDays;
import dev.corroborate.analysis.ClockTimes;
import dev.corroborate.analysis.Compounds;
import dev.corroborate.analysis.Stemmer;
import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnit;
import dev.corroborate.lexicon.TermUnitizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A token list prepared for judging: its term units, its clauses (cut at punctuation and
 * subordinating words), which clauses are negated, where speech is declined ("did not say
 * whether"), and for every matchable key the token positions where it occurs. Immutable.
 */
final class SentenceView {
  /** Closing quotes and brackets, looked past to find how a sentence ends. */
  private static final String CLOSERS = "\"'\u201d\u2019)]";
  private static final Set<String> CLAUSE_PUNCT = Set.of(",", ";", ":", "(", ")", "—", "–", "--");
  /** Pronouns that may stand for a person a claim names (the judge gives half credit for each). */
  private static final Set<String> THIRD_PERSON = Set.of("he", "she", "him", "her", "his", "they", "them");
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our");
  /** Keys at least this long count as derivations of each other when they share this long a prefix. */
  private static final int DERIVED_PREFIX = 5;

  final List<Token> tokens;
  final List<TermUnit> units;
  final int[] clause;
  /** Tokens negated by a preposition ("without") as its object. */
  private final BitSet negatedTokens = new BitSet();
  /**
   * Per clause, the first negating adverb or preposition ("not", "never", "without"): it negates what
   * follows it in the clause, not the subject before it ("the offer was never put in writing" does not
   * deny an offer); Integer.MAX_VALUE when none.
   */
  private final int[] negatedFrom;
  /**
   * Per clause, where the reach of its negating determiners begins and ends: after a verb joined by
   * "and" before them, and before a question embedded after them ("paid the charge and will see no
   * change in what they pay").
   */
  private final int[] negatedSince;
  private final int[] negatedBefore;
  /** Token index from which the text is only reported as not said; Integer.MAX_VALUE when none. */
  final int noncommittalFrom;
  /** Where what is left open ends (exclusive): the sentence's end, or where "and that" goes on to assert. */
  final int noncommittalTo;
  final String noncommittalWords;
  /** Whether {@link #noncommittalFrom} opens an embedded question ("unclear whether") rather than a refusal to say. */
  final boolean noncommittalAsks;
  private final Map<String, List<Integer>> positions = new HashMap<>();
  /** The keys of {@link #positions} that {@link #derivedPositions} may match, by their first five characters. */
  private final Map<String, List<String>> derivable = new HashMap<>();
  private final int[] unitOf;
  /** Whether the passage speaks in the first person ("we", "our"). */
  final boolean firstPerson;
  /** How many distinct third-person pronouns ("he", "they") the passage uses. */
  final int thirdPersonPronouns;
  /** Whether the passage is a question (it ends with "?", closing quotes and brackets aside): it asks, it does not assert. */
  final boolean question;
  /**
   * Whether the passage is a questioner's turn in a transcript: it opens with the label "Q" (or
   * "Question"), perhaps with the asker in brackets, then a colon ("Q (Radio North): Residents were
   * told ..."). What it says is the questioner's, put to the source, not the source's own.
   */
  final boolean questionerTurn;

  SentenceView(List<Token> tokens, TermUnitizer unitizer) {
    Lexicon lex = unitizer.lexicon();
    this.tokens = List.copyOf(tokens);
    this.units = unitizer.units(this.tokens);
    this.clause = new int[tokens.size()];
    this.unitOf = new int[tokens.size()];
    java.util.Arrays.fill(unitOf, -1);
    for (int u = 0; u < units.size(); u++) {
      for (int i = units.get(u).from(); i < units.get(u).to(); i++) {
        unitOf[i] = u;
      }
    }
    int c = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean boundary = (CLAUSE_PUNCT.contains(t.text()) && !dateComma(lex, tokens, i))
          || (lex.isClauseBoundary(t.key()) && (t.pos().equals("SCONJ") || t.pos().equals("CCONJ")
              || t.pos().equals("PRON") || t.pos().equals("ADV") || t.pos().equals("ADP"))
              && !adverbOfTime(tokens, i))
          || t.text().equals("\u0000");
      if (boundary && i > 0) {
        c++;
      }
      clause[i] = c;
    }
    this.negatedFrom = new int[c + 1];
    java.util.Arrays.fill(negatedFrom, Integer.MAX_VALUE);
    this.negatedBefore = new int[c + 1];
    java.util.Arrays.fill(negatedBefore, Integer.MAX_VALUE);
    this.negatedSince = new int[c + 1];
    java.util.Arrays.fill(negatedSince, Integer.MAX_VALUE);
    int nc = Integer.MAX_VALUE;
    int ncTo = tokens.size();
    String ncWords = "";
    boolean asks = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (lex.isNegation(t.lemma()) && i >= 2 && isWhetherOr(i - 2)) {
        continue; // "whether or not" denies nothing
      }
      if (lex.isNegation(t.lemma()) && eitherWay(i)) {
        // "may or may not hold an event" leaves it open.
        if (i - 3 < nc) {
          nc = i - 3;
          ncTo = tokens.size();
          ncWords = span(i - 3, i + 1);
          asks = true;
        }
        continue;
      }
      if (opensCondition(i) && i < nc) {
        // "If a resident decides to move, we will support that": a condition is not a fact. An
        // opening condition runs to its comma, a later one to the end of the sentence.
        nc = i;
        ncTo = conditionEnd(i);
        ncWords = t.text();
        asks = true;
        continue;
      }
      if (contrastAt(i)) {
        // "rather than retracting it", "instead of a refund": what the contrast names is not done or
        // given, as the object of "without" is not.
        negatedTokens.set(i, prepositionalObjectEnd(i + 1));
        continue;
      }
      if (lex.isNegation(t.lemma()) && !t.pos().equals("ADP") && !lex.isNegatingDeterminer(t.lemma()) && untilAfter(i)) {
        // "was not recaptured until just before noon" says when it happened, not that it did not.
        continue;
      }
      if (lex.isNegation(t.lemma())) {
        int speech = nextSpeechVerb(lex, i + 1, 3);
        if (speech >= 0 && speech + 1 < tokens.size() && isWhetherIf(tokens.get(speech + 1))) {
          asks &= nc <= speech;
          nc = Math.min(nc, speech);
          ncTo = tokens.size();
          ncWords = span(i, speech + 2);
          continue;
        }
        boolean determiner = lex.isNegatingDeterminer(t.lemma()) && !t.isVerb();
        if (determiner && i > 0 && NEGATED_OBJECT_ONLY.contains(tokens.get(i - 1).key())) {
          // "someone with no connection to the board", "attacked for no reason": the determiner
          // denies the preposition's object, as "without" does, not what the clause says.
          negatedTokens.set(i - 1, prepositionalObjectEnd(i - 1));
        } else if (determiner) {
          // A negative subject or object ("no one", "nothing", "no offer") negates its clause, but
          // "will continue to pay the charge and will see no change in what they pay": the determiner
          // denies its noun and its own verb, not a verb joined before it by "and" nor what the question
          // embedded after them says.
          negatedSince[clause[i]] = Math.min(negatedSince[clause[i]], conjunctStart(i));
          negatedBefore[clause[i]] = Math.min(negatedBefore[clause[i]], embeddedQuestionAfter(i));
        } else if (t.pos().equals("ADP")) {
          // "without" negates its object ("without her sunglasses", "without informing the police"),
          // not what the clause says after it ("... as she leaves the rat-infested office").
          negatedTokens.set(i, prepositionalObjectEnd(i));
        } else {
          negatedFrom[clause[i]] = Math.min(negatedFrom[clause[i]], i);
        }
      } else if (opensEmbeddedQuestion(i) && i - 1 < nc) {
        // "too early to say whether ...", "unclear whether ...", "whether or not ...": what follows
        // is left open, not stated.
        boolean concedes = isWhetherOr(i);
        int asking = concedes ? i : askingWordBefore(i);
        nc = asking;
        ncTo = tokens.size();
        ncWords = concedes ? span(i, i + 3) : i - asking <= 1 ? span(asking, i + 1)
            : tokens.get(asking).text() + " ... whether";
        asks = true;
        continue;
      } else if (i + 2 < nc && askedToSay(lex, i) >= 0) {
        // "urged the council to confirm that ...", "asked the board to explain why ...": what the
        // speech would say is asked for, not said (the asking itself is).
        ncWords = span(askedToSay(lex, i), i + 2);
        nc = i + 2;
        ncTo = assertedAgain(i + 2);
        asks = true;
        continue;
      } else if (declinesTo(lex, i)) {
        if (lex.isNoncommittal(tokens.get(i + 2).key())) {
          asks &= nc <= i;
          nc = Math.min(nc, i);
          ncTo = tokens.size();
          ncWords = span(i, i + 3);
        } else {
          // "refused to resign", "failed to pass": the action is denied as a "not" would deny it.
          negatedFrom[clause[i]] = Math.min(negatedFrom[clause[i]], i);
        }
      }
    }
    this.noncommittalFrom = nc;
    this.noncommittalTo = nc == Integer.MAX_VALUE ? tokens.size() : ncTo;
    this.noncommittalWords = ncWords;
    this.noncommittalAsks = asks;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      add(t.key(), i);
      for (String g : lex.synonymGroups(t.key())) {
        add(g, i);
      }
      for (String n : NumberConflict.numberKeys(t)) {
        add(n, i);
      }
      for (String n : NumberConflict.joinedLengthKeys(t)) {
        add(n, i);
      }
      Integer day = CalendarDays.dayOrdinal(tokens, i);
      if (day != null) {
        // "the first of March" gives the claim's "1 March".
        add(String.valueOf(day), i);
      }
      ClockTimes.Time time = ClockTimes.at(tokens, i);
      if (time != null) {
        add(ClockTimes.key(time), i);
      }
      String scaled = NumberConflict.scaledKey(tokens, i);
      if (scaled != null) {
        add(scaled, i);
      }
      for (String k : lex.phrasalKeys(tokens, i)) {
        add(k, i);
      }
      for (String k : lex.passiveKeys(tokens, i)) {
        add(k, i);
      }
      String surface = Stemmer.key(t.text());
      if (Compounds.joins(t)) {
        add(Compounds.wholeKey(surface), i);
      }
      if (!surface.equals(t.key())) {
        add(surface, i);
        for (String g : lex.synonymGroups(surface)) {
          add(g, i);
        }
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      int partner = Compounds.partner(tokens, i);
      if (partner >= 0) {
        add(Compounds.key(tokens.get(i), tokens.get(partner)), partner);
      }
    }
    for (TermUnit u : units) {
      for (String k : u.keys()) {
        if (k.startsWith("@")) {
          add(k, u.from());
        }
      }
    }
    for (String k : positions.keySet()) {
      if (derivable(k)) {
        derivable.computeIfAbsent(k.substring(0, DERIVED_PREFIX), x -> new ArrayList<>()).add(k);
      }
    }
    boolean first = false;
    Set<String> third = new java.util.HashSet<>();
    for (Token t : tokens) {
      if (t.pos().equals("PRON")) {
        first |= FIRST_PERSON.contains(t.lemma());
        if (THIRD_PERSON.contains(t.lemma())) {
          third.add(t.lemma());
        }
      }
    }
    this.firstPerson = first;
    this.thirdPersonPronouns = third.size();
    this.question = endsWithQuestionMark(this.tokens) && !reportsAQuestion(lex);
    this.questionerTurn = questionerLabel(this.tokens);
  }

  /** Whether the tokens open with a questioner's label: "Q" or "Question", an optional bracketed asker, a colon. */
  static boolean questionerLabel(List<Token> tokens) {
    if (tokens.size() < 3 || !(tokens.get(0).text().equals("Q") || tokens.get(0).text().equals("Question"))) {
      return false;
    }
    if (tokens.get(1).text().equals(":")) {
      return true;
    }
    if (!tokens.get(1).text().equals("(")) {
      return false;
    }
    for (int i = 2; i < Math.min(tokens.size() - 1, 10); i++) {
      if (tokens.get(i).text().equals(")")) {
        return tokens.get(i + 1).text().equals(":");
      }
    }
    return false;
  }

  /** Words that open a direct question. */
  private static final Set<String> QUESTION_OPENERS = Set.of("who", "what", "when", "where", "why", "how", "which",
      "whose", "whom", "whether");

  /**
   * Whether a sentence ending with "?" reports someone's question rather than asking it: it does not
   * open like a question (an auxiliary or a question word first), and a speech verb ("asked",
   * "said") or a quotation comes before the end ("The mayor asked, 'Why was it approved?'").
   */
  private boolean reportsAQuestion(Lexicon lex) {
    Token first = tokens.get(0);
    if (first.pos().equals("AUX") || QUESTION_OPENERS.contains(first.lemma())) {
      return false;
    }
    for (int i = 1; i < tokens.size() - 1; i++) {
      Token t = tokens.get(i);
      if ((t.isVerb() && (lex.isAttribution(t.key()) || t.lemma().equals("ask")))
          || t.text().startsWith("\u201c") || t.text().equals("\"") || t.text().equals("``")) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithQuestionMark(List<Token> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      String s = tokens.get(i).text();
      int end = s.length();
      while (end > 0 && CLOSERS.indexOf(s.charAt(end - 1)) >= 0) {
        end--;
      }
      if (end > 0) {
        return s.charAt(end - 1) == '?';
      }
    }
    return false;
  }


  /**
   * Whether "yet" at {@code i} is the adverb of "has not yet received", "had yet to": after a
   * negation or an auxiliary it opens no clause.
   */
  private static boolean adverbOfTime(List<Token> tokens, int i) {
    if (i == 0 || !tokens.get(i).key().equals("yet")) {
      return false;
    }
    Token before = tokens.get(i - 1);
    return before.pos().equals("AUX") || before.pos().equals("PART") || before.key().equals("never")
        || before.key().equals("not");
  }

  private static boolean derivable(String key) {
    return key.length() >= DERIVED_PREFIX && !key.startsWith("@") && !key.startsWith("syn:")
        && !key.startsWith(Compounds.PREFIX);
  }

  /**
   * Whether "whether" at this token opens a question: embedded after a verb, adjective or noun ("to
   * say whether", "unclear whether", "confirmation of whether"), on its own, or a "whether or not"
   * that concedes. Either way what follows it is not stated.
   */
  private boolean opensEmbeddedQuestion(int i) {
    return tokens.get(i).key().equals("whether");
  }

  /**
   * The word whose question "whether" at {@code i} opens: a verb or adjective right before it
   * ("unclear whether"), or with a short adjunct between ("will decide within days whether", "to
   * decide next week whether"); else a noun right before it or before its preposition ("confirmation
   * of whether", "no word on whether"); else the "whether" itself.
   */
  private int askingWordBefore(int i) {
    int noun = i;
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      Token t = tokens.get(k);
      if (t.isVerb() || t.pos().equals("ADJ") && k == i - 1) {
        return k;
      }
      if (t.pos().equals("NOUN") && noun == i && (k == i - 1 || k == i - 2 && tokens.get(i - 1).pos().equals("ADP"))) {
        noun = k;
      }
      if (!(t.pos().equals("ADP") || t.pos().equals("NOUN") || t.pos().equals("ADV") || t.pos().equals("DET")
          || t.pos().equals("NUM"))) {
        return noun;
      }
    }
    return noun;
  }

  /** Words that open a question embedded in a clause ("no change in what they pay", "nobody knows why"). */
  private static final Set<String> EMBEDDED_QUESTION_WORDS = Set.of("what", "why", "how", "where", "when", "whether");

  /**
   * Where a question word after the negating determiner at {@code i} opens an embedded question in
   * its clause, with a verb after it ("no change in what they pay"); {@link Integer#MAX_VALUE} if
   * none does.
   */
  private int embeddedQuestionAfter(int i) {
    for (int k = i + 1; k < tokens.size() && clause[k] == clause[i]; k++) {
      if (EMBEDDED_QUESTION_WORDS.contains(tokens.get(k).key())) {
        for (int v = k + 1; v < tokens.size() && clause[v] == clause[i]; v++) {
          if (tokens.get(v).isVerb()) {
            return k;
          }
        }
        return Integer.MAX_VALUE;
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * The first token of the conjunct holding token {@code i}: after the last "and", "but" or "or" before
   * it in its clause that joins a verb ("and will see", "but paid"), else the clause's first token.
   */
  private int conjunctStart(int i) {
    for (int k = i - 1; k >= 0 && clause[k] == clause[i]; k--) {
      String w = tokens.get(k).key();
      if ((w.equals("and") || w.equals("but") || w.equals("or"))
          && (tokens.get(k + 1).isVerb() || tokens.get(k + 1).pos().equals("AUX"))) {
        return k + 1;
      }
    }
    return clauseStart(i);
  }

  /** Whether two tokens are in the same clause and the same conjunct of it (see {@link #conjunctStart}). */
  boolean sameConjunct(int a, int b) {
    return clause[a] == clause[b] && conjunctStart(a) == conjunctStart(b);
  }

  /** The first token of the clause holding token {@code i}. */
  private int clauseStart(int i) {
    int k = i;
    while (k > 0 && clause[k - 1] == clause[i]) {
      k--;
    }
    return k;
  }

  /** Whether the negation at {@code i} closes "AUX or AUX not" ("may or may not", "did or did not"). */
  private boolean eitherWay(int i) {
    return i >= 3 && tokens.get(i - 2).key().equals("or") && AUXILIARIES.contains(tokens.get(i - 1).lemma())
        && tokens.get(i - 3).lemma().equals(tokens.get(i - 1).lemma());
  }

  /** Auxiliaries by lemma (a title-case headline's "May Or May Not" is tagged as names). */
  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("may", "might", "can", "could", "will",
      "would", "shall", "should", "must", "do", "be", "have");

  /** Words that open a condition. */
  private static final Set<String> CONDITIONS = Set.of("if", "unless");

  /** Whether a condition opens at {@code i}: "if" or "unless" as a conjunction, not "as if" nor "even if". */
  private boolean opensCondition(int i) {
    Token t = tokens.get(i);
    return CONDITIONS.contains(t.key()) && t.pos().equals("SCONJ")
        && (i == 0 || !(tokens.get(i - 1).key().equals("as") || tokens.get(i - 1).key().equals("even")));
  }

  /** Where the condition opened at {@code i} ends: at its comma when it opens the sentence or a clause, else at the end. */
  private int conditionEnd(int i) {
    boolean opening = i == 0 || tokens.get(i - 1).isPunctuation() || tokens.get(i - 1).pos().equals("CCONJ");
    if (opening) {
      for (int k = i + 1; k < tokens.size(); k++) {
        if (tokens.get(k).text().equals(",")) {
          return k;
        }
      }
    }
    return tokens.size();
  }

  /** Whether the token opens "whether or ..." ("whether or not"). */
  private boolean isWhetherOr(int i) {
    return tokens.get(i).key().equals("whether") && i + 1 < tokens.size() && tokens.get(i + 1).key().equals("or");
  }

  private boolean isWhetherIf(Token t) {
    return t.key().equals("whether") || t.key().equals("if");
  }

  private int nextSpeechVerb(Lexicon lex, int from, int window) {
    for (int j = from; j < Math.min(tokens.size(), from + window); j++) {
      if (lex.isNoncommittal(tokens.get(j).key())) {
        return j;
      }
    }
    return -1;
  }

  private void add(String key, int pos) {
    List<Integer> l = positions.computeIfAbsent(key, k -> new ArrayList<>());
    if (l.isEmpty() || l.get(l.size() - 1) != pos) {
      l.add(pos);
    }
  }

  /** Positions where any of these keys occurs, in order. */
  List<Integer> positionsOf(Set<String> keys) {
    List<Integer> out = new ArrayList<>();
    for (String k : keys) {
      out.addAll(positions.getOrDefault(k, List.of()));
    }
    out.sort(null);
    return out;
  }

  /** Positions of keys that share a long prefix with this one (derivations: intend / intention). */
  List<Integer> derivedPositions(String key) {
    List<Integer> out = new ArrayList<>();
    if (!derivable(key)) {
      return out;
    }
    // Only keys with the same first five characters can share a prefix that long.
    for (String k : derivable.getOrDefault(key.substring(0, DERIVED_PREFIX), List.of())) {
      if (!k.equals(key)) {
        int common = commonPrefix(k, key);
        if (common >= DERIVED_PREFIX && common >= Math.min(k.length(), key.length()) - 1) {
          out.addAll(positions.get(k));
        }
      }
    }
    out.sort(null);
    return out;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  /** Tags of the words a noun phrase is made of, for {@link #contrastNegation}. */
  private static final Set<String> PHRASE_TAGS = Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN");

  /**
   * The position of a contrasting "not" that denies the noun phrase this token is in: ", not two", ",
   * not the governor" after a noun phrase that holds in its place ("one beam, not two"); -1 when there
   * is none. "not only" and "not just" are no such contrast.
   */
  int contrastNegation(int token) {
    int k = token;
    while (k > 0 && PHRASE_TAGS.contains(tokens.get(k - 1).pos())) {
      k--;
    }
    int not = k - 1;
    if (not < 2 || !tokens.get(not).lemma().equals("not") || !tokens.get(not - 1).text().equals(",")) {
      return -1;
    }
    String before = tokens.get(not - 2).pos();
    // A number set aside so is denied after any words ("13,900 accounts overcharged, not 11,400").
    boolean number = tokens.get(token).pos().equals("NUM");
    return number || before.equals("NOUN") || before.equals("PROPN") || before.equals("NUM") ? not : -1;
  }

  /**
   * The position of the negating preposition ("without") whose object this token is in ("awarded
   * without a public tender"), or -1.
   */
  int negatingPreposition(int token) {
    if (!negatedTokens.get(token)) {
      return -1;
    }
    int k = token;
    while (k > 0 && negatedTokens.get(k - 1)) {
      k--;
    }
    return k;
  }

  /** The end (exclusive) of the object of the negating preposition at {@code prep}. */
  int negatedObjectEnd(int prep) {
    int k = prep + 1;
    while (k < tokens.size() && negatedTokens.get(k)) {
      k++;
    }
    return k;
  }

  /** Relative pronouns that open a clause describing the noun before them. */
  private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom", "whose");

  /**
   * Whether the word at {@code x} is the verb of a relative clause: its clause opens with "that",
   * "which", "who" or "whose" right after a noun or name, and no other verb comes between ("losses
   * that cannot be recovered"; not "offered" in "passengers whose flights were cancelled were not
   * offered refunds", where the clause has ended with "cancelled").
   */
  /**
   * Whether the token is anywhere in a relative clause that describes a noun or name ("the keeper,
   * who came to the zoo in 2021"; "the report that was leaked on Monday"): its clause opens with a
   * relative pronoun right after a noun or name, or after a comma that follows one.
   */
  boolean insideRelativeClause(int x) {
    int start = clauseStart(x);
    if (start == 0 || !RELATIVES.contains(tokens.get(start).lemma())) {
      return false;
    }
    int before = start - 1;
    if (tokens.get(before).text().equals(",") && before > 0) {
      before--;
    }
    return tokens.get(before).pos().equals("NOUN") || tokens.get(before).isProperNoun();
  }

  boolean inRelativeClause(int x) {
    int start = clauseStart(x);
    if (start == 0 || start == x || !RELATIVES.contains(tokens.get(start).lemma())) {
      return false;
    }
    for (int k = start + 1; k < x; k++) {
      if (tokens.get(k).isVerb()) {
        return false;
      }
    }
    Token before = tokens.get(start - 1);
    return before.pos().equals("NOUN") || before.isProperNoun();
  }

  /** Prepositions after which a negating determiner denies only their object ("with no warning"). */
  private static final Set<String> NEGATED_OBJECT_ONLY = Set.of("with", "for");
  /** Prepositions whose "-ing" object is taken as done, whatever the clause denies ("not charged for sitting"). */
  private static final Set<String> PRESUPPOSING = Set.of("for", "after", "before", "since", "despite", "upon");

  /** Whether a negation covers this token: one of its clause's negative pronouns or determiners, or a negating adverb before it in the clause. */
  boolean negated(int tokenIndex) {
    if (presupposedGerund(tokenIndex)) {
      return negatedTokens.get(tokenIndex);
    }
    int c = clause[tokenIndex];
    return (negatedSince[c] <= tokenIndex && tokenIndex < negatedBefore[c]) || negatedFrom[c] <= tokenIndex
        || negatedTokens.get(tokenIndex);
  }

  /**
   * Whether the token is a verb in "-ing" right after a preposition of {@link #PRESUPPOSING}: "no
   * candidate would be charged for sitting the paper" denies the charge, not the sitting.
   */
  private boolean presupposedGerund(int i) {
    Token t = tokens.get(i);
    return i > 0 && t.isVerb() && t.text().toLowerCase(java.util.Locale.ROOT).endsWith("ing")
        && PRESUPPOSING.contains(tokens.get(i - 1).key());
  }

  /** Whether "rather than" or "instead of" opens at this token. */
  private boolean contrastAt(int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    String first = tokens.get(i).key();
    String second = tokens.get(i + 1).key();
    return (first.equals("rather") && second.equals("than")) || (first.equals("instead") && second.equals("of"));
  }

  /** Whether "until" or "till" follows the negation at {@code i} in its clause. */
  private boolean untilAfter(int i) {
    for (int k = i + 1; k < tokens.size() && clause[k] == clause[i]; k++) {
      String w = tokens.get(k).key();
      if (w.equals("until") || w.equals("till")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end (exclusive) of a preposition's object: a gerund right after it, if any, then a noun
   * phrase (determiners, possessives, adjectives, numbers, nouns, names).
   */
  private int prepositionalObjectEnd(int prep) {
    int k = prep + 1;
    if (k < tokens.size() && tokens.get(k).isVerb()) {
      k++;
    }
    while (k < tokens.size() && clause[k] == clause[prep]) {
      Token t = tokens.get(k);
      boolean possessive = t.pos().equals("PART") && t.text().startsWith("'");
      if (!(Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON").contains(t.pos()) || possessive)) {
        break;
      }
      k++;
    }
    return k;
  }

  /** The negation words of the clause holding this token ("not", "refused to"). */
  String negationWords(int tokenIndex, Lexicon lex) {
    if (negatedTokens.get(tokenIndex)) {
      int k = tokenIndex;
      while (k > 0 && negatedTokens.get(k - 1)) {
        k--;
      }
      if (contrastAt(k)) {
        return span(k, k + 2);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      if (clause[i] == clause[tokenIndex] && lex.isNegation(tokens.get(i).lemma())) {
        sb.append(sb.length() > 0 ? " " : "").append(tokens.get(i).text());
      } else if (clause[i] == clause[tokenIndex] && declinesTo(lex, i)) {
        sb.append(sb.length() > 0 ? " " : "").append(span(i, i + 2));
      }
    }
    return sb.toString();
  }

  /** Whether the token is a verb of declining or failing followed by "to" and a word ("refused to resign"). */
  /**
   * Where the sentence goes on to assert after {@code from}: the "and" or "but" of "..., and that
   * Japan has avoided giving an answer"; the sentence's end when it does not.
   */
  private int assertedAgain(int from) {
    for (int k = from; k + 1 < tokens.size(); k++) {
      if (tokens.get(k).pos().equals("CCONJ") && tokens.get(k + 1).key().equals("that")) {
        return k;
      }
    }
    return tokens.size();
  }

  /**
   * Where "to" at {@code i}, before a speech verb, follows a verb of asking or wanting in its clause
   * ("asked the board to explain", "urged him to confirm"): that verb's position, else -1.
   */
  private int askedToSay(Lexicon lex, int i) {
    if (i < 2 || i + 1 >= tokens.size() || !tokens.get(i).key().equals("to") || !tokens.get(i + 1).isVerb()
        || !lex.isAttribution(tokens.get(i + 1).key())) {
      return -1;
    }
    return directiveBefore(lex, i, 6);
  }

  /**
   * The verb of asking or wanting ("asked", "urged") that the "to" at {@code to} follows: the nearest
   * verb at most {@code reach} words before it in its clause, when it is one; else -1.
   */
  int directiveBefore(Lexicon lex, int to, int reach) {
    for (int k = to - 1; k >= Math.max(0, to - reach) && clause[k] == clause[to]; k--) {
      if (tokens.get(k).isVerb()) {
        return lex.isDirective(tokens.get(k).lemma()) ? k : -1;
      }
    }
    return -1;
  }

  private boolean declinesTo(Lexicon lex, int i) {
    return i + 2 < tokens.size() && tokens.get(i).isVerb() && lex.isDecline(tokens.get(i).key())
        && tokens.get(i + 1).key().equals("to");
  }

  /** The unit covering this token, or null. */
  TermUnit unitAt(int tokenIndex) {
    int u = unitOf[tokenIndex];
    return u < 0 ? null : units.get(u);
  }

  String span(int from, int to) {
    return text(tokens, from, to);
  }

  /**
   * The tokens from {@code from} to {@code to} (exclusive, clipped to the list) as written: a space
   * only where the text had one ("two-day", "58%", "It is not").
   */
  static String text(List<Token> tokens, int from, int to) {
    return Token.join(tokens, from, to);
  }

  /**
   * Whether the comma at {@code i} is inside a date, not between clauses: "March 23, 2007" (month, day,
   * comma, year) or "Monday, March 23" (weekday or month name, comma, month name).
   */
  private static boolean dateComma(Lexicon lex, List<Token> tokens, int i) {
    if (!tokens.get(i).text().equals(",") || i < 1 || i + 1 >= tokens.size()) {
      return false;
    }
    Token before = tokens.get(i - 1);
    Token after = tokens.get(i + 1);
    boolean yearAfter = after.text().length() == 4 && after.text().chars().allMatch(Character::isDigit);
    if (yearAfter && i >= 2 && before.text().chars().allMatch(Character::isDigit) && before.text().length() <= 2
        && lex.isCalendarName(tokens.get(i - 2))) {
      return true;
    }
    return lex.isCalendarName(before) && lex.isCalendarName(after);
  }
}
