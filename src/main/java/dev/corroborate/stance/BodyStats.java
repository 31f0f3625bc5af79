package dev.corroborate.stance;

import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import java.util.List;

/**
 * Claim-independent counts over a whole document, computed once per document: how much of it
 * refutes, hedges or negates, whatever it is about.
 *
 * @param tokens      number of word tokens
 * @param refutations refutation words ("denied", "hoax", "false")
 * @param doubts      doubt words ("sceptical", "prank", "exaggerated")
 * @param hedges      hedge words ("reportedly", "allegedly", "may")
 * @param negations   negation words
 * @param attributions speech verbs ("said", "reported")
 * @param cueWords    which refutation, doubt and hedge words occur ("refute:hoax", "doubt:prank",
 *                    "hedge:reportedly")
 * @param termCounts  how often each content word's key occurs
 * @param copulas     the copular statements ("X is a Y") of each sentence
 * @param bigrams     adjacent word pairs, function words included, as lemmas ("not_true", "turn_out")
 */
public record BodyStats(int tokens, int refutations, int doubts, int hedges, int negations, int attributions,
    java.util.Set<String> cueWords, java.util.Map<String, Integer> termCounts, List<Copula> copulas,
    java.util.Set<String> bigrams) {
  public BodyStats {
    // Sorted copies: iteration order feeds floating-point sums and feature order, which must not
    // vary from run to run (Set.copyOf and Map.copyOf iterate in a per-JVM random order).
    cueWords = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(cueWords));
    termCounts = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(termCounts));
    copulas = List.copyOf(copulas);
    bigrams = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(bigrams));
  }

  public static BodyStats of(List<Token> tokens, Lexicon lex) {
    java.util.Set<String> cues = new java.util.TreeSet<>();
    java.util.Map<String, Integer> terms = new java.util.HashMap<>();
    int words = 0;
    int ref = 0;
    int doubt = 0;
    int hedge = 0;
    int neg = 0;
    int attr = 0;
    java.util.Set<String> bigrams = new java.util.TreeSet<>();
    Token previous = null;
    for (int ti = 0; ti < tokens.size(); ti++) {
      Token t = tokens.get(ti);
      if (t.isPunctuation() || isNumber(t.key())) {
        previous = null;
      } else {
        if (previous != null) {
          bigrams.add(previous.lemma() + "_" + t.lemma());
        }
        previous = t;
      }
      if (t.isPunctuation()) {
        if (t.text().equals("?")) {
          cues.add("question");
        }
        continue;
      }
      words++;
      if (t.isContent()) {
        terms.merge(t.key(), 1, Integer::sum);
      }
      if (lex.isRefutation(t.key()) && deniedBefore(tokens, ti, lex)) {
        // "is no hoax", "not fake", "denies ... hoax claims": the refutation is itself denied.
        cues.add("refute_denied");
      } else if (lex.isRefutation(t.key())) {
        ref++;
        cues.add("refute:" + t.key());
      }
      if (lex.isDoubt(t.key())) {
        doubt++;
        cues.add("doubt:" + t.key());
      }
      if (lex.hedges(tokens, ti)) {
        hedge++;
        cues.add("hedge:" + t.lemma());
      }
      neg += lex.isNegation(t.lemma()) ? 1 : 0;
      attr += t.isVerb() && lex.isAttribution(t.key()) ? 1 : 0;
    }
    return new BodyStats(words, ref, doubt, hedge, neg, attr, cues, terms, Copula.find(tokens), bigrams);
  }

  /**
   * Whether a refutation word that is not a verb ("hoax", "fake") follows, within three words and no
   * punctuation, a negation or a refutation verb: "is no hoax", "not fake", "denies surgery hoax
   * claims" (where the tagger may read "denies" as a noun).
   */
  static boolean deniedBefore(List<Token> tokens, int at, Lexicon lex) {
    if (tokens.get(at).isVerb()) {
      return false;
    }
    for (int i = at - 1; i >= Math.max(0, at - 3); i--) {
      Token t = tokens.get(i);
      if (t.isPunctuation()) {
        return false;
      }
      if (lex.isNegation(t.lemma()) || (lex.isRefutation(t.key()) && verbForm(t))) {
        return true;
      }
    }
    return false;
  }

  /** A verb, or an inflected word the tagger may have taken for a noun ("denies", "rejected"). */
  private static boolean verbForm(Token t) {
    String w = t.text().toLowerCase(java.util.Locale.ROOT);
    return t.isVerb() || (!w.equals(t.lemma()) && (w.endsWith("s") || w.endsWith("ed")));
  }

  /** Keys of the numbers written with digits ("1961", "4.5"). */
  java.util.Set<String> numbers() {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (String k : termCounts.keySet()) {
      if (isNumber(k)) {
        out.add(k);
      }
    }
    return out;
  }

  static boolean isNumber(String key) {
    return !key.isEmpty() && Character.isDigit(key.charAt(0));
  }

  /** TF-IDF cosine between these term counts and another bag of keys. */
  public double cosine(java.util.Map<String, Integer> other, IdfSource idf) {
    return cosine(other, idf, squaredNorm(idf));
  }

  /**
   * The squared length of these term counts as a TF-IDF vector, for {@link #cosine(java.util.Map,
   * IdfSource, double)}: a caller comparing one document with many claims computes it once.
   */
  public double squaredNorm(IdfSource idf) {
    double a = 0;
    for (java.util.Map.Entry<String, Integer> e : termCounts.entrySet()) {
      double w = e.getValue() * idf.idf(e.getKey());
      a += w * w;
    }
    return a;
  }

  /**
   * As {@link #cosine(java.util.Map, IdfSource)}, given {@link #squaredNorm} for the same {@code idf}.
   * The other bag is walked in key order, the order of these term counts, so the sum is the same
   * whichever bag is walked.
   */
  public double cosine(java.util.Map<String, Integer> other, IdfSource idf, double squaredNorm) {
    double dot = 0;
    double b = 0;
    for (java.util.Map.Entry<String, Integer> e : new java.util.TreeMap<>(other).entrySet()) {
      double idfOfKey = idf.idf(e.getKey());
      double w = e.getValue() * idfOfKey;
      b += w * w;
      Integer mine = termCounts.get(e.getKey());
      if (mine != null) {
        double wMine = mine * idfOfKey;
        dot += wMine * e.getValue() * idfOfKey;
      }
    }
    return squaredNorm == 0 || b == 0 ? 0 : dot / Math.sqrt(squaredNorm * b);
  }

  /** Occurrences per square root of length: grows with count, damped for long documents. */
  static float density(int count, int tokens) {
    return tokens == 0 ? 0f : (float) (count / Math.sqrt(tokens));
  }
}
