package dev.corroborate.conflicts;

import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.stance.Cue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule the stance engine lacks: incompatible numbers or dates. A quantity is a number with the
 * word it counts (the next noun, adjective or verb within two words: "12 injured", "12 people",
 * "3 bridges"); a date is a day number next to a month name ("24 November", "November 24"). Two
 * passages conflict when they give different values for the same counted word, or different days of
 * the same month to the same event (their caller checks that the passages share the event's
 * predicate). Numbers written as words ("twelve") are read too. Stateless and thread-safe.
 */
public final class NumberConflict {
  /** A number and what it counts (the counted word's key). */
  record Quantity(double value, String counted, String words) {}

  private static final List<String> SMALL = List.of("zero", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
      "seventeen", "eighteen", "nineteen", "twenty");

  private final Lexicon lexicon;

  public NumberConflict(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The first incompatible quantity or date of the passage against the claim, as a cue. */
  public Optional<Cue> find(List<Token> claim, List<Token> passage) {
    List<Quantity> mine = quantities(claim);
    List<Quantity> theirs = quantities(passage);
    for (Quantity q : theirs) {
      boolean sameValueSeen = mine.stream().anyMatch(m -> m.counted().equals(q.counted()) && m.value() == q.value());
      if (sameValueSeen) {
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
          out.add(new Quantity(value, "date:" + month, span(tokens, i, month, i - 1)));
        }
        continue;
      }
      if (value >= 1000 && value <= 2100 && value == Math.floor(value) && t.text().length() == 4) {
        continue;
      }
      for (int j = i + 1; j <= Math.min(i + 2, tokens.size() - 1); j++) {
        Token c = tokens.get(j);
        if ((c.pos().equals("NOUN") || c.pos().equals("ADJ") || c.isVerb()) && !lexicon.isTemporal(c.key())) {
          out.add(new Quantity(value, c.key(), join(tokens, i, j + 1)));
          break;
        }
        if (!(c.pos().equals("ADJ") || c.pos().equals("ADV") || c.pos().equals("NUM"))) {
          break;
        }
      }
    }
    return out;
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

  static Double value(Token t) {
    String s = t.text().replace(",", "");
    if (s.matches("\\d+(\\.\\d+)?")) {
      return Double.parseDouble(s);
    }
    int small = SMALL.indexOf(t.text().toLowerCase(Locale.ROOT));
    return small >= 1 && t.pos().equals("NUM") ? (double) small : null;
  }
}
