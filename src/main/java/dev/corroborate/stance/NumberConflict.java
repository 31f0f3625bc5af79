package dev.corroborate.stance;

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
 * "about", "around", "some", "roughly", "approximately" and "an estimated" within 15 % either side. A
 * date is a day number next to a month name ("24 November", "November 24"). Two texts conflict when
 * every range they give for the same counted word is disjoint ("about 1,200 workers" against "more
 * than 3,000 workers"), or they give different days of the same month; the caller checks that both
 * are about the same event (the stance engine: the claim's action is matched; conflict discovery: the
 * passages share the predicate). Numbers written as words ("twelve") are read too. Stateless and
 * thread-safe.
 */
public final class NumberConflict {
  /** A number as a range (from {@code low} to {@code high}), what it counts (the counted word's key) and its words. */
  record Quantity(double value, double low, double high, String counted, String words, int at) {
    boolean overlaps(Quantity o) {
      return low <= o.high && o.low <= high;
    }
  }

  /** Share of a value that "about" and "nearly" allow. */
  private static final double APPROXIMATE = 0.15;

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
    List<Quantity> mine = quantities(claim);
    List<Quantity> theirs = quantities(passage).stream().filter(q -> where.test(q.at())).toList();
    java.util.Set<Double> numbersThere = new java.util.HashSet<>();
    passage.forEach(t -> {
      Double v = value(t);
      if (v != null) {
        numbersThere.add(v);
      }
    });
    for (Quantity q : theirs) {
      // The claim's own number elsewhere in the passage ("two of the four stations") is not contradicted.
      boolean compatible = mine.stream().anyMatch(m -> m.counted().equals(q.counted())
          && (m.overlaps(q) || numbersThere.contains(m.value())));
      if (compatible) {
        continue;
      }
      for (Quantity m : mine) {
        if (m.counted().equals(q.counted())) {
          boolean date = q.counted().startsWith("date:");
          return Optional.of(new Cue(Cue.Kind.NUMBER_MISMATCH, q.words(), String.format(Locale.ROOT,
              "%s '%s' where the claim has '%s'", date ? "date" : "number", q.words(), m.words())));
        }
      }
    }
    return Optional.empty();
  }

  List<Quantity> quantities(List<Token> tokens) {
    List<Quantity> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Double value = value(t);
      if (value == null) {
        continue;
      }
      String month = month(tokens, i - 1);
      if (month == null) {
        month = month(tokens, i + 1);
      }
      if (month != null) {
        if (value >= 1 && value <= 31 && value == Math.floor(value)) {
          out.add(new Quantity(value, value, value, "date:" + month, span(tokens, i, month, i - 1), i));
        }
        continue;
      }
      if (value >= 1000 && value <= 2100 && value == Math.floor(value) && t.text().length() == 4) {
        continue;
      }
      for (int j = i + 1; j <= Math.min(i + 2, tokens.size() - 1); j++) {
        Token c = tokens.get(j);
        if ((c.pos().equals("NOUN") || c.pos().equals("ADJ") || c.isVerb()) && !lexicon.isTemporal(c.key())) {
          int from = modifierStart(tokens, i);
          double[] range = range(modifier(tokens, from, i), value);
          out.add(new Quantity(value, range[0], range[1], c.key(), join(tokens, from, j + 1), i));
          break;
        }
        if (!(c.pos().equals("ADJ") || c.pos().equals("ADV") || c.pos().equals("NUM"))) {
          break;
        }
      }
    }
    return out;
  }

  /** Where the words that bound the number at {@code i} start ("more than", "about"); {@code i} when none. */
  private static int modifierStart(List<Token> tokens, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      double[] r = range(modifier(tokens, k, i), 1);
      if (r[0] != 1 || r[1] != 1) {
        return k;
      }
    }
    return i;
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
      default -> new double[] {v, v};
    };
  }

  private String month(List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(i);
    return lexicon.isTemporal(t.key()) && Character.isUpperCase(t.text().charAt(0)) && !isWeekday(t.key())
        ? t.key() : null;
  }

  private static boolean isWeekday(String key) {
    return key.endsWith("day");
  }

  private static String span(List<Token> tokens, int number, String month, int before) {
    boolean monthFirst = before >= 0 && month.equals(tokens.get(before).key());
    return monthFirst ? join(tokens, before, number + 1) : join(tokens, number, number + 2);
  }

  private static String join(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(i > from ? " " : "").append(tokens.get(i).text());
    }
    return sb.toString();
  }

  /**
   * Both keys of a small whole number (1 to 20), so "11" and "eleven" match each other; empty for
   * other tokens.
   */
  static List<String> numberKeys(Token t) {
    int word = SMALL.indexOf(t.text().toLowerCase(Locale.ROOT));
    // A number word at the start of a sentence may be tagged otherwise; "one" is often a pronoun.
    Double v = word >= 2 ? Double.valueOf(word) : value(t);
    if (v == null || v < 1 || v >= SMALL.size() || v != Math.floor(v)) {
      return List.of();
    }
    return List.of(Integer.toString(v.intValue()), SMALL.get(v.intValue()));
  }

  /**
   * The number a token stands for: digits with thousands commas and an optional decimal part
   * ("3,000", "2.5"), or a small number word tagged as a number ("twelve"); null for other tokens.
   * Called for every token of every passage judged, so it checks characters instead of a regex.
   */
  static Double value(Token t) {
    String text = t.text();
    String s = text.indexOf(',') >= 0 ? text.replace(",", "") : text;
    if (!s.isEmpty() && isAsciiDigit(s.charAt(0))) {
      return isDecimal(s) ? Double.parseDouble(s) : null;
    }
    if (!t.pos().equals("NUM")) {
      return null;
    }
    int small = SMALL.indexOf(text.toLowerCase(Locale.ROOT));
    return small >= 1 ? (double) small : null;
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
