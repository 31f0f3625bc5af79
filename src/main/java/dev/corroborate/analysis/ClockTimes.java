package dev.corroborate.analysis;

import java.util.List;
import java.util.Locale;
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

  /** The matching key of a time of day: equal for "4.45pm", "4:45 p.m." and "16:45". */
  public static String key(Time t) {
    return String.format(Locale.ROOT, "@clock%02d%02d", t.minutes() / 60, t.minutes() % 60);
  }
}
