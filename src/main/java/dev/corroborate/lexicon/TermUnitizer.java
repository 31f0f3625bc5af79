package dev.corroborate.lexicon;

import dev.corroborate.analysis.CalendarDays;
import dev.corroborate.analysis.ClockTimes;
import dev.corroborate.analysis.Compounds;
import dev.corroborate.analysis.Stemmer;
import dev.corroborate.analysis.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups tokens into {@link TermUnit}s: alias phrases first (longest match), then runs of proper
 * nouns as names, then single content words with their synonym groups. Thread-safe.
 */
public final class TermUnitizer {
  private final Lexicon lexicon;
  private final AliasTable aliases;

  public TermUnitizer(Lexicon lexicon, AliasTable aliases) {
    this.lexicon = lexicon;
    this.aliases = aliases;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public AliasTable aliases() {
    return aliases;
  }

  public List<TermUnit> units(List<Token> tokens) {
    List<TermUnit> out = new ArrayList<>();
    // A word that forms a compound with its neighbour also matches the compound written as one word.
    String[] compound = new String[tokens.size()];
    String[] compoundBefore = new String[tokens.size()];
    for (int k = 0; k < tokens.size(); k++) {
      int partner = Compounds.partner(tokens, k);
      if (partner >= 0) {
        compound[k] = Compounds.key(tokens.get(k), tokens.get(partner));
        compoundBefore[partner] = compound[k];
      }
    }
    // The content-word particle of a phrasal verb ("place" in "took place") is part of the verb.
    boolean[] particle = new boolean[tokens.size()];
    for (int k = 0; k < tokens.size(); k++) {
      int p = lexicon.phrasalParticle(tokens, k);
      if (p >= 0) {
        particle[p] = true;
      }
    }
    int i = 0;
    while (i < tokens.size()) {
      if (particle[i]) {
        i++;
        continue;
      }
      int aliasEnd = matchAlias(tokens, i, out);
      if (aliasEnd > i) {
        i = aliasEnd;
        continue;
      }
      Token t = tokens.get(i);
      ClockTimes.Time time = ClockTimes.at(tokens, i);
      if (time != null && Character.isDigit(t.text().charAt(0))) {
        // "4.45 pm" is one time, the same as "16:45".
        out.add(new TermUnit(i, i + time.length(), TermUnit.Kind.NUMBER, Set.of(t.key(), ClockTimes.key(time)),
            Token.join(tokens, i, i + time.length()), t.key()));
        i += time.length();
        continue;
      }
      if (lexicon.isTemporal(t.key()) && (t.isProperNoun() || lexicon.isCalendarName(t))) {
        out.add(new TermUnit(i, i + 1, TermUnit.Kind.NUMBER, Set.of(t.key()), t.text(), t.key()));
        i++;
        continue;
      }
      if (t.isProperNoun()) {
        int j = i;
        while (j < tokens.size() && tokens.get(j).isProperNoun() && startingAliasAt(tokens, j) == 0
            && !lexicon.isTemporal(tokens.get(j).key())) {
          j++;
        }
        if (j == i) {
          j = i + 1;
        }
        out.add(name(tokens, i, j));
        i = j;
        continue;
      }
      if (t.isContent() || (t.pos().equals("ADV") && lexicon.isDirection(t.key())) || oppositeManner(t)) {
        Set<String> keys = new HashSet<>();
        keys.add(t.key());
        keys.addAll(lexicon.synonymGroups(t.key()));
        String surface = Stemmer.key(t.text());
        if (!t.pos().equals("NUM")) {
          keys.add(surface);
          keys.addAll(lexicon.synonymGroups(surface));
        }
        if (Compounds.joins(t)) {
          keys.add(Compounds.wholeKey(surface));
        }
        keys.addAll(lexicon.phrasalKeys(tokens, i));
        keys.addAll(lexicon.passiveKeys(tokens, i));
        if (compound[i] != null) {
          keys.add(compound[i]);
        }
        if (compoundBefore[i] != null) {
          keys.add(compoundBefore[i]);
        }
        if (time != null) {
          keys.add(ClockTimes.key(time));
        }
        Integer day = CalendarDays.dayOrdinal(tokens, i);
        if (day != null) {
          // "the first of March" is "1 March".
          keys.add(String.valueOf(day));
        }
        TermUnit.Kind kind = t.isVerb() ? TermUnit.Kind.VERB
            : t.pos().equals("NUM") ? TermUnit.Kind.NUMBER : TermUnit.Kind.WORD;
        out.add(new TermUnit(i, i + 1, kind, keys, t.text(), t.key()));
      }
      i++;
    }
    return out;
  }

  private TermUnit name(List<Token> tokens, int from, int to) {
    Set<String> keys = new HashSet<>();
    StringBuilder display = new StringBuilder();
    String head = "";
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      display.append(k > from ? " " : "").append(t.text());
      if (!lexicon.isTitle(t.key())) {
        keys.add(t.key());
        head = t.key();
      }
    }
    if (keys.isEmpty()) {
      keys.add(tokens.get(to - 1).key());
      head = tokens.get(to - 1).key();
    }
    String acronym = acronym(tokens, from, to, lexicon);
    if (acronym != null) {
      keys.add(ACRONYM + acronym);
    }
    return new TermUnit(from, to, TermUnit.Kind.NAME, keys, display.toString(), head);
  }

  /**
   * Prefix of the key that a name and its initials share: "OWR" and "Office of Water Regulation"
   * both have "@acr:owr", so either matches the other wherever a name is looked for.
   */
  public static final String ACRONYM = "@acr:";
  /**
   * Words that join a capitalised word to the name after it, both spelled by the initials ("Office
   * of" before "Water Regulation").
   */
  public static final Set<String> INITIALED_JOINTS = Set.of("of", "for");
  /** Words a name's initials leave out ("Office of Water Regulation": OWR). */
  private static final Set<String> UNINITIALED = Set.of("of", "for", "and", "the", "&");

  /**
   * The lower-cased initials of a name: a word of three to six capitals is its own ("OWR"); a name of
   * words gives its capitalised words' first letters, with a capitalised word and "of" or "for" before
   * it ("Office of" before "Water Regulation"), when they are three or more, so that two people's
   * names ("Marla Quist") share none; null otherwise, and for a name with a title ("President").
   */
  private static String acronym(List<Token> tokens, int from, int to, Lexicon lexicon) {
    if (to - from == 1) {
      String w = tokens.get(from).text();
      return w.length() >= 3 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase)
          ? w.toLowerCase(java.util.Locale.ROOT) : null;
    }
    if (from > 0 && lexicon.isTitle(tokens.get(from - 1).key())) {
      return null;
    }
    int start = from;
    while (start >= 2 && INITIALED_JOINTS.contains(tokens.get(start - 1).key())
        && capitalised(tokens.get(start - 2))) {
      start -= 2;
    }
    StringBuilder out = new StringBuilder();
    for (int k = start; k < to; k++) {
      Token t = tokens.get(k);
      if (UNINITIALED.contains(t.key())) {
        continue;
      }
      if (!capitalised(t) || lexicon.isTitle(t.key())) {
        return null;
      }
      out.append(Character.toLowerCase(t.text().charAt(0)));
    }
    return out.length() >= 3 ? out.toString() : null;
  }

  private static boolean capitalised(Token t) {
    return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
  }

  private int startingAliasAt(List<Token> tokens, int i) {
    Token first = tokens.get(i);
    if (first.pos().equals("PRON") || first.pos().equals("DET")) {
      return 0;
    }
    for (AliasTable.Phrase p : aliases.startingWith(first.key())) {
      if (matches(tokens, i, p.keys())) {
        return p.keys().size();
      }
    }
    return 0;
  }

  private int matchAlias(List<Token> tokens, int i, List<TermUnit> out) {
    Token first = tokens.get(i);
    if (first.pos().equals("PRON") || first.pos().equals("DET")) {
      return i;
    }
    for (AliasTable.Phrase p : aliases.startingWith(first.key())) {
      if (matches(tokens, i, p.keys())) {
        int end = i + p.keys().size();
        StringBuilder display = new StringBuilder();
        for (int k = i; k < end; k++) {
          display.append(k > i ? " " : "").append(tokens.get(k).text());
        }
        out.add(new TermUnit(i, end, TermUnit.Kind.ENTITY, Set.of(p.concept()), display.toString(), p.concept()));
        return end;
      }
    }
    return i;
  }

  private static boolean matches(List<Token> tokens, int i, List<String> keys) {
    if (i + keys.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < keys.size(); k++) {
      if (!tokens.get(i + k).key().equals(keys.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Every key a claim unit could match in these tokens: all unit keys and all token keys. */
  public Set<String> matchableKeys(List<Token> tokens, List<TermUnit> units) {
    Set<String> keys = new HashSet<>();
    for (Token t : tokens) {
      keys.add(t.key());
      keys.addAll(lexicon.synonymGroups(t.key()));
    }
    for (TermUnit u : units) {
      keys.addAll(u.keys());
    }
    return keys;
  }

  /**
   * An adverb of manner in "-ly" that has an opposite in the lexicon ("permanently", "temporarily"):
   * it says how the action is done, and a passage with its opposite does it the other way.
   */
  private boolean oppositeManner(Token t) {
    return t.pos().equals("ADV") && t.text().toLowerCase(java.util.Locale.ROOT).endsWith("ly")
        && !lexicon.antonyms(t.key()).isEmpty();
  }
}
