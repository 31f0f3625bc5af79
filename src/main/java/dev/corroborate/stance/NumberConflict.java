package dev.corroborate.stance;

import dev.corroborate.analysis.CalendarDays;
import dev.corroborate.analysis.ClockTimes;
import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.analysis.Stemmer;
import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Incompatible numbers or dates. A quantity is a number with the word it counts (the next noun,
 * adjective or verb within two words: "12 injured", "12 people", "3 bridges"), read as a range with
 * the words before it: "more than 3,000" and "over 3,000" are above 3,000, "at least" from it, "fewer
 * than", "under" below it, "up to" and "at most" to it, "nearly" and "almost" within 15 % below it,
 * "about", "around", "some", "roughly", "approximately" and "an estimated" within 15 % either side, a
 * round number of a hundred or more with none of these within 1 % ("$5,000" for "$4,999"). A
 * date is a day number next to a month name ("24 November", "November 24"). Two texts conflict when
 * every range they give for the same counted word is disjoint ("about 1,200 workers" against "more
 * than 3,000 workers"), or they give different days of the same month; the caller checks that both
 * are about the same event (the stance engine: the claim's action is matched; conflict discovery: the
 * passages share the predicate). Days of the week, years and months conflict the same way ("on
 * Wednesday" against "on Tuesday", "in 2007" against "in 2017", "on March 30" against "in October")
 * when the claim's is nowhere in the passage. Numbers written as words ("twelve") are read too.
 * Stateless and thread-safe.
 */
public final class NumberConflict {
  /**
   * A number as a range (from {@code low} to {@code high}), what it counts (the counted word's key) and
   * its words; {@code whole} for the total of a part ("four" in "two of the four stations"), which is not
   * the count of what the sentence says.
   */
  record Quantity(double value, double low, double high, String counted, String words, int at, boolean whole) {
    /** Whether this is a day of a month ("24 November") rather than a count. */
    boolean date() {
      return counted.startsWith(DATE);
    }

    boolean overlaps(Quantity o) {
      return low <= o.high && o.low <= high;
    }
  }

  /** Share of a round number (a hundred or more, no bounding words) that it stands for either side. */
  private static final double ROUNDING = 0.01;

  /** Share of a value that "about" and "nearly" allow. */
  private static final double APPROXIMATE = 0.15;
  /** Share either side of an approximate claim number within which another number gives it. */
  private static final double AGREEING = 0.05;

  private static final List<String> SMALL = List.of("zero", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
      "seventeen", "eighteen", "nineteen", "twenty");

  private final Lexicon lexicon;

  public NumberConflict(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The first incompatible quantity or date of the passage against the claim, as a cue. */
  public Optional<Cue> find(List<Token> claim, List<Token> passage) {
    return find(claim, passage, at -> true);
  }

  /**
   * The first incompatible quantity or date of the passage whose number's token position passes
   * {@code where} (the stance engine: in the clause of the claim's action, so that "said at her 25
   * May briefing that ..." is not read as the date of what was said), as a cue.
   */
  public Optional<Cue> find(List<Token> claim, List<Token> passage, java.util.function.IntPredicate where) {
    Optional<Cue> tally = otherTally(claim, passage, where);
    if (tally.isPresent()) {
      return tally;
    }
    List<Quantity> mine = quantities(claim).stream().filter(q -> !q.whole()).toList();
    // A number set aside as a correction is not the passage's own; set against the claim's, it
    // contradicts it ("£2.8 million, not the sum of more than £4 million that has been reported").
    List<Quantity> all = new ArrayList<>();
    for (Quantity q : quantities(passage)) {
      int not = correctedAt(passage, q.at());
      if (not < 0) {
        all.add(q);
        continue;
      }
      for (Quantity m : mine) {
        if (where.test(q.at()) && !q.whole() && m.counted().equals(q.counted()) && m.overlaps(q)) {
          return Optional.of(new Cue(Cue.Kind.NUMBER_MISMATCH, "not ... " + q.words(), String.format(Locale.ROOT,
              "sets aside the claim's number ('%s ... %s'), where the claim has '%s'", passage.get(not).text(), q.words(),
              m.words())));
        }
      }
    }
    List<Quantity> theirs = all.stream().filter(q -> !q.whole() && where.test(q.at()) && !timePoint(passage, q)).toList();
    // Amounts with nothing but a currency to say what they count are compared only one to one: a
    // sentence with several prices ("$349 for the basic model, $549 for steel") does not say which
    // price is the claim's.
    if (amounts(mine) > 1 || amounts(theirs) > 1 || !sharesNoun(claim, passage, where)) {
      mine = mine.stream().filter(q -> !q.counted().startsWith(CURRENCY)).toList();
      theirs = theirs.stream().filter(q -> !q.counted().startsWith(CURRENCY)).toList();
    }
    java.util.Set<Integer> wholes = new java.util.HashSet<>();
    all.stream().filter(Quantity::whole).forEach(q -> wholes.add(q.at()));
    java.util.Set<Double> numbersThere = new java.util.HashSet<>();
    for (int i = 0; i < passage.size(); i++) {
      Double v = wholes.contains(i) ? null : value(passage.get(i));
      if (v != null) {
        numbersThere.add(v);
      }
    }
    for (Quantity q : theirs) {
      // The claim's own number elsewhere in the passage ("two of the four stations"; "At $420
      // million, Corvex is paying 12 times the revenue of $35 million") is not contradicted.
      boolean compatible = mine.stream().anyMatch(m -> m.counted().equals(q.counted())
          && (m.overlaps(q) || numbersThere.contains(m.value())
              || all.stream().anyMatch(a -> !a.whole() && a.counted().equals(m.counted()) && m.overlaps(a))));
      if (compatible) {
        continue;
      }
      for (Quantity m : mine) {
        if (m.counted().equals(q.counted())) {
          boolean date = q.date();
          return Optional.of(new Cue(Cue.Kind.NUMBER_MISMATCH, q.words(), String.format(Locale.ROOT,
              "%s '%s' where the claim has '%s'", date ? "date" : "number", q.words(), m.words())));
        }
      }
    }
    Optional<Cue> day = otherWeekday(claim, passage, where);
    if (day.isEmpty()) {
      day = otherClockTime(claim, passage, where);
    }
    if (day.isEmpty()) {
      day = otherDuration(claim, passage, where);
    }
    if (day.isEmpty()) {
      day = otherTime(claim, passage, where, "year", NumberConflict::year, Integer::parseInt);
    }
    if (day.isEmpty()) {
      day = otherTime(claim, passage, where, "month", this::monthOnly, k -> MONTH_ORDER.getOrDefault(k, -1));
    }
    if (day.isPresent()) {
      return day;
    }
    Optional<Cue> share = partOfWhole(claim, passage, where);
    if (share.isEmpty()) {
      share = partOfAll(claim, passage, where);
    }
    if (share.isEmpty()) {
      share = morePeople(claim, passage, mine, theirs, numbersThere);
    }
    return share.isPresent() ? share : countedOtherwise(claim, passage, where, mine, theirs, all, numbersThere);
  }

  /**
   * More of a kind of people than the claim counts people, for the same action: "Thirty-one students
   * were arrested" against "Seventeen people were arrested". Only when the passage's number is above every value the
   * claim's allows ("more than 17 people" allows any) and the claim's number is nowhere in the
   * passage; fewer ("three journalists") may be some of the claim's people.
   */
  private Optional<Cue> morePeople(List<Token> claim, List<Token> passage, List<Quantity> mine, List<Quantity> theirs,
      java.util.Set<Double> numbersThere) {
    for (Quantity m : mine) {
      String action = m.date() ? null : actionOf(claim, m.at());
      if (action == null || !lexicon.isPeopleNoun(m.counted()) || numbersThere.contains(m.value())) {
        continue;
      }
      for (Quantity q : theirs) {
        if (!q.date() && !q.counted().startsWith(CURRENCY) && !q.counted().equals("percent")
            && !q.counted().equals(m.counted()) && q.low() > m.high() && action.equals(actionOf(passage, q.at()))) {
          return Optional.of(new Cue(Cue.Kind.NUMBER_MISMATCH, q.words(), String.format(Locale.ROOT,
              "number '%s', more than the claim's '%s'", q.words(), m.words())));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The position of the "not" that sets aside the number at {@code at} as a correction: ", not" or
   * "; not" with at most six words between it and the number, none of them a verb ("2.8 million,
   * not the sum of more than 4 million"); -1 when there is none. "not more than 40" is a bound, not
   * a correction, as it follows no comma.
   */
  static int correctedAt(List<Token> passage, int at) {
    for (int k = at - 1; k >= Math.max(1, at - 7); k--) {
      Token t = passage.get(k);
      if (t.key().equals("not")) {
        String before = passage.get(k - 1).text();
        return before.equals(",") || before.equals(";") || before.equals("\u2014") ? k : -1;
      }
      if (t.isVerb() || t.pos().equals("AUX") || t.pos().equals("PUNCT")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A count of two sides: "23 votes to 19", "by 23 to 19", "a 3-1 win"; not a change ("from 2 to 3")
   * nor amounts of money.
   *
   * @param first  the first side's number
   * @param second the second side's number
   * @param noun   the key of the noun after the first number ("vote"), or "" if none
   * @param words  the words as written
   */
  private record Tally(double first, double second, String noun, int at, String words) {
    boolean same(Tally o) {
      return (first == o.first && second == o.second) || (first == o.second && second == o.first);
    }
  }

  private static final java.util.regex.Pattern JOINED_TALLY = java.util.regex.Pattern.compile("(\\d+)[-\u2013](\\d+)");

  private static final java.util.regex.Pattern DASHED = java.util.regex.Pattern.compile("[-\u2013](\\d+)");

  /** The tallies of these tokens, in order. */
  private static List<Tally> tallies(List<Token> t) {
    List<Tally> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      java.util.regex.Matcher joined = JOINED_TALLY.matcher(t.get(i).text());
      if (joined.matches()) {
        out.add(new Tally(Double.parseDouble(joined.group(1)), Double.parseDouble(joined.group(2)), "", i,
            t.get(i).text()));
        continue;
      }
      Double a = value(t.get(i));
      if (a == null || i > 0 && t.get(i - 1).key().equals("from") || currency(t, i) != null) {
        // "from \u00a32 to \u00a32.60" is a change, and an amount no side's count.
        continue;
      }
      java.util.regex.Matcher dashed = DASHED.matcher(i + 1 < t.size() ? t.get(i + 1).text() : "");
      if (dashed.matches()) {
        // "23-19", tokenized "23" "-19".
        out.add(new Tally(a, Double.parseDouble(dashed.group(1)), "", i, SentenceView.text(t, i, i + 2)));
        continue;
      }
      int k = i + 1;
      String noun = "";
      if (k < t.size() && t.get(k).pos().equals("NOUN")) {
        noun = t.get(k).key();
        k++;
      }
      if (k + 1 < t.size() && (t.get(k).lemma().equals("to") || t.get(k).text().equals("-")
          || t.get(k).text().equals("\u2013"))) {
        Double b = value(t.get(k + 1));
        if (b != null && ClockTimes.at(t, k + 1) == null) {
          out.add(new Tally(a, b, noun, i, SentenceView.text(t, i, k + 2)));
        }
      }
    }
    return out;
  }

  /**
   * Another tally for the same count: "passed by 23 votes to 18" against the claim's "by 23 votes to
   * 19". None of the passage's tallies may be the claim's (either way round), the passage's must
   * pass {@code where}, and where both name what they count it must be the same thing.
   */
  private static Optional<Cue> otherTally(List<Token> claim, List<Token> passage, java.util.function.IntPredicate where) {
    List<Tally> mine = tallies(claim);
    if (mine.isEmpty()) {
      return Optional.empty();
    }
    List<Tally> theirs = tallies(passage);
    if (theirs.stream().anyMatch(t -> mine.stream().anyMatch(t::same))) {
      return Optional.empty();
    }
    for (Tally t : theirs) {
      for (Tally m : mine) {
        if (where.test(t.at()) && (t.noun().isEmpty() || m.noun().isEmpty() || t.noun().equals(m.noun()))) {
          return Optional.of(new Cue(Cue.Kind.NUMBER_MISMATCH, t.words(), String.format(Locale.ROOT,
              "tally '%s' where the claim has '%s'", t.words(), m.words())));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Only some of what the claim says all of: "60,000 of the 90,000 homes" against the claim's "all
   * homes" (or "every home"). The passage's count is smaller than its whole, and counts the noun the
   * claim quantifies, in a position that passes {@code where}.
   */
  private Optional<Cue> partOfAll(List<Token> claim, List<Token> passage, java.util.function.IntPredicate where) {
    String noun = null;
    String claimWords = null;
    for (int i = 0; i + 1 < claim.size() && noun == null; i++) {
      if (!lexicon.isUniversalQuantifier(claim.get(i).lemma())) {
        continue;
      }
      for (int k = i + 1; k < claim.size(); k++) {
        Token t = claim.get(k);
        if (t.pos().equals("NOUN")) {
          noun = t.key();
          claimWords = SentenceView.text(claim, i, k + 1);
          break;
        }
        if (!(t.pos().equals("DET") || t.pos().equals("ADJ"))) {
          break;
        }
      }
    }
    if (noun == null) {
      return Optional.empty();
    }
    for (int y = 0; y + 2 < passage.size(); y++) {
      Double part = value(passage.get(y));
      if (part == null || !where.test(y) || !passage.get(y + 1).key().equals("of")) {
        continue;
      }
      int b = y + 2;
      if (b < passage.size() && passage.get(b).pos().equals("DET")) {
        b++;
      }
      Double whole = b < passage.size() ? value(passage.get(b)) : null;
      int n = b + 1;
      while (n < passage.size() && passage.get(n).pos().equals("ADJ")) {
        n++;
      }
      if (whole != null && part < whole && n < passage.size() && passage.get(n).key().equals(noun)) {
        String words = SentenceView.text(passage, y, n + 1);
        return Optional.of(new Cue(Cue.Kind.NUMBER_MISMATCH, words, String.format(Locale.ROOT,
            "'%s', only some of them, where the claim has '%s'", words, claimWords)));
      }
    }
    return Optional.empty();
  }

  /** Adverbs that make an action whole: "fully contained", "completely destroyed". */
  private static final java.util.Set<String> WHOLLY = java.util.Set.of("fully", "completely", "entirely", "totally",
      "wholly");
  /** Adverbs that make it partial. */
  private static final java.util.Set<String> PARTLY = java.util.Set.of("partially", "partly", "half");

  /**
   * Only a share of an action the claim says was whole: "35 percent contained" or "partly contained"
   * against the claim's "fully contained". The share must come right before the same verb or
   * adjective, in a position that passes {@code where}.
   */
  private static Optional<Cue> partOfWhole(List<Token> claim, List<Token> passage, java.util.function.IntPredicate where) {
    String whole = null;
    String claimWords = null;
    for (int i = 0; i + 1 < claim.size(); i++) {
      Token next = claim.get(i + 1);
      if (WHOLLY.contains(claim.get(i).text().toLowerCase(Locale.ROOT)) && (next.isVerb() || next.pos().equals("ADJ"))) {
        whole = next.key();
        claimWords = claim.get(i).text() + " " + next.text();
        break;
      }
    }
    if (whole == null) {
      return Optional.empty();
    }
    for (int y = 1; y < passage.size(); y++) {
      if (!passage.get(y).key().equals(whole) || !where.test(y)) {
        continue;
      }
      String before = passage.get(y - 1).text().toLowerCase(Locale.ROOT);
      int from = -1;
      if (PARTLY.contains(before)) {
        from = y - 1;
      } else if ((before.equals("percent") || before.equals("%")) && y >= 2) {
        // The tokenizer writes "35%" as "35" and "%".
        Double v = value(passage.get(y - 2));
        from = v != null && v < 100 ? y - 2 : -1;
      }
      if (from >= 0) {
        String words = SentenceView.text(passage, from, y + 1);
        return Optional.of(new Cue(Cue.Kind.NUMBER_MISMATCH, words, String.format(Locale.ROOT,
            "'%s', only part of it, where the claim has '%s'", words, claimWords)));
      }
    }
    return Optional.empty();
  }

  private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");

  /**
   * Another day of the week for the same action: "took place on Wednesday" against the claim's "on
   * Tuesday". The claim's day must be nowhere in the passage ("began on Tuesday and ended on
   * Wednesday" agrees with "began on Tuesday"), and the passage's day must pass {@code where}.
   */
  private static Optional<Cue> otherWeekday(List<Token> claim, List<Token> passage, java.util.function.IntPredicate where) {
    String mine = null;
    for (Token t : claim) {
      if (WEEKDAYS.contains(t.text().toLowerCase(Locale.ROOT))) {
        mine = t.text();
        break;
      }
    }
    if (mine == null) {
      return Optional.empty();
    }
    String theirs = null;
    for (int i = 0; i < passage.size(); i++) {
      String word = passage.get(i).text();
      if (word.equalsIgnoreCase(mine)) {
        return Optional.empty();
      }
      if (theirs == null && where.test(i) && WEEKDAYS.contains(word.toLowerCase(Locale.ROOT))) {
        theirs = word;
      }
    }
    return theirs == null ? Optional.empty() : Optional.of(new Cue(Cue.Kind.NUMBER_MISMATCH, theirs,
        String.format(Locale.ROOT, "day '%s' where the claim has '%s'", theirs, mine)));
  }

  /**
   * Another time of day for the same action: "restored by 2 p.m." against the claim's "restored by
   * noon", "at 09:14" against "at 10:30". The claim's time must be nowhere in the passage (as "noon",
   * "12 p.m." or "12:00"), and the passage's must pass {@code where}.
   */
  private static Optional<Cue> otherClockTime(List<Token> claim, List<Token> passage,
      java.util.function.IntPredicate where) {
    java.util.Map<Integer, String> mine = clockTimes(claim, i -> true);
    if (mine.isEmpty()) {
      return Optional.empty();
    }
    java.util.Map<Integer, String> theirs = clockTimes(passage, i -> true);
    if (theirs.keySet().stream().anyMatch(mine::containsKey)) {
      return Optional.empty();
    }
    for (int i = 0; i < claim.size(); i++) {
      // "shortly after 1pm" is not contradicted by "at 1.15pm".
      if (clockWithin(claim, i, passage) >= 0) {
        return Optional.empty();
      }
    }
    java.util.Map<Integer, String> placed = clockTimes(passage, where);
    if (placed.isEmpty()) {
      return Optional.empty();
    }
    String words = placed.values().iterator().next();
    return Optional.of(new Cue(Cue.Kind.NUMBER_MISMATCH, words, String.format(Locale.ROOT,
        "time '%s' where the claim has '%s'", words, String.join("' or '", mine.values()))));
  }

  /**
   * The position of a time of day in the passage that falls in the span the claim's time at
   * {@code i} allows ("1.15pm" for "shortly after 1pm", see {@link ClockTimes#window}), or -1.
   */
  static int clockWithin(List<Token> claim, int i, List<Token> passage) {
    ClockTimes.Time t = ClockTimes.at(claim, i);
    ClockTimes.Window w = t == null ? null : ClockTimes.window(claim, i, t);
    if (w == null) {
      return -1;
    }
    for (int k = 0; k < passage.size(); k++) {
      ClockTimes.Time theirs = ClockTimes.at(passage, k);
      if (theirs != null && w.holds(theirs)) {
        return k;
      }
    }
    return -1;
  }

  /** Units of time and their length in hours, by lemma. */
  static final java.util.Map<String, Double> DURATION_UNITS = java.util.Map.of("minute", 1 / 60.0,
      "hour", 1.0, "day", 24.0, "week", 168.0, "fortnight", 336.0, "month", 730.0, "year", 8760.0);

  /** A length of time written as one word before a noun: "48-hour", "two-day". */
  private static final java.util.regex.Pattern JOINED_LENGTH =
      java.util.regex.Pattern.compile("([a-z0-9.]+)-(minute|hour|day|week|fortnight|month|year)");

  /**
   * Whether a count of time units places something in time rather than saying how long it lasted:
   * "warned six hours before the release", "two days ago" (the unit is followed by "before", "after",
   * "ago", "later" or "earlier").
   */
  private static boolean timePoint(List<Token> tokens, Quantity q) {
    for (int k = q.at() + 1; k <= Math.min(q.at() + 3, tokens.size() - 2); k++) {
      if (tokens.get(k).key().equals(q.counted()) && DURATION_UNITS.containsKey(tokens.get(k).lemma().toLowerCase(Locale.ROOT))) {
        return POINT_AFTER.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  /** Positions of the lengths of time in these tokens (their unit, or the joined word: "eight-hour"). */
  static List<Integer> lengthPositions(List<Token> tokens) {
    return new ArrayList<>(durations(tokens).keySet());
  }

  /**
   * The keys of a length written as one word ("eight-hour": the number's keys and the unit's), so that
   * "an eight-hour debate" has the claim's "eight hours"; empty for other tokens.
   */
  static List<String> joinedLengthKeys(Token t) {
    java.util.regex.Matcher joined = JOINED_LENGTH.matcher(t.text().toLowerCase(Locale.ROOT));
    if (!joined.matches()) {
      return List.of();
    }
    Token number = new Token(joined.group(1), joined.group(1), "NUM", joined.group(1), t.start(), t.end());
    List<String> out = new ArrayList<>(numberKeys(number));
    if (out.isEmpty() && value(number) != null) {
      out.add(joined.group(1));
    }
    out.add(dev.corroborate.analysis.Stemmer.key(joined.group(2)));
    return out;
  }

  /** Words before a unit of time that make it a point in time, not a length ("last week", "each day"). */
  private static final java.util.Set<String> NOT_A_LENGTH = java.util.Set.of("last", "next", "this", "that",
      "every", "each", "per", "same", "previous", "following");

  /** Words after a length of time that make it a point in time ("a week later", "two days ago"). */
  private static final java.util.Set<String> POINT_AFTER = java.util.Set.of("ago", "later", "earlier", "before",
      "after", "old");

  /**
   * Another length of time for the same thing: "given just forty-eight hours to leave" against the
   * claim's "given a week to leave". The claim has one length ("a week", "three days", "72 hours"),
   * the passage has one or more where {@code where} allows, and none of the passage's lengths anywhere
   * is the claim's.
   */
  private static Optional<Cue> otherDuration(List<Token> claim, List<Token> passage, java.util.function.IntPredicate where) {
    java.util.Map<Integer, Length> mine = durations(claim);
    if (mine.size() != 1) {
      return Optional.empty();
    }
    Length claimed = mine.values().iterator().next();
    String placed = null;
    for (java.util.Map.Entry<Integer, Length> e : durations(passage).entrySet()) {
      if (Math.abs(e.getValue().hours() - claimed.hours()) <= 0.01 * claimed.hours()) {
        return Optional.empty();
      }
      if (placed == null && where.test(e.getKey())) {
        placed = e.getValue().words();
      }
    }
    return placed == null ? Optional.empty() : Optional.of(new Cue(Cue.Kind.NUMBER_MISMATCH, placed,
        String.format(Locale.ROOT, "length of time '%s' where the claim has '%s'", placed, claimed.words())));
  }

  /** A length of time: in hours, as written, and the position of its first word. */
  private record Length(double hours, String words, int start) {}

  /**
   * A length of time in a claim: its words run from {@code from} to its unit at {@code unit}, and it
   * lasts {@code hours}.
   */
  record LengthSpan(int from, int unit, double hours) {}

  /** The lengths of time of a claim's tokens, found once per claim (see {@link #sameLength}). */
  static List<LengthSpan> lengthSpans(List<Token> tokens) {
    List<LengthSpan> out = new ArrayList<>();
    durations(tokens).forEach((unit, length) -> out.add(new LengthSpan(length.start(), unit, length.hours())));
    return List.copyOf(out);
  }

  /**
   * The position of a length of time in the passage equal to the claim's length (one of {@code
   * claimLengths}, see {@link #lengthSpans}) that holds the claim's token {@code i} ("15 minutes" for
   * the "quarter" or "hour" of "a quarter of an hour", "48 hours" for "two days"), or -1.
   */
  static int sameLength(List<LengthSpan> claimLengths, int i, List<Token> passage) {
    for (LengthSpan mine : claimLengths) {
      if (i < mine.from() || i > mine.unit()) {
        continue;
      }
      for (java.util.Map.Entry<Integer, Length> e : durations(passage).entrySet()) {
        if (Math.abs(e.getValue().hours() - mine.hours()) <= 0.01 * mine.hours()) {
          return e.getKey();
        }
      }
    }
    return -1;
  }

  /**
   * The lengths of time of these tokens, by the position of their unit. A unit of time
   * ("hours", "week") right after a number or "a"/"an" ("forty-eight hours", "a week"), or joined to
   * its number ("a 48-hour strike"), not a point in time ("last week", "two days ago", "41 years old").
   */
  private static java.util.Map<Integer, Length> durations(List<Token> tokens) {
    java.util.Map<Integer, Length> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      java.util.regex.Matcher joined = JOINED_LENGTH.matcher(tokens.get(i).text().toLowerCase(Locale.ROOT));
      if (joined.matches()) {
        // "a 48-hour strike", "a two-day walkout".
        Double n = value(new Token(joined.group(1), joined.group(1), "NUM", joined.group(1), 0, 0));
        if (n != null) {
          out.put(i, new Length(n * DURATION_UNITS.get(joined.group(2)), tokens.get(i).text(), i));
        }
        continue;
      }
      Double unit = i == 0 ? null : DURATION_UNITS.get(tokens.get(i).lemma().toLowerCase(Locale.ROOT));
      if (unit == null) {
        continue;
      }
      Token before = tokens.get(i - 1);
      if (before.text().equals("-") && i >= 2) {
        // "a two-day walkout", tokenised "two", "-", "day".
        Double n = value(tokens.get(i - 2));
        if (n != null) {
          out.put(i, new Length(n * unit, SentenceView.text(tokens, i - 2, i + 1), i - 2));
        }
        continue;
      }
      String article = before.text().toLowerCase(Locale.ROOT);
      Double n = article.equals("a") || article.equals("an") ? Double.valueOf(1) : value(before);
      if (n == null || year(before) != null) {
        continue;
      }
      int start = i - 1;
      if (article.equals("a") || article.equals("an")) {
        // "half an hour", "a quarter of an hour", "three quarters of an hour".
        int[] fraction = fractionBefore(tokens, i - 1);
        if (fraction != null) {
          n = fraction[0] / 4.0;
          start = fraction[1];
        }
      }
      // "the last three days" is a time; "due to last three days" a length.
      boolean lastAsVerb = i >= 3 && tokens.get(i - 2).text().equalsIgnoreCase("last")
          && (tokens.get(i - 3).text().equalsIgnoreCase("to") || tokens.get(i - 3).pos().equals("AUX"));
      boolean point = i >= 2 && NOT_A_LENGTH.contains(tokens.get(i - 2).text().toLowerCase(Locale.ROOT)) && !lastAsVerb
          || i + 1 < tokens.size() && POINT_AFTER.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
      if (!point) {
        out.put(i, new Length(n * unit, SentenceView.text(tokens, start, i + 1), start));
      }
    }
    return out;
  }

  /**
   * A fraction written before the article at {@code article}: "half" ("half an hour") or "a quarter
   * of", "three quarters of" ("a quarter of an hour"). Returns the fraction in quarters and the
   * position of its first word, or null.
   */
  private static int[] fractionBefore(List<Token> tokens, int article) {
    if (article >= 1 && tokens.get(article - 1).text().equalsIgnoreCase("half")) {
      return new int[] {2, article - 1};
    }
    if (article < 3 || !tokens.get(article - 1).text().equalsIgnoreCase("of")
        || !tokens.get(article - 2).lemma().equalsIgnoreCase("quarter")) {
      return null;
    }
    Token count = tokens.get(article - 3);
    String c = count.text().toLowerCase(Locale.ROOT);
    Double quarters = c.equals("a") || c.equals("one") ? Double.valueOf(1) : value(count);
    return quarters == null || quarters < 1 || quarters > 3 ? null : new int[] {quarters.intValue(), article - 3};
  }

  /**
   * The times of day of these tokens whose position passes {@code where}, in minutes after midnight,
   * with their words, in order (see {@link ClockTimes}).
   */
  private static java.util.Map<Integer, String> clockTimes(List<Token> tokens, java.util.function.IntPredicate where) {
    java.util.Map<Integer, String> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      ClockTimes.Time t = where.test(i) ? ClockTimes.at(tokens, i) : null;
      if (t != null) {
        out.putIfAbsent(t.minutes(), SentenceView.text(tokens, i, i + t.length()));
      }
    }
    return out;
  }

  /**
   * A year or month of the claim that the passage does not give, where the passage gives another at
   * a position that passes {@code where}: "released on March 23, 2007" against "released in 2017",
   * "released on March 30" against "released in October", "3 December" against "24 November". The
   * claim's is compatible wherever it appears in the passage ("from 1994 to 1995" against "in 1994").
   * A claim's deadline ("back in service by early September", "before 2027") is met by any earlier
   * time, so only a later one is another.
   *
   * @param read  the token's year or month as a key, or null
   * @param order the key's place in time (a year's number, a month's), or -1 when not known
   */
  private static Optional<Cue> otherTime(List<Token> claim, List<Token> passage, java.util.function.IntPredicate where,
      String what, java.util.function.Function<Token, String> read, java.util.function.ToIntFunction<String> order) {
    java.util.Map<String, String> mine = new java.util.LinkedHashMap<>();
    int deadline = Integer.MAX_VALUE;
    boolean allDeadlines = true;
    for (int i = 0; i < claim.size(); i++) {
      String k = read.apply(claim.get(i));
      if (k != null) {
        mine.putIfAbsent(k, claim.get(i).text());
        boolean byThen = deadlineBefore(claim, i);
        allDeadlines &= byThen;
        deadline = byThen ? Math.min(deadline, order.applyAsInt(k)) : deadline;
      }
    }
    if (mine.isEmpty()) {
      return Optional.empty();
    }
    String theirs = null;
    for (int i = 0; i < passage.size(); i++) {
      String k = read.apply(passage.get(i));
      if (k == null) {
        continue;
      }
      if (mine.containsKey(k)) {
        return Optional.empty();
      }
      int when = order.applyAsInt(k);
      if (allDeadlines && deadline >= 0 && when >= 0 && when < deadline) {
        continue;
      }
      if (theirs == null && where.test(i)) {
        theirs = passage.get(i).text();
      }
    }
    return theirs == null ? Optional.empty() : Optional.of(new Cue(Cue.Kind.NUMBER_MISMATCH, theirs,
        String.format(Locale.ROOT, "%s '%s' where the claim has '%s'", what, theirs, String.join("' or '", mine.values()))));
  }

  /** A year: four digits from 1000 to 2100 ("2007"). */
  static String year(Token t) {
    String w = t.text();
    if (w.length() != 4 || !w.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int y = Integer.parseInt(w);
    return y >= 1000 && y <= 2100 ? w : null;
  }

  /** A month's name ("October", not the modal "May"), as the key of its full name ("Jan" as "January"). */
  private String monthOnly(Token t) {
    if (!lexicon.isCalendarName(t) || isWeekday(t.key())) {
      return null;
    }
    String key = t.key().endsWith(".") ? t.key().substring(0, t.key().length() - 1) : t.key();
    return MONTH_ABBREVIATIONS.getOrDefault(key, t.key());
  }

  /** Words that make the time after them a deadline ("by early September", "before 2027"). */
  private static final java.util.Set<String> DEADLINE_WORDS = java.util.Set.of("by", "before", "until", "till");
  /** Words that may stand between a deadline word and its time ("by the end of", "by early"). */
  private static final java.util.Set<String> WITHIN_DEADLINE = java.util.Set.of("early", "mid", "late", "end", "of", "-");

  /**
   * Whether a deadline word governs the time at {@code at}, with at most a day's number, an article
   * or "early", "mid", "late", "end of" between them ("by early September", "by the end of 2026").
   */
  private static boolean deadlineBefore(List<Token> tokens, int at) {
    for (int k = at - 1; k >= 0 && k >= at - 4; k--) {
      String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
      if (DEADLINE_WORDS.contains(w)) {
        return true;
      }
      boolean between = tokens.get(k).pos().equals("NUM") || tokens.get(k).pos().equals("DET")
          || WITHIN_DEADLINE.contains(w);
      if (!between) {
        return false;
      }
    }
    return false;
  }

  /** Each month's key and its number (January 1). */
  private static final java.util.Map<String, Integer> MONTH_ORDER = monthOrder();

  private static java.util.Map<String, Integer> monthOrder() {
    java.util.Map<String, Integer> m = new java.util.HashMap<>();
    for (java.time.Month month : java.time.Month.values()) {
      m.put(dev.corroborate.analysis.Stemmer.key(monthName(month)), month.getValue());
    }
    return java.util.Map.copyOf(m);
  }

  /** The month's English name in lower case ("march"). */
  private static String monthName(java.time.Month month) {
    return month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
  }

  /** The keys of month abbreviations and of the months they stand for. */
  private static final java.util.Map<String, String> MONTH_ABBREVIATIONS = monthAbbreviations();

  private static java.util.Map<String, String> monthAbbreviations() {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    for (java.time.Month month : java.time.Month.values()) {
      String full = monthName(month);
      m.put(dev.corroborate.analysis.Stemmer.key(full.substring(0, 3)), dev.corroborate.analysis.Stemmer.key(full));
    }
    m.put(dev.corroborate.analysis.Stemmer.key("sept"), dev.corroborate.analysis.Stemmer.key("september"));
    return java.util.Map.copyOf(m);
  }

  /**
   * The key of the verb whose subject or object the count at {@code at} is: the first verb after its
   * noun, with only auxiliaries, adverbs and particles between ("Thirty-one students were detained"),
   * else the verb right before the count ("police detained 31 students"); null when there is none.
   */
  private static String actionOf(List<Token> tokens, int at) {
    int k = at + 1;
    while (k < tokens.size() && (tokens.get(k).pos().equals("NOUN") || tokens.get(k).pos().equals("ADJ")
        || tokens.get(k).pos().equals("NUM"))) {
      k++;
    }
    for (; k < Math.min(tokens.size(), at + 6); k++) {
      Token t = tokens.get(k);
      if (t.isVerb()) {
        return t.key();
      }
      if (!(t.pos().equals("AUX") || t.pos().equals("ADV") || t.pos().equals("PART"))) {
        break;
      }
    }
    for (int j = at - 1; j >= Math.max(0, at - 3); j--) {
      Token t = tokens.get(j);
      if (t.isVerb()) {
        return t.key();
      }
      if (!(t.pos().equals("ADV") || t.pos().equals("ADP") || t.pos().equals("ADJ") || t.pos().equals("DET"))) {
        break;
      }
    }
    return null;
  }

  /**
   * The same count told by another noun: "more than 450 workers would lose their jobs" against
   * "about 300 jobs will be lost". The claim's counted word is in the passage's clause as the object
   * of a verb, with no number of its own, and the passage's number there counts a word the claim
   * does not use at all (so "two plants will lose jobs" is not read against "300 jobs at the
   * plant"); the two ranges are disjoint and the claim's number is nowhere in the passage.
   */
  private static Optional<Cue> countedOtherwise(List<Token> claim, List<Token> passage,
      java.util.function.IntPredicate where, List<Quantity> mine, List<Quantity> theirs, List<Quantity> all,
      java.util.Set<Double> numbersThere) {
    java.util.Set<String> claimKeys = new java.util.HashSet<>();
    claim.forEach(t -> claimKeys.add(t.key()));
    // A word the passage counts anywhere ("the 43 students") has its own number there.
    java.util.Set<String> countedThere = new java.util.HashSet<>();
    all.forEach(q -> countedThere.add(q.counted()));
    for (Quantity m : mine) {
      if (m.date() || numbersThere.contains(m.value()) || countedThere.contains(m.counted())) {
        continue;
      }
      boolean countedWordThere = false;
      for (int i = 0; i < passage.size() && !countedWordThere; i++) {
        countedWordThere = where.test(i) && passage.get(i).key().equals(m.counted()) && objectOfVerb(passage, i);
      }
      if (!countedWordThere) {
        continue;
      }
      for (Quantity q : theirs) {
        if (!q.date() && !claimKeys.contains(q.counted()) && !m.overlaps(q)) {
          return Optional.of(new Cue(Cue.Kind.NUMBER_MISMATCH, q.words(), String.format(Locale.ROOT,
              "number '%s' where the claim has '%s'", q.words(), m.words())));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Where each quantity of these tokens is written, as {from, number} token positions: its bounding
   * words ("more than") through its number. Dates are left out.
   */
  List<int[]> numberSpans(List<Token> tokens) {
    List<int[]> out = new ArrayList<>();
    for (Quantity q : quantities(tokens)) {
      if (!q.date()) {
        out.add(new int[] {modifierStart(tokens, q.at()), q.at()});
      }
    }
    return out;
  }

  List<Quantity> quantities(List<Token> tokens) {
    List<Quantity> out = new ArrayList<>();
    java.util.Set<Integer> wholes = new java.util.HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Double value = value(t);
      Integer ordinal = value == null ? CalendarDays.dayOrdinal(tokens, i) : null;
      if (ordinal != null) {
        // "the first of March", "14th June", "March 1st".
        int m = i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("of") ? i + 2 : i + 1;
        boolean after = m < tokens.size() && month(tokens, m) != null;
        String month = after ? month(tokens, m) : month(tokens, i - 1);
        out.add(new Quantity(ordinal, ordinal, ordinal, DATE + month,
            after ? SentenceView.text(tokens, i, m + 1) : SentenceView.text(tokens, i - 1, i + 1), i, false));
        continue;
      }
      if (value == null || ClockTimes.at(tokens, i) != null) {
        // A time of day ("3.20 pm") counts nothing; times are compared as times.
        continue;
      }
      String month = month(tokens, i - 1);
      if (month == null) {
        month = month(tokens, i + 1);
      }
      if (month != null) {
        if (value >= 1 && value <= 31 && value == Math.floor(value)) {
          out.add(new Quantity(value, value, value, DATE + month, span(tokens, i, month, i - 1), i, false));
        }
        continue;
      }
      if (year(t) != null) {
        continue;
      }
      // "7 million", "3.5bn": the scale word is part of the number.
      int last = i;
      Double scale = i + 1 < tokens.size() ? scale(tokens.get(i + 1)) : null;
      if (scale != null) {
        value *= scale;
        last = i + 1;
      }
      int whole = wholeOf(tokens, last);
      int at = counted(tokens, whole >= 0 ? whole : last);
      if (at < 0 && whole < 0 && !identifies(tokens, i, value)) {
        at = partOfGroup(tokens, last);
      }
      String counted = at >= 0 ? tokens.get(at).key() : null;
      String sign = counted == null ? currency(tokens, i) : null;
      if (counted == null && last + 1 < tokens.size() && tokens.get(last + 1).text().equals("%")) {
        at = last + 1;
        counted = "percent";
      } else if (at >= 0 && tokens.get(at).key().equals("%")) {
        counted = "percent";
      } else if (sign != null) {
        at = last;
        counted = CURRENCY + sign;
      } else if (counted != null && CURRENCY_WORDS.containsKey(counted)
          && !(at + 1 < tokens.size() && tokens.get(at + 1).key().equals("of"))) {
        // "four million pounds" is "£4 million"; "500 pounds of explosives" is a weight.
        counted = CURRENCY + CURRENCY_WORDS.get(counted);
      }
      if (counted != null) {
        int from = modifierStart(tokens, i);
        double[] range = range(modifier(tokens, from, i), value);
        out.add(new Quantity(value, range[0], range[1], counted, SentenceView.text(tokens, from, at + 1), i, wholes.contains(i)));
        if (whole >= 0) {
          wholes.add(whole);
        }
      }
    }
    return out;
  }

  /** What a day of a month counts: this and the month's key. */
  private static final String DATE = "date:";

  /** What an amount of money with no noun after it counts: this and its currency sign. */
  private static final String CURRENCY = "currency:";

  /** The keys of currency names and their signs. */
  private static final java.util.Map<String, String> CURRENCY_WORDS = java.util.Map.of(
      dev.corroborate.analysis.Stemmer.key("pound"), "\u00a3", dev.corroborate.analysis.Stemmer.key("dollar"), "$",
      dev.corroborate.analysis.Stemmer.key("euro"), "\u20ac", dev.corroborate.analysis.Stemmer.key("yen"), "\u00a5");

  /**
   * Whether the noun at {@code i} is the object of a verb: a verb before it with at most three
   * determiners, pronouns or adjectives between ("would lose their jobs"), not a noun after a
   * preposition ("the bodies of a missing group of students").
   */
  private static boolean objectOfVerb(List<Token> tokens, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      Token t = tokens.get(k);
      if (t.isVerb()) {
        return true;
      }
      if (!(t.pos().equals("DET") || t.pos().equals("PRON") || t.pos().equals("ADJ"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a noun or name of the claim is in the passage where {@code where} allows: what anchors an
   * amount of money, which has no counted noun of its own ("the city paid $7 million for the land").
   */
  private static boolean sharesNoun(List<Token> claim, List<Token> passage, java.util.function.IntPredicate where) {
    java.util.Set<String> nouns = new java.util.HashSet<>();
    claim.forEach(t -> {
      if (t.pos().equals("NOUN") || t.isProperNoun()) {
        nouns.add(t.key());
      }
    });
    for (int i = 0; i < passage.size(); i++) {
      if (where.test(i) && nouns.contains(passage.get(i).key())) {
        return true;
      }
    }
    return false;
  }

  private static long amounts(List<Quantity> quantities) {
    return quantities.stream().filter(q -> q.counted().startsWith(CURRENCY)).count();
  }

  /** Scale words after a number, by key ("million", and "bn", whose lemma is "billion"). */
  private static final java.util.Map<String, Double> SCALES = java.util.Map.of("hundred", 1e2, "thousand", 1e3,
      "million", 1e6, "billion", 1e9, "trillion", 1e12, "mln", 1e6, "bln", 1e9);

  /**
   * The factor of a scale word ("hundred", "million"), by its text, or of an abbreviation written onto
   * its number, by its lemma ("\u00a314.2m": "m" is "million"); null for another word.
   */
  private static Double scale(Token t) {
    Double byText = SCALES.get(t.text().toLowerCase(Locale.ROOT));
    return byText != null || !t.pos().equals("NUM") ? byText : SCALES.get(t.lemma());
  }

  /**
   * The key of a number told with a scale word, as digits: "two hundred" is "200", "fourteen hundred"
   * "1400", "twenty thousand" "20000" (a whole number under a hundred, then "hundred" or "thousand");
   * null otherwise. At the number's position, so that the claim's "200" finds "two hundred".
   */
  static String scaledKey(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return null;
    }
    Double v = value(tokens.get(i));
    Double scale = scale(tokens.get(i + 1));
    if (v == null || v < 1 || v >= 100 || v != Math.floor(v) || scale == null || scale > 1e3) {
      return null;
    }
    return Long.toString((long) (v * scale));
  }

  /**
   * The currency sign of the number at {@code i}, written before it ("$ 7") or in its token
   * ("\u20ac3.5"); null when none. What an amount counts when no noun follows it ("paid $7 million
   * for the land").
   */
  private static String currency(List<Token> tokens, int i) {
    String text = tokens.get(i).text();
    if (!text.isEmpty() && OpenNlpAnalyzer.CURRENCY_SIGNS.indexOf(text.charAt(0)) >= 0) {
      return text.substring(0, 1);
    }
    if (i > 0 && tokens.get(i - 1).text().length() == 1 && OpenNlpAnalyzer.CURRENCY_SIGNS.indexOf(tokens.get(i - 1).text().charAt(0)) >= 0) {
      return tokens.get(i - 1).text();
    }
    return null;
  }

  /**
   * Where the word a number counts is: the next noun, adjective or verb within two words; -1 when none.
   * A name before the noun qualifies it and does not count toward the two ("140 Pellair flights",
   * "300 Red Cross volunteers"), up to two names; a month or weekday ends the search ("15 March").
   */
  private int counted(List<Token> tokens, int i) {
    int end = i + 2;
    for (int j = i + 1; j <= Math.min(end, tokens.size() - 1); j++) {
      Token c = tokens.get(j);
      if ((c.pos().equals("NOUN") || c.pos().equals("ADJ") || c.isVerb()) && !lexicon.isTemporal(c.key())) {
        return j;
      }
      if (c.isProperNoun() && !lexicon.isTemporal(c.key()) && end < i + 4) {
        end++;
        continue;
      }
      if (!(c.pos().equals("ADJ") || c.pos().equals("ADV") || c.pos().equals("NUM"))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The noun a number counts part of, when the group has no number of its own: "Two of those people",
   * "three of the workers", "two of its engines": "of", at most two determiners or possessives, then
   * a noun; -1 otherwise. The number counts that noun.
   */
  private static int partOfGroup(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size() || !tokens.get(i + 1).key().equals("of")) {
      return -1;
    }
    for (int j = i + 2; j < Math.min(tokens.size(), i + 5); j++) {
      Token t = tokens.get(j);
      if (t.pos().equals("NOUN")) {
        return j;
      }
      if (!(t.pos().equals("DET") || t.pos().equals("PRON"))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Where the passage gives a number of the same thing within the range of the claim's number at
   * tokens [{@code from}, {@code to}) ("138 millimetres" or "nearly 140 millimetres" for "more than 130
   * millimetres", "about 38,400 patients" for "roughly 38,000 patients"): the passage's range lies
   * inside the claim's, or the passage's number bounded on both sides lies inside it. -1 when none, or
   * when the claim's number is not a range.
   */
  int withinRange(List<Token> claim, int from, int to, List<Token> passage) {
    Quantity wanted = null;
    for (Quantity q : quantities(claim)) {
      if (!q.date() && q.at() >= from && q.at() < to) {
        wanted = q;
        break;
      }
    }
    if (wanted == null || wanted.low() == wanted.high()) {
      return -1;
    }
    // An approximate number ("about 13,500") is wide enough not to be contradicted by a near one; to
    // be given by another number, that one must be nearer ("about 13,500" is not "15,000").
    double low = wanted.low();
    double high = wanted.high();
    if (low > 0 && high < Double.POSITIVE_INFINITY) {
      low = Math.max(low, wanted.value() * (1 - AGREEING));
      high = Math.min(high, wanted.value() * (1 + AGREEING));
    }
    for (Quantity q : quantities(passage)) {
      if (q.date() || !q.counted().equals(wanted.counted())) {
        continue;
      }
      boolean inside = q.low() >= low && q.high() <= high;
      boolean bounded = q.low() > 0 && q.high() < Double.POSITIVE_INFINITY;
      if (inside || (bounded && q.value() >= low && q.value() <= high)) {
        return q.at();
      }
    }
    return -1;
  }

  /**
   * Whether "one" at {@code i} says which, not how many: after a form of "be" ("the bus was one of
   * the vehicles hit", adverbs aside), it places its subject among the group and counts nothing.
   */
  static boolean identifies(List<Token> tokens, int i, Double value) {
    if (value == null) {
      return false;
    }
    int k = i - 1;
    while (k >= 0 && tokens.get(k).pos().equals("ADV")) {
      k--;
    }
    return value == 1 && k >= 0 && tokens.get(k).lemma().equals("be");
  }

  /**
   * The position of the total when the number at {@code i} is a part of it ("40 of the 120 families",
   * "two of the town's four stations"): "of", then at most three determiners or possessors ("the",
   * "its", "the town's"), then a
   * number; -1 otherwise.
   */
  private static int wholeOf(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size() || !tokens.get(i + 1).key().equals("of")) {
      return -1;
    }
    for (int j = i + 2; j < Math.min(tokens.size(), i + 6); j++) {
      Token t = tokens.get(j);
      if (value(t) != null) {
        return j;
      }
      boolean possessor = j + 1 < tokens.size() && tokens.get(j + 1).pos().equals("PART");
      if (!(t.pos().equals("DET") || t.pos().equals("PRON") || t.pos().equals("PROPN") || t.pos().equals("PART")
          || (t.pos().equals("NOUN") && possessor) || t.text().endsWith("'s") || t.text().endsWith("\u2019s"))) {
        return -1;
      }
    }
    return -1;
  }

  /** Where the words that bound the number at {@code i} start ("more than", "about"); {@code i} when none. */
  static int modifierStart(List<Token> tokens, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      double[] r = range(modifier(tokens, k, i), 1);
      if (r[0] != 1 || r[1] != 1) {
        return k;
      }
    }
    return i;
  }

  /**
   * Whether the words that bound the claim's number at {@code i} make it approximate, either side
   * of the number ("around 11,400", "about 30"; not "at least 30" or "more than 30"), so that a
   * passage giving that number gives them too.
   */
  static boolean boundsAllow(List<Token> tokens, int i) {
    int from = modifierStart(tokens, i);
    Double v = value(tokens.get(i));
    if (from == i || v == null) {
      return false;
    }
    double[] r = range(modifier(tokens, from, i), v);
    return r[0] < v && v < r[1];
  }

  private static String modifier(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      sb.append(k > from ? " " : "").append(tokens.get(k).text().toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  /** The range a number stands for after these words. */
  static double[] range(String words, double v) {
    double inf = Double.POSITIVE_INFINITY;
    return switch (words) {
      case "more than", "over", "above", "upwards of", "in excess of", "greater than" -> new double[] {Math.nextUp(v), inf};
      case "at least", "no fewer than", "no less than" -> new double[] {v, inf};
      case "fewer than", "less than", "under", "below" -> new double[] {0, Math.nextDown(v)};
      case "up to", "at most", "no more than", "as many as" -> new double[] {0, v};
      case "nearly", "almost", "just under", "close to" -> new double[] {v * (1 - APPROXIMATE), v};
      case "about", "around", "some", "roughly", "approximately", "an estimated", "estimated", "about an estimated",
          "circa", "approx." -> new double[] {v * (1 - APPROXIMATE), v * (1 + APPROXIMATE)};
      // A round number of a hundred or more is a rounding ("$5,000" for "$4,999", "500" for "499").
      default -> v >= 100 && v % 100 == 0 ? new double[] {v * (1 - ROUNDING), v * (1 + ROUNDING)} : new double[] {v, v};
    };
  }

  private String month(List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size()) {
      return null;
    }
    return monthOnly(tokens.get(i));
  }

  private static boolean isWeekday(String key) {
    return key.endsWith("day");
  }

  private static String span(List<Token> tokens, int number, String month, int before) {
    boolean monthFirst = before >= 0 && month.equals(tokens.get(before).key());
    return monthFirst ? SentenceView.text(tokens, before, number + 1) : SentenceView.text(tokens, number, number + 2);
  }

  /**
   * Both keys of a small whole number (1 to 20), so "11" and "eleven" match each other; empty for
   * other tokens.
   */
  static List<String> numberKeys(Token t) {
    int word = SMALL.indexOf(t.text().toLowerCase(Locale.ROOT));
    // A number word at the start of a sentence may be tagged otherwise; "one" is often a pronoun.
    Double v = word >= 2 ? Double.valueOf(word) : value(t);
    if (v == null || v < 1 || v >= 100 || v != Math.floor(v)) {
      return List.of();
    }
    return List.of(Integer.toString(v.intValue()), Stemmer.key(spelled(v.intValue())));
  }

  private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety");

  /** A whole number from 0 to 99 in words ("twelve", "forty-one"). */
  private static String spelled(int n) {
    if (n < SMALL.size()) {
      return SMALL.get(n);
    }
    return TENS.get(n / 10) + (n % 10 == 0 ? "" : "-" + SMALL.get(n % 10));
  }

  /** The value of a number word from 21 to 99 ("forty-one", "Sixty"), or null. */
  private static Double compoundValue(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int hyphen = w.indexOf('-');
    int tens = TENS.indexOf(hyphen < 0 ? w : w.substring(0, hyphen));
    if (tens < 2) {
      return null;
    }
    if (hyphen < 0) {
      return (double) (tens * 10);
    }
    int unit = SMALL.indexOf(w.substring(hyphen + 1));
    return unit >= 1 && unit <= 9 ? Double.valueOf(tens * 10 + unit) : null;
  }

  /**
   * The number a token stands for: digits with thousands commas and an optional decimal part
   * ("3,000", "2.5"), or a small number word tagged as a number ("twelve"); null for other tokens.
   * Called for every token of every passage judged, so it checks characters instead of a regex.
   */
  static Double value(Token t) {
    String text = t.text();
    if (text.length() > 1 && OpenNlpAnalyzer.CURRENCY_SIGNS.indexOf(text.charAt(0)) >= 0) {
      text = text.substring(1);
    }
    String s = text.indexOf(',') >= 0 ? text.replace(",", "") : text;
    if (!s.isEmpty() && isAsciiDigit(s.charAt(0))) {
      return isDecimal(s) ? Double.parseDouble(s) : null;
    }
    if (!t.pos().equals("NUM")) {
      return null;
    }
    int small = SMALL.indexOf(text.toLowerCase(Locale.ROOT));
    return small >= 1 ? Double.valueOf(small) : compoundValue(text);
  }

  /** Digits, optionally a point and more digits: what {@code \\d+(\\.\\d+)?} matches, in ASCII. */
  private static boolean isDecimal(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && isAsciiDigit(s.charAt(i))) {
      i++;
    }
    if (i == 0) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (s.charAt(i) != '.' || i + 1 == n) {
      return false;
    }
    for (int k = i + 1; k < n; k++) {
      if (!isAsciiDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
