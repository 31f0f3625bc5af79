package dev.corroborate.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day in analysed text, read the same whichever way they are written: "noon" and "midday",
 * "midnight", an hour with "a.m." or "p.m." ("2 p.m.", "9:30 a.m.", "4.45pm"), and a time on the
 * 24-hour clock ("09:14", "16:45"). A time with a dot and no "a.m." or "p.m." ("4.45") is a decimal,
 * not a time.
 */
public final class ClockTimes {
  private ClockTimes() {}

  /**
   * A time of day.
   *
   * @param minutes minutes after midnight
   * @param length  how many tokens it takes (2 for "4.45" "pm")
   */
  public record Time(int minutes, int length) {}

  private static final Pattern HOUR = Pattern.compile("(\\d{1,2})(?:([:.])(\\d{2}))?");
  private static final Pattern JOINED = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?([ap])\\.?m\\.?");

  /** The time of day that begins at token {@code i}, or null. */
  public static Time at(List<Token> tokens, int i) {
    String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
    if (w.equals("noon") || w.equals("midday")) {
      return new Time(12 * 60, 1);
    }
    if (w.equals("midnight")) {
      return new Time(0, 1);
    }
    Matcher joined = JOINED.matcher(w);
    if (joined.matches()) {
      return twelveHour(joined.group(1), joined.group(2), joined.group(3).equals("p"), 1);
    }
    Matcher m = HOUR.matcher(w);
    if (!m.matches()) {
      return null;
    }
    String next = i + 1 < tokens.size() ? tokens.get(i + 1).text().toLowerCase(Locale.ROOT).replace(".", "") : "";
    if (next.equals("am") || next.equals("pm")) {
      return twelveHour(m.group(1), m.group(3), next.equals("pm"), 2);
    }
    if (":".equals(m.group(2))) {
      int hour = Integer.parseInt(m.group(1));
      int minute = Integer.parseInt(m.group(3));
      return hour < 24 && minute < 60 ? new Time(hour * 60 + minute, 1) : null;
    }
    return null;
  }

  private static Time twelveHour(String h, String min, boolean pm, int length) {
    int hour = Integer.parseInt(h);
    int minute = min == null ? 0 : Integer.parseInt(min);
    if (hour < 1 || hour > 12 || minute >= 60) {
      return null;
    }
    return new Time((hour % 12 + (pm ? 12 : 0)) * 60 + minute, length);
  }

  /**
   * The span of times a claim's time of day allows, from the words before it: "shortly after 1pm"
   * allows 1pm to 2pm, "just before noon" 11am to noon, "around 9am" 8.30am to 9.30am, "after 1pm"
   * the rest of the day, "before 1pm" and "by 1pm" the day up to it. "at" between those words and
   * the time is skipped ("at about 9am").
   *
   * @param from    the first of the words that widen the time
   * @param earliest minutes after midnight, inclusive
   * @param latest   minutes after midnight, inclusive
   */
  public record Window(int from, int earliest, int latest) {
    /** Whether this window holds the time. */
    public boolean holds(Time t) {
      return t.minutes() >= earliest && t.minutes() <= latest;
    }
  }

  /** Words that make a time approximate, half an hour either side. */
  private static final Set<String> APPROXIMATE = Set.of("around", "about", "approximately",
      "roughly", "circa");

  /** Words before "after" or "before" that keep the time within an hour. */
  private static final Set<String> SHORTLY = Set.of("shortly", "just", "soon", "immediately",
      "right");

  private static final int HOUR_MINUTES = 60;
  private static final int DAY_MINUTES = 24 * 60 - 1;

  /** The span the words before the time {@code t} at token {@code i} allow, or null for an exact time. */
  public static Window window(List<Token> tokens, int i, Time t) {
    int k = i - 1;
    if (k >= 1 && tokens.get(k).text().equalsIgnoreCase("at")) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
    int m = t.minutes();
    boolean shortly = k >= 1 && SHORTLY.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT));
    if (APPROXIMATE.contains(w)) {
      return new Window(k, m - HOUR_MINUTES / 2, m + HOUR_MINUTES / 2);
    }
    if (w.equals("after")) {
      return shortly ? new Window(k - 1, m, m + HOUR_MINUTES) : new Window(k, m, DAY_MINUTES);
    }
    if (w.equals("before")) {
      return shortly ? new Window(k - 1, m - HOUR_MINUTES, m) : new Window(k, 0, m);
    }
    if (w.equals("by")) {
      return new Window(k, 0, m);
    }
    return null;
  }

  /** The matching key of a time of day: equal for "4.45pm", "4:45 p.m." and "16:45". */
  public static String key(Time t) {
    return String.format(Locale.ROOT, "@clock%02d%02d", t.minutes() / 60, t.minutes() % 60);
  }
}
