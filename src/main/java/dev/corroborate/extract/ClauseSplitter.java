package dev.corroborate.extract;

import dev.corroborate.analysis.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a sentence into single assertions: at semicolons, and at a coordinating conjunction
 * ("and", "but", "yet") that joins two clauses, each with a verb and the second with a subject of
 * its own ("X did A, but Y did B"; "X did A and Y did B"; "..., and that Y did B"). Coordinated
 * verbs of one subject ("X did A and did B") and coordinated nouns stay together. Stateless.
 */
final class ClauseSplitter {
  /** Subject pronouns: after a noun they open a relative clause ("every grievance he harbors"). */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "he", "she", "they", "it");
  private static final Set<String> CLAUSE_PUNCT = Set.of(",", ":", "\u2014", "\u2013", "--", "(", ")");
  private static final int MAX_SUBJECT = 8;

  /**
   * A part of a sentence holding one assertion.
   *
   * @param from     first token
   * @param to       index after the last token
   * @param parallel true when it opens with "that" after the conjunction: a second complement of the
   *                 verb before it ("insisted that A, and that B"), so it shares that verb's speaker
   */
  record Piece(int from, int to, boolean parallel) {}

  List<Piece> split(List<Token> tokens) {
    List<Piece> out = new ArrayList<>();
    int from = 0;
    boolean parallel = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      int next = -1;
      boolean nextParallel = false;
      if (t.text().equals(";")) {
        next = i + 1;
      } else if (isClauseConjunction(tokens, i) && i > from) {
        int subject = i + 1;
        boolean that = subject < tokens.size() && tokens.get(subject).lemma().equals("that");
        if (that) {
          subject++;
        }
        if (hasFiniteVerb(tokens, lastBoundary(tokens, from, i), i) && opensClause(tokens, subject)) {
          next = i + 1;
          nextParallel = that;
        }
      }
      if (next >= 0) {
        if (hasWord(tokens, from, i)) {
          out.add(new Piece(from, i, parallel));
        }
        from = next;
        parallel = nextParallel;
      }
    }
    if (hasWord(tokens, from, tokens.size())) {
      out.add(new Piece(from, tokens.size(), parallel));
    }
    return out;
  }

  /** "and", "but", or "yet" tagged as a conjunction, or "yet" after a comma (often tagged an adverb). */
  private static boolean isClauseConjunction(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String l = t.lemma();
    if (t.pos().equals("CCONJ")) {
      return l.equals("and") || l.equals("but") || l.equals("yet");
    }
    return l.equals("yet") && i > 0 && tokens.get(i - 1).text().equals(",");
  }

  /**
   * Where the clause that ends at {@code to} starts: after the last comma, colon, "that" or
   * subordinator before it (a comma right before the conjunction does not count).
   */
  private static int lastBoundary(List<Token> tokens, int from, int to) {
    int end = to > from && tokens.get(to - 1).text().equals(",") ? to - 1 : to;
    for (int i = end - 1; i >= from; i--) {
      Token t = tokens.get(i);
      if (CLAUSE_PUNCT.contains(t.text()) || t.pos().equals("SCONJ") || t.lemma().equals("that")) {
        return i + 1;
      }
    }
    return from;
  }

  /**
   * Whether [from, to) has a finite verb: an auxiliary, or a verb that is not an "-ing" form and not
   * after "to" ("citing officials" and "to avoid" are not clauses of their own).
   */
  private static boolean hasFiniteVerb(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isFinite(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFinite(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.pos().equals("AUX")) {
      return true;
    }
    return t.pos().equals("VERB") && !t.text().endsWith("ing") && !(i > 0 && tokens.get(i - 1).lemma().equals("to"));
  }

  private static boolean hasWord(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!tokens.get(i).isPunctuation()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a clause starts here: a noun phrase (nouns, names, pronouns, determiners, adjectives,
   * numbers, possessives, prepositional phrases, an apposition between commas) with a noun, name or
   * pronoun in it, then a finite verb.
   */
  private static boolean opensClause(List<Token> tokens, int at) {
    int i = at;
    while (i < tokens.size() && tokens.get(i).pos().equals("ADV")) {
      i++;
    }
    if (i >= tokens.size() || tokens.get(i).pos().equals("ADP")) {
      return false;
    }
    boolean head = false;
    boolean noun = false;
    for (int k = i; k < Math.min(tokens.size(), i + MAX_SUBJECT); k++) {
      Token t = tokens.get(k);
      switch (t.pos()) {
        case "NOUN", "PROPN", "NUM" -> {
          head = true;
          noun = true;
        }
        case "PRON" -> {
          if (noun && SUBJECT_PRONOUNS.contains(t.lemma())) {
            return false;
          }
          head = true;
        }
        case "DET", "ADJ", "PART", "ADP" -> { }
        case "PUNCT" -> {
          if (!t.text().equals(",") || !head) {
            return false;
          }
        }
        case "ADV" -> {
          if (!head) {
            return false;
          }
        }
        case "AUX", "VERB" -> {
          return head && isFinite(tokens, k);
        }
        default -> {
          return false;
        }
      }
    }
    return false;
  }
}
