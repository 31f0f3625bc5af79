package dev.corroborate.eval;

import dev.corroborate.learn.StanceModel;
import dev.corroborate.stance.StanceFeatures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the word features ({@link StanceFeatures#WORD_FEATURES}: a document's words near the claim's
 * content, and in its lede) of the words that documents use with many different claims, and drops
 * the rest before training. A word found near
 * few claims belongs to a topic ("pumpkin", "caliphate"), and learning it as a sign of a stance would
 * learn which stories were debunked; a word found across many claims frames what a document reports
 * ("reportedly", "hoax", "confirmed") whatever the story. The model learns only the kept words, and
 * ignores the others when it predicts, so the vocabulary needs no file of its own.
 */
final class CrossClaimWords {
  /** Distinct claims a word must be found near for its feature to be kept (chosen on the inner split). */
  static final int MIN_CLAIMS = 50;

  private CrossClaimWords() {}

  /** A training example and the claim it was judged against. */
  record Claimed(String claim, StanceModel.Example example) {}

  /** The examples with the near-word features of words found near fewer than {@code minClaims} claims removed. */
  static List<StanceModel.Example> keep(List<Claimed> examples, int minClaims) {
    Map<String, Set<String>> claimsByWord = new HashMap<>();
    for (Claimed c : examples) {
      for (String name : c.example().features().names()) {
        String word = word(name);
        if (word != null) {
          claimsByWord.computeIfAbsent(word, w -> new HashSet<>()).add(c.claim());
        }
      }
    }
    Set<String> vocabulary = new HashSet<>();
    claimsByWord.forEach((w, claims) -> {
      if (claims.size() >= minClaims) {
        vocabulary.add(w);
      }
    });
    List<StanceModel.Example> out = new ArrayList<>(examples.size());
    for (Claimed c : examples) {
      StanceFeatures.Vector v = c.example().features();
      List<String> names = new ArrayList<>(v.names().size());
      float[] values = new float[v.names().size()];
      for (int i = 0; i < v.names().size(); i++) {
        String word = word(v.names().get(i));
        if (word == null || vocabulary.contains(word)) {
          values[names.size()] = v.values()[i];
          names.add(v.names().get(i));
        }
      }
      out.add(new StanceModel.Example(new StanceFeatures.Vector(names, java.util.Arrays.copyOf(values, names.size())),
          c.example().gold()));
    }
    return out;
  }

  /**
   * The word feature a feature name is or copies (a short document's copy "short|nw=hoax" is
   * "nw=hoax"), or null for a feature of another kind.
   */
  static String word(String featureName) {
    for (String prefix : StanceFeatures.WORD_FEATURES) {
      int at = featureName.indexOf(prefix);
      if (at >= 0) {
        return featureName.substring(at);
      }
    }
    return null;
  }
}
