package dev.corroborate.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days of the month written as ordinals next to a month's name ("the first of March", "14th June",
 * "March 1st"), read as the day's number so that they meet "1 March" and "14 June".
 */
public final class CalendarDays {
  private CalendarDays() {}

  /** Ordinal words up to "twentieth", by their number. */
  private static final List<String> ORDINALS = List.of("", "first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
      "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");

  /** Whether the text ends as every ordinal does: "st", "nd", "rd" or "th" ("1st", "second", "3rd", "fourth"). */
  private static boolean ordinalEnding(String text) {
    int n = text.length();
    if (n < 3) {
      return false;
    }
    char a = Character.toLowerCase(text.charAt(n - 2));
    char b = Character.toLowerCase(text.charAt(n - 1));
    return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
  }

  private static final Pattern DIGIT_ORDINAL = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)");

  /** Months' names and their usual abbreviations, in lower case. */
  private static final Set<String> MONTHS = months();

  private static Set<String> months() {
    Set<String> m = new java.util.HashSet<>(Set.of("sept"));
    for (java.time.Month month : java.time.Month.values()) {
      String full = month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      m.add(full);
      m.add(full.substring(0, 3));
    }
    return Set.copyOf(m);
  }

  /**
   * The day of the month an ordinal at {@code i} gives next to a month's name: "the first of March",
   * "14th June", "March 1st", "the twenty-first of May"; null for another token or an ordinal that
   * is no day ("the first time", "the 5th floor").
   */
  public static Integer dayOrdinal(List<Token> tokens, int i) {
    String text = tokens.get(i).text();
    if (!ordinalEnding(text)) {
      // Every ordinal ends so; this keeps the check cheap for the other words.
      return null;
    }
    String w = text.toLowerCase(Locale.ROOT);
    Matcher digits = DIGIT_ORDINAL.matcher(w);
    int day = digits.matches() ? Integer.parseInt(digits.group(1)) : ORDINALS.indexOf(w);
    if (day < 0 && (w.startsWith("twenty-") || w.startsWith("thirty-"))) {
      int unit = ORDINALS.indexOf(w.substring(7));
      day = unit >= 1 && unit <= 9 ? (w.startsWith("twenty") ? 20 : 30) + unit : -1;
    }
    if (day < 1 || day > 31) {
      return null;
    }
    int m = i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("of") ? i + 2 : i + 1;
    boolean monthAfter = m < tokens.size() && monthWord(tokens.get(m));
    boolean monthBefore = digits.matches() && i >= 1 && monthWord(tokens.get(i - 1));
    return monthAfter || monthBefore ? day : null;
  }

  /** Whether the token is a month's name or its abbreviation, capitalised ("May", not "may"). */
  private static boolean monthWord(Token t) {
    String text = t.text();
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0))
        && MONTHS.contains(text.toLowerCase(Locale.ROOT).replace(".", ""));
  }
}
