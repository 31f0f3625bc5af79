package dev.corroborate.stance;

import dev.corroborate.analysis.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The answer a briefing gives to what it is asked: a question that reports someone's account of the
 * claim ("Q: Aurant says it notified your department immediately."), asks whether it holds ("Is that
 * correct?") and is answered in the next sentence ("CHIEF INSPECTOR: It is not." or "No, it isn't."):
 * the source itself then denies (or confirms) what it was asked about. Only a bare yes or no at the
 * start of the answer counts ("No", "It is not", "That is not true"; "Yes", "That is correct"), after
 * the answerer's label ("ILESCO:"); an answer that goes on to something else is left alone. Pure
 * functions of the tokens.
 */
final class BriefingAnswers {
  private BriefingAnswers() {}

  /** Words that make a short question ask whether what was just said holds ("Is that true?"). */
  private static final Set<String> TRUTH = Set.of("true", "correct", "right", "accurate", "case", "so", "plan");

  private static final List<List<String>> DENIALS = List.of(List.of("no"), List.of("not", "true"),
      List.of("it", "is", "not"), List.of("it", "is", "n't"), List.of("it", "'s", "not"), List.of("that", "is", "not"),
      List.of("that", "is", "n't"), List.of("that", "'s", "not"), List.of("that", "is", "false"),
      List.of("that", "is", "untrue"), List.of("that", "is", "wrong"), List.of("that", "'s", "wrong"),
      List.of("absolutely", "not"), List.of("certainly", "not"), List.of("untrue"), List.of("false"));

  private static final List<List<String>> CONFIRMATIONS = List.of(List.of("yes"), List.of("that", "is", "correct"),
      List.of("that", "'s", "correct"), List.of("that", "is", "right"), List.of("that", "'s", "right"),
      List.of("that", "is", "true"), List.of("that", "'s", "true"), List.of("correct"), List.of("it", "is"));

  /** Auxiliaries a yes-or-no question opens with (by their text: the tagger reads a capital "Were" as a pronoun). */
  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "am", "has", "have", "had", "do",
      "does", "did", "will", "would", "can", "could", "should", "shall", "may", "might", "must", "is n't", "isn't",
      "aren't", "wasn't", "weren't", "hasn't", "haven't", "didn't", "doesn't", "won't");

  /** A bare answer: whether it denies, and its words as written. */
  record Answer(boolean denies, String words) {}

  /** Whether these tokens are a short question of whether what was said holds ("Is that correct?"). */
  static boolean asksIfTrue(List<Token> tokens) {
    List<Token> t = afterLabel(tokens);
    if (t.isEmpty() || t.size() > 8 || !t.get(t.size() - 1).text().equals("?")) {
      return false;
    }
    return t.stream().anyMatch(x -> TRUTH.contains(x.text().toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether these tokens are a question that asks yes or no: after the asker's label ("Q:"), it opens
   * with an auxiliary ("Are any other diplomats being asked to leave?", "Has he left?"). Questions
   * that go on with "or" ("Is it A or B?") ask which, not whether.
   */
  static boolean asksYesOrNo(List<Token> tokens) {
    List<Token> t = afterLabel(tokens);
    if (t.isEmpty() || !AUXILIARIES.contains(t.get(0).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return t.stream().noneMatch(x -> x.text().equalsIgnoreCase("or"));
  }

  /**
   * The bare yes or no an answer starts with, after its answerer's label: followed by nothing but
   * punctuation, or by a comma ("No, it isn't"); null when it starts otherwise or is a question's line.
   */
  static Answer answer(List<Token> tokens) {
    if (!tokens.isEmpty() && tokens.get(0).text().equalsIgnoreCase("Q")) {
      return null;
    }
    List<Token> t = afterLabel(tokens);
    for (boolean denies : new boolean[] {true, false}) {
      for (List<String> words : denies ? DENIALS : CONFIRMATIONS) {
        // The tokenizer keeps the full stop of "No." as its own (an abbreviation of "number").
        boolean stopped = startsWith(t, words.subList(0, words.size() - 1)) && t.size() >= words.size()
            && t.get(words.size() - 1).text().equalsIgnoreCase(words.get(words.size() - 1) + ".");
        if (stopped || startsWith(t, words) && (t.size() == words.size() || isBreak(t.get(words.size())))) {
          return new Answer(denies, SentenceView.text(t, 0, words.size()));
        }
      }
    }
    return null;
  }

  private static boolean isBreak(Token t) {
    String w = t.text();
    return w.equals(".") || w.equals(",") || w.equals("!") || w.equals(";") || w.equals("\u2014") || w.equals("-");
  }

  private static boolean startsWith(List<Token> t, List<String> words) {
    if (t.size() < words.size()) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (!t.get(i).text().toLowerCase(Locale.ROOT).replace('\u2019', '\'').equals(words.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The tokens after a speaker's label ("ILESCO:", "CHIEF INSPECTOR:", "A:"): at most eight words, then a colon. */
  private static List<Token> afterLabel(List<Token> tokens) {
    for (int i = 0; i < Math.min(9, tokens.size()); i++) {
      if (tokens.get(i).text().equals(":")) {
        return tokens.subList(i + 1, tokens.size());
      }
      if (!(tokens.get(i).isProperNoun() || tokens.get(i).pos().equals("NOUN") || tokens.get(i).pos().equals("ADP")
          || tokens.get(i).pos().equals("PUNCT") || tokens.get(i).text().equals(tokens.get(i).text().toUpperCase(Locale.ROOT)))) {
        break;
      }
    }
    return tokens;
  }
}
