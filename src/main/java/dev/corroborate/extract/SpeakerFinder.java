package dev.corroborate.extract;

import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.AssertionCues;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnit;
import dev.corroborate.stance.ReportedSpeech;
import java.util.List;
import java.util.Set;

/**
 * Who asserts a piece of a sentence, on the stance stage's reported-speech rules ({@link
 * ReportedSpeech}), made stricter for extraction: the reported content must be a clause (after
 * "that", a colon or a quotation mark, or a bare clause after "said"-like verbs), a denied or
 * declined saying ("did not say whether") reports nothing, and the holder of a participle (",
 * insisting that") is the sentence's subject. Stateless.
 */
final class SpeakerFinder {
  private static final Set<String> OPENING_QUOTES = Set.of("\u201c", "\"", "\u2018", "'");
  private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they");
  private static final int SEARCH = 8;

  private final Lexicon lexicon;
  private final AssertionCues cues;

  SpeakerFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.cues = lexicon.assertionCues();
  }

  /**
   * Reported content in a piece of a sentence.
   *
   * @param contentFrom first token of what is reported
   * @param contentTo   index after its last token
   * @param holderFrom  first token of the holder's words (a preceding "the" and possessor included)
   * @param holderTo    index after the holder's words
   * @param pronoun     true when the holder is "he", "she" or "they" (to resolve from earlier sentences)
   * @param ownVoice    true when the holder is "I" or "we": the writer's own voice, no speaker
   * @param mainTo      for ", insisting that ...": the end of the main clause before the comma, an
   *                    assertion of its own; -1 otherwise
   */
  record Reported(int contentFrom, int contentTo, int holderFrom, int holderTo, boolean pronoun,
      boolean ownVoice, int mainTo) {}

  /**
   * The reported content of this piece, or null when it reports no one's words. When the content
   * itself opens with someone's saying ("The statement added: Trump said ..."), that inner speaker
   * and content are taken: they are the more precise.
   */
  Reported find(List<Token> tokens, List<TermUnit> units, List<ReportedSpeech.Speech> speeches, int from, int to) {
    Reported outer = outer(tokens, units, speeches, from, to);
    if (outer == null) {
      return null;
    }
    for (ReportedSpeech.Speech s : speeches) {
      if (s.holderFrom() == outer.contentFrom() && s.cue() >= s.holderTo() && s.cue() < outer.contentTo()
          && onlyGlueBetween(tokens, s.holderTo(), s.cue())) {
        Reported inner = outer(tokens, units, List.of(s), outer.contentFrom(), outer.contentTo());
        if (inner != null && !inner.ownVoice() && !inner.pronoun()) {
          return inner;
        }
      }
    }
    return outer;
  }

  private Reported outer(List<Token> tokens, List<TermUnit> units, List<ReportedSpeech.Speech> speeches, int from, int to) {
    for (ReportedSpeech.Speech s : speeches) {
      if (s.cue() < from || s.cue() >= to || denied(tokens, s)) {
        continue;
      }
      int[] content = trailing(tokens, s, from, to);
      if (content == null) {
        content = content(tokens, s, from, to);
      }
      if (content == null || !hasVerb(tokens, content[0], content[1])) {
        continue;
      }
      int[] holder = {s.holderFrom(), s.holderTo()};
      int mainTo = -1;
      int before = s.cue() - 1;
      while (before > from && isGlue(tokens.get(before))) {
        before--;
      }
      if (before > from && (tokens.get(before).text().equals(",") || tokens.get(before).pos().equals("CCONJ"))) {
        int[] subject = subject(tokens, units, from, s.cue());
        if (subject != null) {
          holder = subject;
        }
        if (tokens.get(before).text().equals(",") && content[0] > s.cue() && hasVerb(tokens, holder[1], before)) {
          mainTo = before;
        }
      } else if (isTemporal(tokens, holder)) {
        int[] subject = subject(tokens, units, from, s.cue());
        if (subject == null) {
          continue;
        }
        holder = subject;
      }
      holder = widen(tokens, holder, s.cue(), content[0]);
      Token h = tokens.get(holder[0]);
      boolean single = holder[1] - holder[0] == 1 && h.pos().equals("PRON");
      boolean pronoun = single && THIRD_PERSON.contains(h.lemma());
      boolean own = single && cues.firstPerson().contains(h.lemma());
      return new Reported(content[0], content[1], holder[0], holder[1], pronoun, own, mainTo);
    }
    return null;
  }

  /** "did not say", "declined to say", "did not say whether": the saying reports nothing. */
  private boolean denied(List<Token> tokens, ReportedSpeech.Speech s) {
    for (int i = Math.max(s.holderTo(), s.cue() - 3); i < s.cue(); i++) {
      Token t = tokens.get(i);
      if (lexicon.isNegation(t.lemma()) || lexicon.isDecline(t.key())) {
        return true;
      }
    }
    int after = s.cue() + 1;
    return after < tokens.size() && (tokens.get(after).lemma().equals("whether") || tokens.get(after).lemma().equals("if"));
  }

  /**
   * "..., the ministry said.": a speech verb at the end of the piece after its holder, which follows
   * a comma; the content is what comes before the comma. Null when the piece is not so.
   */
  private int[] trailing(List<Token> tokens, ReportedSpeech.Speech s, int from, int to) {
    int end = to;
    while (end > from && tokens.get(end - 1).isPunctuation()) {
      end--;
    }
    if (s.cue() != end - 1) {
      return null;
    }
    int h = s.holderFrom();
    if (h > from && tokens.get(h - 1).pos().equals("DET")) {
      h--;
    }
    if (h - 1 <= from || !tokens.get(h - 1).text().equals(",")) {
      return null;
    }
    int[] content = {from, h - 1};
    while (content[0] < content[1] && tokens.get(content[0]).isPunctuation()) {
      content[0]++;
    }
    return content[1] - content[0] >= 2 ? content : null;
  }

  /** [from, to) of the reported words inside the piece, or null when there is no clause to report. */
  private int[] content(List<Token> tokens, ReportedSpeech.Speech s, int from, int to) {
    int cf = Math.max(from, s.attribution().from());
    int ct = Math.min(to, s.attribution().to());
    if (s.attribution().from() > s.cue() && s.cue() > s.holderFrom()) {
      cf = clauseAfter(tokens, s.cue(), ct);
      if (cf < 0) {
        return null;
      }
    }
    while (cf < ct && (tokens.get(cf).isPunctuation() || tokens.get(cf).lemma().equals("that"))) {
      cf++;
    }
    while (ct > cf && tokens.get(ct - 1).isPunctuation()) {
      ct--;
    }
    return ct - cf >= 2 ? new int[] {cf, ct} : null;
  }

  /**
   * Where the reported clause after a speech verb starts: after "that", a colon or an opening quote
   * within a few words (an object or a phrase may come first: "told reporters:", "said during the
   * briefing that"), or right after a "said"-like verb when a clause follows; -1 when none.
   */
  private int clauseAfter(List<Token> tokens, int cue, int limit) {
    for (int i = cue + 1; i < Math.min(limit, cue + 1 + SEARCH); i++) {
      Token t = tokens.get(i);
      boolean quote = OPENING_QUOTES.contains(t.text())
          && (i == cue + 1 || tokens.get(i - 1).text().equals(":") || tokens.get(i - 1).text().equals(","));
      if (t.lemma().equals("that") && (t.pos().equals("SCONJ") || t.pos().equals("PRON"))
          || t.text().equals(":") || quote) {
        return i + 1;
      }
      if (t.pos().equals("VERB") || t.pos().equals("AUX") || t.text().equals(",") || t.pos().equals("PART")) {
        break;
      }
    }
    String verb = tokens.get(cue).lemma();
    if (cues.bareSpeechVerbs().contains(verb) && startsClause(tokens, cue + 1)) {
      return cue + 1;
    }
    return -1;
  }

  /** A noun phrase with a noun, name or pronoun in it, then a verb. */
  private static boolean startsClause(List<Token> tokens, int at) {
    boolean head = false;
    for (int k = at; k < Math.min(tokens.size(), at + SEARCH); k++) {
      Token t = tokens.get(k);
      switch (t.pos()) {
        case "NOUN", "PROPN", "PRON", "NUM" -> head = true;
        case "DET", "ADJ", "PART", "ADV" -> { }
        case "AUX", "VERB" -> {
          return head;
        }
        default -> {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * The subject of the sentence's main clause: the first name or entity after an opening adverbial
   * ("On the same day, ..."), and after a possessor ("Riverton's ... Ruiz" gives Ruiz); null if none.
   */
  private int[] subject(List<Token> tokens, List<TermUnit> units, int from, int cue) {
    int start = from;
    Token first = tokens.get(from);
    if (first.pos().equals("ADP") || first.pos().equals("ADV") || first.pos().equals("SCONJ")) {
      for (int i = from; i < cue; i++) {
        if (tokens.get(i).text().equals(",")) {
          start = i + 1;
          break;
        }
      }
    }
    for (int u = 0; u < units.size(); u++) {
      TermUnit unit = units.get(u);
      if (unit.from() < start || unit.to() > cue || !unit.isEntity()) {
        continue;
      }
      if (unit.to() < tokens.size() && isPossessive(tokens.get(unit.to())) && u + 1 < units.size()
          && units.get(u + 1).isEntity() && units.get(u + 1).to() <= cue) {
        TermUnit owned = units.get(u + 1);
        return new int[] {owned.from(), owned.to()};
      }
      return new int[] {unit.from(), unit.to()};
    }
    return null;
  }

  /**
   * The holder with "the", a possessor ("China's"), "of" phrases ("Ministry of Foreign Affairs") and
   * the nouns after it ("the police report", where "report" is also a speech verb), up to the cue or
   * the content.
   */
  private static int[] widen(List<Token> tokens, int[] holder, int cue, int contentFrom) {
    int t = holder[1];
    while (t < tokens.size() && t != cue && t < contentFrom
        && (tokens.get(t).pos().equals("NOUN") || tokens.get(t).isProperNoun())) {
      t++;
    }
    int f = holder[0];
    boolean grown = true;
    while (grown) {
      grown = false;
      if (f >= 2 && tokens.get(f - 1).lemma().equals("of") && isNamey(tokens.get(f - 2))) {
        f -= 2;
        grown = true;
      } else if (f >= 2 && isPossessive(tokens.get(f - 1)) && tokens.get(f - 2).isProperNoun()) {
        f -= 2;
        grown = true;
      }
      while (f > 0 && isNamey(tokens.get(f - 1))) {
        f--;
        grown = true;
      }
    }
    if (f > 0 && tokens.get(f - 1).pos().equals("DET") && tokens.get(f - 1).lemma().equals("the")) {
      f--;
    }
    return new int[] {f, t};
  }

  private static boolean onlyGlueBetween(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isGlue(tokens.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNamey(Token t) {
    return t.isProperNoun() || t.pos().equals("NOUN") || t.pos().equals("ADJ");
  }

  private static boolean isPossessive(Token t) {
    String s = t.text().replace('\u2019', '\'');
    return s.equals("'s") || s.equals("'");
  }

  private static boolean isGlue(Token t) {
    return t.pos().equals("ADV") || t.pos().equals("AUX") || t.pos().equals("PART");
  }

  private boolean isTemporal(List<Token> tokens, int[] holder) {
    for (int i = holder[0]; i < holder[1]; i++) {
      if (lexicon.isTemporal(tokens.get(i).key()) || tokens.get(i).pos().equals("NUM")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasVerb(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).pos().equals("VERB") || tokens.get(i).pos().equals("AUX")) {
        return true;
      }
    }
    return false;
  }
}
