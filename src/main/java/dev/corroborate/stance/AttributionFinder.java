package dev.corroborate.stance;

import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds reported speech in a sentence: "X said (that) ...", "..., X said.", "according to X, ...",
 * "..., saying ..." (whose holder is the sentence's subject), and denials, which are reported speech
 * too ("X denied that ...", "X rejected reports that ...": X holds the denial); decides whether the
 * holder is the source's own voice, and records the sources an assertion cites ("..., citing
 * officials"). Stateless and thread-safe.
 */
final class AttributionFinder {
  private static final Set<String> PERSONAL = Set.of("i", "we", "he", "she", "they", "it", "me", "us");
  /** At most this many words name the speaker in the headline form "Officials: ..." or "...: officials". */
  private static final int COLON_HOLDER = 4;
  private final Lexicon lexicon;

  AttributionFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * An attribution with where it was found: the attributing word ("said", or "according") and the
   * holder's tokens [holderFrom, holderTo).
   */
  record Found(Attribution attribution, int cue, int holderFrom, int holderTo) {}

  /** Every attribution in the view, in order of the attributing word. */
  List<Attribution> find(SentenceView v, SourceVoice voice) {
    return findAll(v, voice).stream().map(Found::attribution).toList();
  }

  /** Every attribution in the view with its cue and holder positions, in order of the attributing word. */
  List<Found> findAll(SentenceView v, SourceVoice voice) {
    List<Found> out = new ArrayList<>();
    List<Token> t = v.tokens;
    int cite = citingAt(v);
    String cited = cite < 0 ? "" : citedWords(v, cite);
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      if (tok.key().equals("accord") && i + 1 < t.size() && t.get(i + 1).key().equals("to")) {
        int h = nextHolder(v, i + 2);
        if (h < 0) {
          continue;
        }
        int[] holder = holderSpan(v, h);
        boolean initial = i <= 1;
        int from = initial ? nextClauseStart(v, holder[1]) : 0;
        int to = initial ? t.size() : i;
        out.add(new Found(make(v, voice, holder, from, to), i, holder[0], holder[1]));
      } else if (tok.isVerb() && (lexicon.isAttribution(tok.key()) || lexicon.isRefutation(tok.key()))
          && !lexicon.raisingPassive(t, i) && ImpliedUnits.passiveAuxiliary(v, i) < 0 && !askedFor(v, i)) {
        // In a passive ("the closure was confirmed", "is said to have") the subject is not the speaker.
        int h = holderBefore(v, i);
        if (h < 0) {
          continue;
        }
        int[] holder = holderSpan(v, h);
        int lead = phraseStart(v, holder[0]);
        boolean sentenceFinal = i >= t.size() - 3 && lead > 0 && t.get(lead - 1).text().equals(",");
        int from = sentenceFinal ? 0 : i + 1;
        int to = sentenceFinal ? holder[0] : t.size();
        out.add(new Found(make(v, voice, holder, from, to), i, holder[0], holder[1]));
      }
    }
    Found headline = colonHolder(v, voice);
    if (headline != null) {
      out.add(headline);
      out.sort(java.util.Comparator.comparingInt(Found::cue));
    }
    if (cite < 0) {
      return out;
    }
    List<Found> withBasis = new ArrayList<>(out.size());
    for (Found f : out) {
      Attribution a = f.attribution();
      withBasis.add(a.from() < cite && a.to() >= cite
          ? new Found(trimmed(v, a, cite).citing(cited), f.cue(), f.holderFrom(), f.holderTo()) : f);
    }
    return withBasis;
  }

  /**
   * The headline form of reported speech: a noun phrase and a colon opening the sentence ("Police:
   * two dead in crash", "GOP Rep: ...") or a colon and a noun phrase closing it ("...: monitor").
   * The noun phrase holds no verb, number or story label ("Update:", "Exclusive:"). Null when the
   * sentence has no such form.
   */
  private Found colonHolder(SentenceView v, SourceVoice voice) {
    List<Token> t = v.tokens;
    int colon = -1;
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).text().equals(":")) {
        colon = i;
        break;
      }
    }
    if (colon < 0) {
      return null;
    }
    int end = t.size();
    while (end > colon + 1 && t.get(end - 1).isPunctuation()) {
      end--;
    }
    if (colon >= 1 && colon <= COLON_HOLDER && end - colon > 3 && speakerPhrase(v, 0, colon)) {
      int[] holder = {firstNounish(v, 0, colon), colon};
      Attribution said = voice.transcript() && !SentenceView.questionerLabel(t)
          ? Attribution.own(t.size()) : make(v, voice, holder, colon + 1, t.size(), false);
      return new Found(said, colon, holder[0], holder[1]);
    }
    int after = end - colon - 1;
    if (colon >= 3 && after >= 1 && after <= COLON_HOLDER - 1 && speakerPhrase(v, colon + 1, end)) {
      int[] holder = {firstNounish(v, colon + 1, end), end};
      return new Found(make(v, voice, holder, 0, colon, false), colon, holder[0], holder[1]);
    }
    return null;
  }

  /** Whether tokens [from, to) are a noun phrase that can name a speaker: nouns and names, its head not a label. */
  private boolean speakerPhrase(SentenceView v, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = v.tokens.get(i);
      boolean det = i == from && t.pos().equals("DET");
      if (!(isNounish(t) || det || t.text().equals("'s") || t.text().equals("\u2019s"))
          || t.text().chars().anyMatch(Character::isDigit)) {
        return false;
      }
    }
    Token head = v.tokens.get(to - 1);
    // "Ebola Hoax: ..." says what the story is, as a label does; no one is named as its speaker.
    return isHolderToken(head) && !lexicon.isLabel(head.key()) && !lexicon.isTemporal(head.key())
        && !lexicon.isRefutation(head.key()) && !lexicon.isDoubt(head.key());
  }

  private static int firstNounish(SentenceView v, int from, int to) {
    int i = from;
    while (i < to - 1 && !isNounish(v.tokens.get(i))) {
      i++;
    }
    return i;
  }

  /** The sources the sentence's own assertion cites, or empty: for the own voice when no attribution covers the content. */
  String ownBasis(SentenceView v) {
    int cite = citingAt(v);
    return cite < 0 ? "" : citedWords(v, cite);
  }

  /**
   * Index of a sourcing verb after a comma ("..., citing X", also after a closing quote: ',"
   * citing') whose object names informants (a name, or an informant noun such as "officials"),
   * else -1: "citing safety concerns" gives a reason, not a source.
   */
  private int citingAt(SentenceView v) {
    for (int i = 2; i < v.tokens.size() - 1; i++) {
      Token tok = v.tokens.get(i);
      if (!lexicon.isSourcing(tok.key()) || !tok.text().toLowerCase(java.util.Locale.ROOT).endsWith("ing")) {
        continue;
      }
      int p = i - 1;
      while (p > 0 && isQuote(v.tokens.get(p).text())) {
        p--;
      }
      if (v.tokens.get(p).text().equals(",") && namesInformants(v, i + 1, clauseEnd(v, i))) {
        return i;
      }
    }
    return -1;
  }

  private boolean namesInformants(SentenceView v, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = v.tokens.get(i);
      if (t.isProperNoun() || (t.pos().equals("NOUN") && lexicon.isInformant(t.key()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuote(String s) {
    return s.equals("\"") || s.equals("\u201d") || s.equals("\u201c") || s.equals("'") || s.equals("\u2019")
        || s.equals("''") || s.equals("``");
  }

  private static int clauseEnd(SentenceView v, int cite) {
    int end = cite + 1;
    while (end < v.tokens.size() && !v.tokens.get(end).text().equals(";")
        && !(v.tokens.get(end).isPunctuation() && end == v.tokens.size() - 1)) {
      end++;
    }
    return end;
  }

  /** The words after a sourcing verb up to the end of its clause, closing punctuation left out. */
  private static String citedWords(SentenceView v, int cite) {
    int end = clauseEnd(v, cite);
    return end > cite + 1 ? v.span(cite + 1, end) : "";
  }

  /** The attribution with its content ending before the comma (and quotes) that open a "citing" phrase. */
  private static Attribution trimmed(SentenceView v, Attribution a, int cite) {
    int p = cite - 1;
    while (p > a.from() && (isQuote(v.tokens.get(p).text()) || v.tokens.get(p).text().equals(","))) {
      p--;
    }
    int to = Math.max(a.from(), Math.min(a.to(), p + 1));
    return new Attribution(a.holder(), a.ownVoice(), a.from(), to, a.holderKeys(), a.citing());
  }

  /** The attribution whose content holds this token: the innermost (latest starting) one. */
  Attribution covering(List<Attribution> all, int tokenIndex, int size) {
    Attribution best = null;
    for (Attribution a : all) {
      if (a.covers(tokenIndex) && (best == null || a.from() >= best.from())) {
        best = a;
      }
    }
    return best == null ? Attribution.own(size) : best;
  }

  private Attribution make(SentenceView v, SourceVoice voice, int[] holder, int from, int to) {
    return make(v, voice, holder, from, to, true);
  }

  /**
   * As {@link #make(SentenceView, SourceVoice, int[], int, int)}; without {@code selfReferences} a
   * word such as "report" or "statement" does not make the holder the source's own voice (in the
   * headline form "Report: ..." it names someone else's report).
   */
  private Attribution make(SentenceView v, SourceVoice voice, int[] holder, int from, int to, boolean selfReferences) {
    String words = v.span(holder[0], holder[1]);
    boolean own = isOwn(v, voice, holder, selfReferences);
    int start = Math.max(0, from);
    return new Attribution(words, own, start, Math.max(start, to), own ? java.util.Set.of() : holderKeys(v, holder), "");
  }

  /** The keys that identify a holder: entity concepts and the keys of its names and nouns, titles left out. */
  private java.util.Set<String> holderKeys(SentenceView v, int[] holder) {
    java.util.Set<String> keys = new java.util.TreeSet<>();
    for (int i = holder[0]; i < holder[1]; i++) {
      Token t = v.tokens.get(i);
      TermUnit u = v.unitAt(i);
      if (u != null && u.isEntity()) {
        keys.addAll(u.keys());
      } else if ((t.isProperNoun() || t.pos().equals("NOUN")) && !lexicon.isTitle(t.key())
          && !lexicon.isStopword(t.key()) && !t.key().isBlank()) {
        keys.add(t.key());
      }
    }
    return keys;
  }

  private boolean isOwn(SentenceView v, SourceVoice voice, int[] holder, boolean selfReferences) {
    for (int i = holder[0]; i < holder[1]; i++) {
      Token t = v.tokens.get(i);
      if (t.pos().equals("PRON") && PERSONAL.contains(t.lemma())) {
        return true;
      }
      TermUnit u = v.unitAt(i);
      if (u != null && u.kind() == TermUnit.Kind.NAME && u.to() - u.from() > 1) {
        // A name of several words is the voice's only as a whole ("Marsh Homes" is not the "Marsh
        // Tenants' Federation"; see SourceVoice.matchesUnit).
        if (voice.matchesUnit(u)) {
          return true;
        }
        continue;
      }
      // "reporter" shares the stem of the self-reference "report" but names a person, not the document.
      if (voice.keys().contains(t.key()) || (selfReferences && lexicon.isSelfReference(t.key()) && !isAgentNoun(t))) {
        return true;
      }
      if (u != null && voice.matches(u.keys())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the speech verb at {@code i} is only asked for: a "to" infinitive after a verb of asking
   * or wanting in its clause ("asked the board to explain why ...", "urged him to deny it"). Nobody
   * has said anything yet.
   */
  private boolean askedFor(SentenceView v, int i) {
    return i >= 2 && v.tokens.get(i - 1).key().equals("to") && v.directiveBefore(lexicon, i - 1, 5) >= 0;
  }

  /** The holder of a speech verb: its subject, or the sentence's subject for ", saying" and "and said". */
  private int holderBefore(SentenceView v, int verb) {
    int p = verb - 1;
    while (p >= 0 && (v.tokens.get(p).pos().equals("ADV") || v.tokens.get(p).pos().equals("AUX")
        || v.tokens.get(p).pos().equals("PART"))) {
      p--;
    }
    if (p < 0) {
      return -1;
    }
    Token prev = v.tokens.get(p);
    if (prev.text().equals(",") || prev.pos().equals("CCONJ")) {
      return firstHolder(v, verb);
    }
    if (verb >= 1 && v.tokens.get(verb - 1).lemma().equals("to")) {
      // "The spokesperson went out of her way on Wednesday to insist that ...": the infinitive's
      // speaker is the subject of its clause, not the nearest noun before it.
      int start = verb;
      while (start > 0 && v.clause[start - 1] == v.clause[verb]) {
        start--;
      }
      // A noun governed by a preposition is no subject: "At this stage it is too early to say ...".
      for (int i = start; i < verb; i++) {
        if (isHolderToken(v.tokens.get(i)) && !lexicon.isTemporal(v.tokens.get(i).key()) && !governed(v, i)) {
          return placedHead(v, i);
        }
      }
      return -1;
    }
    for (int i = p; i >= 0; i--) {
      if (v.clause[i] != v.clause[p] && i < p) {
        break;
      }
      if (isHolderToken(v.tokens.get(i)) && !lexicon.isTemporal(v.tokens.get(i).key())) {
        return placedHead(v, i);
      }
    }
    return -1;
  }

  /** Whether the noun phrase of the word at {@code i} is the object of a preposition ("at this stage"). */
  private static boolean governed(SentenceView v, int i) {
    int k = i - 1;
    while (k >= 0 && isNounish(v.tokens.get(k))) {
      k--;
    }
    if (k >= 0 && (v.tokens.get(k).pos().equals("DET")
        || (v.tokens.get(k).pos().equals("PRON") && POSSESSORS.contains(v.tokens.get(k).lemma())))) {
      k--;
    }
    return k >= 0 && v.tokens.get(k).pos().equals("ADP");
  }

  /** Prepositions that place a speaker without telling whom they speak for ("residents near the plant"). */
  private static final java.util.Set<String> PLACING = java.util.Set.of("near", "outside", "around", "behind",
      "beside", "opposite", "across");

  /**
   * The speaker of "Residents near the plant said": the noun before a placing preposition, when the
   * holder word found is the object of one ("plant" there); else the word found. "A spokesman for the
   * company" and "workers at the plant" keep the company and the plant, by which they speak for it.
   */
  private int placedHead(SentenceView v, int h) {
    int lead = phraseStart(v, v.unitAt(h) == null ? h : v.unitAt(h).from());
    int prep = lead - 1;
    if (prep < 1 || !v.tokens.get(prep).pos().equals("ADP") || !PLACING.contains(v.tokens.get(prep).lemma())
        || v.clause[prep - 1] != v.clause[h]) {
      return h;
    }
    Token before = v.tokens.get(prep - 1);
    return isHolderToken(before) ? prep - 1 : h;
  }

  private int firstHolder(SentenceView v, int limit) {
    for (int i = 0; i < limit; i++) {
      if (isHolderToken(v.tokens.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private int nextHolder(SentenceView v, int from) {
    for (int i = from; i < Math.min(v.tokens.size(), from + 6); i++) {
      if (isHolderToken(v.tokens.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private boolean isHolderToken(Token t) {
    return t.isProperNoun() || t.pos().equals("NOUN")
        || (t.pos().equals("PRON") && PERSONAL.contains(t.lemma()));
  }

  /**
   * The noun phrase around a holder token: adjacent names, nouns and adjectives; through a possessive
   * to the noun it qualifies ("the museum's insurer"), and then to a name set off after it by commas
   * ("the museum's insurer, Halden Mutual," or at the end of the sentence).
   */
  private int[] holderSpan(SentenceView v, int h) {
    List<Token> t = v.tokens;
    TermUnit u = v.unitAt(h);
    int from = u == null ? h : u.from();
    int to = u == null ? h + 1 : u.to();
    while (from > 0 && isNounish(t.get(from - 1))) {
      from--;
    }
    to = nounsFrom(v, to);
    if (to + 1 < t.size() && t.get(to).pos().equals("PART") && t.get(to).text().startsWith("'")
        && isNounish(t.get(to + 1))) {
      to = nounsFrom(v, to + 1);
      int name = to + 1;
      int end = name;
      while (end < t.size() && t.get(end).isProperNoun()) {
        end++;
      }
      boolean setOff = end == t.size() || t.get(end).text().equals(",") || t.get(end).pos().equals("PUNCT");
      if (to < t.size() && t.get(to).text().equals(",") && end > name && setOff) {
        to = end;
      }
    }
    return new int[] {from, to};
  }

  /**
   * Where the noun phrase of a holder starting at {@code from} begins with its determiners and
   * possessors: "the spokesman", "the museum's spokesman", "its director".
   */
  private static int phraseStart(SentenceView v, int from) {
    int at = from;
    while (at > 0) {
      Token b = v.tokens.get(at - 1);
      boolean possessive = b.pos().equals("PART") && b.text().startsWith("'");
      if (b.pos().equals("DET") || possessive || (b.pos().equals("PRON") && POSSESSORS.contains(b.lemma()))
          || isNounish(b)) {
        at--;
      } else {
        break;
      }
    }
    return at;
  }

  private static final java.util.Set<String> POSSESSORS = java.util.Set.of("his", "her", "its", "their", "our", "my",
      "your");

  /**
   * The end of the run of nouns, names and adjectives from {@code at}, not taking an attribution verb
   * (a headline's "Police Says" tagged as nouns); a noun for the one who does it ("reporter", whose
   * stem is that of "report") is taken.
   */
  private int nounsFrom(SentenceView v, int at) {
    int to = at;
    while (to < v.tokens.size() && isNounish(v.tokens.get(to))
        && (!lexicon.isAttribution(v.tokens.get(to).key()) || isAgentNoun(v.tokens.get(to)))) {
      to++;
    }
    return to;
  }

  private static boolean isAgentNoun(Token t) {
    return t.pos().equals("NOUN") && (t.lemma().endsWith("er") || t.lemma().endsWith("or"));
  }

  private static boolean isNounish(Token t) {
    return t.isProperNoun() || t.pos().equals("NOUN") || t.pos().equals("ADJ");
  }

  private static int nextClauseStart(SentenceView v, int from) {
    for (int i = from; i < v.tokens.size(); i++) {
      if (v.clause[i] != v.clause[Math.max(0, from - 1)]) {
        return i;
      }
    }
    return from;
  }
}
