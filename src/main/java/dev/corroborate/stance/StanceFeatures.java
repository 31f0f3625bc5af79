package dev.corroborate.stance;

import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the rule engine's passage judgements on one document into named numeric features for the
 * learned stance model: the rules' combined stance, how well the best passages cover the claim,
 * which cues fired in related and in decisive passages, and document-level refutation, hedge and
 * negation densities. The features are exactly what the explainable rules computed, so a learned
 * decision can always be explained by the cues behind it. Stateless and thread-safe.
 */
public final class StanceFeatures {
  /** Named feature values, parallel lists. */
  public record Vector(List<String> names, float[] values) {
    public Vector {
      names = List.copyOf(names);
      if (names.size() != values.length) {
        throw new IllegalArgumentException("names and values differ in length");
      }
    }
  }

  /**
   * Documents shorter than this many words (a headline, one evidence sentence) get their own copy of
   * every feature, so the linear model can weigh evidence differently for them than for articles.
   */
  static final int SHORT_DOCUMENT = 40;
  /** Coverage from which a passage counts as near the claim's content. */
  static final double NEAR = 0.3;
  /** Prefix of the features naming a document's words in passages near the claim's content. */
  public static final String NEAR_WORD = "nw=";
  /** Prefix of the features naming a document's words in its lede (first two passages). */
  public static final String LEDE_WORD = "lw=";
  /** Prefix of the features naming adjacent word pairs (function words too) near the claim's content. */
  public static final String NEAR_BIGRAM = "nb=";
  /** The word features, whose vocabulary the trainer limits to words found with many claims. */
  public static final List<String> WORD_FEATURES = List.of(NEAR_WORD, LEDE_WORD, NEAR_BIGRAM);

  private final Lexicon lexicon;

  public StanceFeatures(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Features of a claim against one document.
   *
   * @param claim         the claim
   * @param judgements    its judgement on every passage of the document
   * @param passageStats  each passage's own counts, parallel to {@code judgements}, so refutation,
   *                      negation and hedge words near the claim's content count even where no rule
   *                      tied them to it
   * @param ruleStance    what the rules combine the judgements into
   * @param documentCover coverage of the claim by the whole document taken as one passage
   * @param body          the document's claim-independent counts
   */
  public Vector of(ClaimFrame claim, List<StanceJudgement> judgements, List<BodyStats> passageStats,
      Stance ruleStance, double documentCover, BodyStats body) {
    return of(claim, judgements, passageStats, ruleStance, documentCover, body, body.squaredNorm(claim.idf));
  }

  /**
   * As {@link #of(ClaimFrame, List, List, Stance, double, BodyStats)}, given the document's
   * {@link BodyStats#squaredNorm} under the claim's word rarity: a caller judging many claims against
   * one document computes it once.
   */
  public Vector of(ClaimFrame claim, List<StanceJudgement> judgements, List<BodyStats> passageStats,
      Stance ruleStance, double documentCover, BodyStats body, double bodySquaredNorm) {
    List<String> names = new ArrayList<>();
    List<Float> values = new ArrayList<>();
    add(names, values, "bias", 1f);
    add(names, values, "rule=" + ruleStance.label(), 1f);
    // News puts its main assertion first: how the lede (first two passages) bears on the claim.
    StanceJudgement lede = judgements.stream().limit(2)
        .max(Comparator.comparingDouble(StanceJudgement::coverage)).orElse(null);
    if (lede != null) {
      add(names, values, "ledecov", (float) lede.coverage());
      add(names, values, "lede_stance=" + lede.stance().label(), 1f);
    }
    int bestAt = 0;
    for (int i = 1; i < judgements.size(); i++) {
      if (judgements.get(i).coverage() > judgements.get(bestAt).coverage()) {
        bestAt = i;
      }
    }
    add(names, values, "best_position=" + (bestAt == 0 ? "0" : bestAt <= 2 ? "1-2" : bestAt <= 5 ? "3-5" : "6+"), 1f);
    List<StanceJudgement> sorted = new ArrayList<>(judgements);
    sorted.sort(Comparator.comparingDouble(StanceJudgement::coverage).reversed());
    double max = sorted.isEmpty() ? 0 : sorted.get(0).coverage();
    double top3 = sorted.stream().limit(3).mapToDouble(StanceJudgement::coverage).average().orElse(0);
    add(names, values, "maxcov", (float) max);
    add(names, values, "top3cov", (float) top3);
    add(names, values, "doccov", (float) documentCover);
    if (!sorted.isEmpty()) {
      StanceJudgement best = sorted.get(0);
      int missing = 0;
      for (Cue c : best.cues()) {
        if (c.kind() == Cue.Kind.MISSING) {
          missing += c.words().isEmpty() ? 1 : c.words().split(", ").length;
          if (c.detail().startsWith("does not state")) {
            add(names, values, "best_action_missing", 1f);
          }
        }
        add(names, values, "best_cue=" + c.kind().label(), 1f);
      }
      add(names, values, "best_missing", Math.min(5, missing));
      add(names, values, "best_stance=" + best.stance().label(), 1f);
    }
    if (passageStats.size() == judgements.size()) {
      int refute = 0;
      int negate = 0;
      int hedge = 0;
      int doubt = 0;
      int attribute = 0;
      // The document's own words and word pairs where it speaks of the claim's content (not the
      // claim's words): how it frames what it reports ("hoax", "confirmed", "not_true"). The trainer
      // keeps only words found across many claims, so no topic's vocabulary is learned as a stance.
      List<BodyStats> near = new ArrayList<>();
      java.util.Set<String> nearBigrams = new java.util.TreeSet<>();
      for (int i = 0; i < judgements.size(); i++) {
        if (judgements.get(i).coverage() >= NEAR) {
          BodyStats ps = passageStats.get(i);
          refute += ps.refutations() > 0 ? 1 : 0;
          negate += ps.negations() > 0 ? 1 : 0;
          hedge += ps.hedges() > 0 ? 1 : 0;
          doubt += ps.doubts() > 0 ? 1 : 0;
          attribute += ps.attributions() > 0 ? 1 : 0;
          near.add(ps);
          nearBigrams.addAll(ps.bigrams());
        }
      }
      for (String w : wordsBesidesTheClaims(claim, near)) {
        add(names, values, NEAR_WORD + w, 1f);
      }
      for (String b : nearBigrams) {
        add(names, values, NEAR_BIGRAM + b, 1f);
      }
      add(names, values, "near_refutation", (float) Math.log1p(refute));
      add(names, values, "near_negation", (float) Math.log1p(negate));
      add(names, values, "near_hedge", (float) Math.log1p(hedge));
      add(names, values, "near_doubt", (float) Math.log1p(doubt));
      add(names, values, "near_attribution", (float) Math.log1p(attribute));
      if (!judgements.isEmpty()) {
        BodyStats best = passageStats.get(bestAt);
        add(names, values, "best_has_refutation", best.refutations() > 0 ? 1f : 0f);
        add(names, values, "best_has_negation", best.negations() > 0 ? 1f : 0f);
        add(names, values, "best_has_hedge", best.hedges() > 0 ? 1f : 0f);
        add(names, values, "best_has_doubt", best.doubts() > 0 ? 1f : 0f);
      }
      // The lede (first two passages) states what the document is about, whatever words it shares
      // with the claim: a lede that refutes, doubts or hedges colours the whole document.
      mismatches(claim, judgements, passageStats, body, names, values);
      List<BodyStats> ledeStats = passageStats.subList(0, Math.min(2, passageStats.size()));
      for (String w : wordsBesidesTheClaims(claim, ledeStats)) {
        add(names, values, LEDE_WORD + w, 1f);
      }
      add(names, values, "lede_has_refutation", ledeStats.stream().anyMatch(s -> s.refutations() > 0) ? 1f : 0f);
      add(names, values, "lede_has_doubt", ledeStats.stream().anyMatch(s -> s.doubts() > 0) ? 1f : 0f);
      add(names, values, "lede_has_hedge", ledeStats.stream().anyMatch(s -> s.hedges() > 0) ? 1f : 0f);
      add(names, values, "lede_has_negation", ledeStats.stream().anyMatch(s -> s.negations() > 0) ? 1f : 0f);
    }
    int bin = (int) Math.min(9, Math.floor(max * 10));
    add(names, values, "maxcov_bin=" + bin, 1f);
    add(names, values, "doccov_bin=" + (int) Math.min(9, Math.floor(documentCover * 10)), 1f);
    double cosine = body.cosine(claim.termCounts(), claim.idf, bodySquaredNorm);
    add(names, values, "cosine", (float) cosine);
    add(names, values, "cosine_bin=" + (int) Math.min(9, Math.floor(Math.sqrt(cosine) * 10)), 1f);
    add(names, values, "rule=" + ruleStance.label() + "&maxcov_bin=" + bin, 1f);
    int sup = 0;
    int con = 0;
    int men = 0;
    double supConf = 0;
    double conConf = 0;
    Set<Cue.Kind> related = EnumSet.noneOf(Cue.Kind.class);
    Set<Cue.Kind> decisive = EnumSet.noneOf(Cue.Kind.class);
    boolean relayedOnly = true;
    for (StanceJudgement j : judgements) {
      switch (j.stance()) {
        case SUPPORTS -> {
          sup++;
          supConf = Math.max(supConf, j.confidence());
        }
        case CONTRADICTS -> {
          con++;
          conConf = Math.max(conConf, j.confidence());
        }
        case MENTIONS -> men++;
        default -> { }
      }
      if (j.stance() != Stance.UNRELATED) {
        j.cues().forEach(c -> related.add(c.kind()));
      }
      if (j.stance().decisive()) {
        j.cues().forEach(c -> decisive.add(c.kind()));
        relayedOnly &= !j.attribution().ownVoice();
      }
    }
    add(names, values, "n_supports", (float) Math.log1p(sup));
    add(names, values, "n_contradicts", (float) Math.log1p(con));
    add(names, values, "n_mentions", (float) Math.log1p(men));
    add(names, values, "conf_supports", (float) supConf);
    add(names, values, "conf_contradicts", (float) conConf);
    if (sup + con > 0 && relayedOnly) {
      add(names, values, "relayed_only", 1f);
    }
    for (Cue.Kind k : related) {
      add(names, values, "cue_related=" + k.label(), 1f);
    }
    for (Cue.Kind k : decisive) {
      add(names, values, "cue_decisive=" + k.label(), 1f);
    }
    add(names, values, "doc_refutation", BodyStats.density(body.refutations(), body.tokens()));
    add(names, values, "doc_doubt", BodyStats.density(body.doubts(), body.tokens()));
    add(names, values, "doc_hedge", BodyStats.density(body.hedges(), body.tokens()));
    add(names, values, "doc_negation", BodyStats.density(body.negations(), body.tokens()));
    add(names, values, "doc_attribution", BodyStats.density(body.attributions(), body.tokens()));
    add(names, values, "doc_short", body.tokens() < 40 ? 1f : 0f);
    for (String w : body.cueWords()) {
      add(names, values, "doc_" + w, 1f);
    }
    int claimHedge = 0;
    int claimNeg = 0;
    int claimRef = 0;
    boolean question = false;
    for (int i = 0; i < claim.view.tokens.size(); i++) {
      Token t = claim.view.tokens.get(i);
      claimHedge += lexicon.hedges(claim.view.tokens, i) ? 1 : 0;
      claimNeg += lexicon.isNegation(t.lemma()) ? 1 : 0;
      claimRef += lexicon.isRefutation(t.key()) ? 1 : 0;
      question |= t.text().equals("?");
    }
    add(names, values, "claim_hedge", Math.min(2, claimHedge));
    add(names, values, "claim_negation", Math.min(2, claimNeg));
    add(names, values, "claim_refutation", Math.min(2, claimRef));
    add(names, values, "claim_question", question ? 1f : 0f);
    // Polarity of the claim against the passage that covers it best: a linear model cannot tell
    // "both negated" from "one negated" out of the two counts, so each combination is its own feature.
    if (passageStats.size() == judgements.size() && !judgements.isEmpty()) {
      BodyStats best = passageStats.get(bestAt);
      add(names, values, "polarity_negation=" + (claimNeg > 0 ? "c" : "-") + (best.negations() > 0 ? "d" : "-"), 1f);
      boolean docRefutes = best.refutations() + best.doubts() > 0;
      add(names, values, "polarity_refutation=" + (claimRef > 0 ? "c" : "-") + (docRefutes ? "d" : "-"), 1f);
    }
    if (body.tokens() < SHORT_DOCUMENT) {
      int n = names.size();
      for (int i = 0; i < n; i++) {
        names.add("short|" + names.get(i));
        values.add(values.get(i));
      }
      for (String key : new java.util.TreeSet<>(body.termCounts().keySet())) {
        add(names, values, "short|w=" + key, 1f);
      }
    }
    float[] v = new float[values.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = values.get(i);
    }
    return new Vector(names, v);
  }

  /**
   * Where passages near the claim say its subject "is" something else (a substituted predicate, see
   * {@link Copula}) or the same thing, and whether the claim's numbers occur in the document or near
   * its content other numbers do.
   */
  private static void mismatches(ClaimFrame claim, List<StanceJudgement> judgements, List<BodyStats> passageStats,
      BodyStats body, List<String> names, List<Float> values) {
    boolean substituted = false;
    boolean agreed = false;
    boolean nearNumbers = false;
    for (int i = 0; i < judgements.size(); i++) {
      if (judgements.get(i).coverage() < NEAR) {
        continue;
      }
      BodyStats ps = passageStats.get(i);
      nearNumbers |= !ps.numbers().isEmpty();
      for (Copula c : claim.copulas) {
        for (Copula pc : ps.copulas()) {
          if (pc.substitutes(c, ps.termCounts().keySet(), claim.tokenKeys)) {
            substituted = true;
          } else if (!java.util.Collections.disjoint(pc.subject(), c.subject())
              && ps.termCounts().keySet().containsAll(c.complement())) {
            agreed = true;
          }
        }
      }
    }
    add(names, values, "copula_substitution", substituted ? 1f : 0f);
    add(names, values, "copula_agreement", agreed ? 1f : 0f);
    if (!claim.numbers.isEmpty()) {
      boolean found = !java.util.Collections.disjoint(claim.numbers, body.numbers());
      add(names, values, "claim_number", 1f);
      add(names, values, "claim_number_found", found ? 1f : 0f);
      add(names, values, "claim_number_mismatch", !found && nearNumbers ? 1f : 0f);
    }
  }

  /** The content words of the passages that are not the claim's and not numbers, sorted. */
  private static java.util.Set<String> wordsBesidesTheClaims(ClaimFrame claim, List<BodyStats> passages) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (BodyStats ps : passages) {
      for (String k : ps.termCounts().keySet()) {
        if (!claim.tokenKeys.contains(k) && !BodyStats.isNumber(k)) {
          out.add(k);
        }
      }
    }
    return out;
  }

  private static void add(List<String> names, List<Float> values, String name, float value) {
    if (value != 0f) {
      names.add(name.toLowerCase(Locale.ROOT));
      values.add(value);
    }
  }
}
