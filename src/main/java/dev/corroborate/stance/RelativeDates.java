package dev.corroborate.stance;

import dev.corroborate.analysis.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;

/**
 * Days a source names relative to its own date: "today", "this morning", "tonight" (the source's
 * date), "yesterday", "last night" (the day before), "tomorrow" (the day after) and a weekday ("on
 * Monday": the latest such day on or before the source's date, unless "next" comes before it), and
 * the explicit day a claim gives ("on 10 June", "Monday 9 March"). A claim's date is told by a source
 * dated 10 June that says its action happened "this morning". Pure functions of the tokens.
 */
final class RelativeDates {
  private RelativeDates() {}

  /** A day a claim gives: the date when it has a day of a month, else only the weekday. */
  record ClaimDay(Month month, int day, DayOfWeek weekday) {
    /** Whether this day is the given date (the year is not compared: claims rarely give one). */
    boolean is(LocalDate date) {
      if (month != null) {
        return date.getMonth() == month && date.getDayOfMonth() == day
            && (weekday == null || date.getDayOfWeek() == weekday);
      }
      return weekday != null && date.getDayOfWeek() == weekday;
    }
  }

  /**
   * The day of these tokens (a claim's): a month name with a day number right before or after it, and
   * a weekday name; null when there is neither.
   */
  static ClaimDay claimDay(List<Token> tokens) {
    return claimDay(tokens, at -> true);
  }

  /** The day of these tokens in the positions that pass {@code where}; see {@link #claimDay(List)}. */
  static ClaimDay claimDay(List<Token> tokens, java.util.function.IntPredicate where) {
    Month month = null;
    int day = 0;
    DayOfWeek weekday = null;
    for (int i = 0; i < tokens.size(); i++) {
      if (!where.test(i)) {
        continue;
      }
      String w = lower(tokens.get(i));
      DayOfWeek d = weekday(w);
      if (d != null) {
        weekday = d;
      }
      Month m = month(w);
      if (m == null) {
        continue;
      }
      int n = dayNumber(tokens, i + 1);
      if (n == 0) {
        n = dayNumber(tokens, i - 1);
      }
      if (n > 0) {
        month = m;
        day = n;
      }
    }
    return month == null && weekday == null ? null : new ClaimDay(month, day, weekday);
  }

  /**
   * The one day the passage names relative to the source's date, or null when it names none or more
   * than one.
   */
  static LocalDate namedDay(List<Token> tokens, LocalDate sourceDate) {
    return namedDay(tokens, sourceDate, at -> true);
  }

  /**
   * The one day the passage names relative to the source's date in the positions that pass {@code
   * where}, or null when it names none or more than one there.
   */
  static LocalDate namedDay(List<Token> tokens, LocalDate sourceDate, java.util.function.IntPredicate where) {
    LocalDate found = null;
    for (int i = 0; i < tokens.size(); i++) {
      if (!where.test(i)) {
        continue;
      }
      String w = lower(tokens.get(i));
      String before = i > 0 ? lower(tokens.get(i - 1)) : "";
      LocalDate d = null;
      switch (w) {
        case "today", "tonight" -> d = sourceDate;
        case "yesterday" -> d = sourceDate.minusDays(1);
        case "tomorrow" -> d = sourceDate.plusDays(1);
        case "morning", "afternoon", "evening" -> d = before.equals("this") ? sourceDate : null;
        case "night" -> d = before.equals("last") ? sourceDate.minusDays(1) : null;
        default -> {
          DayOfWeek weekday = weekday(w);
          if (weekday != null && !before.equals("next") && !before.equals("last")) {
            int back = (sourceDate.getDayOfWeek().getValue() - weekday.getValue() + 7) % 7;
            d = sourceDate.minusDays(back);
          }
        }
      }
      if (d != null) {
        if (found != null && !found.equals(d)) {
          return null;
        }
        found = d;
      }
    }
    return found;
  }

  /**
   * The words that name the day found by {@link #namedDay(List, LocalDate, java.util.function.IntPredicate)}
   * ("yesterday", "this morning", "Monday"), or null.
   */
  static String dayWords(List<Token> tokens, java.util.function.IntPredicate where) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = lower(tokens.get(i));
      String before = i > 0 ? lower(tokens.get(i - 1)) : "";
      if (!where.test(i)) {
        continue;
      }
      switch (w) {
        case "today", "tonight", "yesterday", "tomorrow" -> {
          return tokens.get(i).text();
        }
        case "morning", "afternoon", "evening", "night" -> {
          if (before.equals("this") || w.equals("night") && before.equals("last")) {
            return tokens.get(i - 1).text() + " " + tokens.get(i).text();
          }
        }
        default -> {
          if (weekday(w) != null && !before.equals("next") && !before.equals("last")) {
            return tokens.get(i).text();
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether these words (a conflict's, as a cue gives them) name a day or a time of the calendar: a
   * month or weekday name, a year, or a day told relative to the source ("yesterday").
   */
  static boolean namesDay(String words) {
    for (String w : words.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
      if (month(w) != null || weekday(w) != null || w.matches("(19|20)\\d\\d")
          || List.of("today", "tonight", "yesterday", "tomorrow").contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a claim's unit is part of a date: a month or weekday name, or a number beside a month. */
  static boolean isDatePart(List<Token> tokens, dev.corroborate.lexicon.TermUnit u) {
    Token t = tokens.get(u.from());
    if (u.to() - u.from() == 1 && (isMonth(t) || isWeekday(t))) {
      return true;
    }
    if (u.kind() == dev.corroborate.lexicon.TermUnit.Kind.NUMBER) {
      return u.from() > 0 && isMonth(tokens.get(u.from() - 1)) || u.to() < tokens.size() && isMonth(tokens.get(u.to()));
    }
    return false;
  }

  static boolean isMonth(Token t) {
    return month(lower(t)) != null;
  }

  static boolean isWeekday(Token t) {
    return weekday(lower(t)) != null;
  }

  private static int dayNumber(List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size()) {
      return 0;
    }
    String w = lower(tokens.get(i)).replaceAll("(st|nd|rd|th)$", "");
    if (!w.matches("\\d{1,2}")) {
      return 0;
    }
    int n = Integer.parseInt(w);
    return n >= 1 && n <= 31 ? n : 0;
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  private static Month month(String w) {
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.ROOT).equals(w)) {
        return m;
      }
    }
    return null;
  }

  private static DayOfWeek weekday(String w) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).equals(w)) {
        return d;
      }
    }
    return null;
  }
}
