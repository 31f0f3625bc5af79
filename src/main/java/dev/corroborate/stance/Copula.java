package dev.corroborate.stance;

import dev.corroborate.analysis.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A copular statement "SUBJECT is (a) COMPLEMENT" of one sentence, as word keys: "The mayor of Tolvik
 * is a retired pilot" gives subject {mayor, tolvik} and complement {retired, pilot}. Two sentences
 * that say the same subject "is" different things substitute one predicate for another ("X is a
 * senator" against "X is a model"), a mismatch no negation or refutation word marks. Found from
 * part-of-speech tags alone: the subject is the nouns before the verb "be" (outside brackets, at most
 * {@value #SUBJECT_WINDOW} words back), the complement the nouns, adjectives and numbers after it up
 * to the next preposition, verb, clause word or punctuation. A negated or passive "be" gives none.
 * Immutable.
 *
 * @param subject    keys of the subject's nouns and names
 * @param complement keys of the complement's nouns, adjectives and numbers
 */
public record Copula(Set<String> subject, Set<String> complement) {
  static final int SUBJECT_WINDOW = 12;
  private static final int COMPLEMENT_WINDOW = 8;

  public Copula {
    subject = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(subject));
    complement = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(complement));
  }

  /** The copular statements of a sentence's tokens, in order. */
  public static List<Copula> find(List<Token> tokens) {
    List<Copula> out = new ArrayList<>();
    for (int b = 1; b < tokens.size(); b++) {
      if (!tokens.get(b).lemma().equals("be")) {
        continue;
      }
      Set<String> complement = new TreeSet<>();
      for (int i = b + 1; i < Math.min(tokens.size(), b + 1 + COMPLEMENT_WINDOW); i++) {
        Token t = tokens.get(i);
        String pos = t.pos();
        if (negation(t)) {
          complement.clear();
          break;
        }
        if (pos.equals("DET") || pos.equals("ADV")) {
          continue;
        }
        if (pos.equals("CCONJ") && !complement.isEmpty()) {
          continue;
        }
        if (pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("NUM")) {
          if (!t.key().isEmpty()) {
            complement.add(t.key());
          }
          continue;
        }
        break;
      }
      if (complement.isEmpty()) {
        continue;
      }
      Set<String> subject = new TreeSet<>();
      int depth = 0;
      for (int i = b - 1; i >= Math.max(0, b - SUBJECT_WINDOW); i--) {
        Token t = tokens.get(i);
        if (t.text().equals(")")) {
          depth++;
        } else if (t.text().equals("(")) {
          depth = Math.max(0, depth - 1);
        } else if (depth == 0 && (t.pos().equals("NOUN") || t.pos().equals("PROPN")) && !t.key().isEmpty()) {
          subject.add(t.key());
        } else if (depth == 0 && (t.lemma().equals("be") || t.isVerb())) {
          break;
        }
      }
      if (!subject.isEmpty()) {
        out.add(new Copula(subject, complement));
      }
    }
    return out;
  }

  private static boolean negation(Token t) {
    String l = t.lemma();
    return l.equals("not") || l.equals("n't") || l.equals("never") || l.equals("no");
  }

  /**
   * Whether this (a passage's) statement substitutes another predicate for the claim's: the same
   * subject (a shared subject word), and each side's complement has a word the other text lacks
   * altogether ({@code passageKeys} and {@code claimKeys}: every word key of each text).
   */
  public boolean substitutes(Copula claim, Set<String> passageKeys, Set<String> claimKeys) {
    if (java.util.Collections.disjoint(subject, claim.subject())) {
      return false;
    }
    boolean claimWordMissing = claim.complement().stream().anyMatch(k -> !passageKeys.contains(k));
    boolean passageWordNew = complement.stream().anyMatch(k -> !claimKeys.contains(k));
    return claimWordMissing && passageWordNew;
  }
}
