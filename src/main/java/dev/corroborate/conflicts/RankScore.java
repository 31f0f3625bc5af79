package dev.corroborate.conflicts;

import java.util.Comparator;

/**
 * How strongly a proposition is contested: each side's weight is the sum over its distinct sources
 * of 2 for an official kind (official-readout, official-statement, press-briefing, letter) or 1
 * otherwise, halved when the source only relays someone else's words. Propositions rank by the weaker
 * side's weight (a dispute is as strong as its weaker side), then by both sides' total, then by text.
 *
 * @param supporting    weight of the supporting side
 * @param contradicting weight of the contradicting side
 */
public record RankScore(double supporting, double contradicting) {
  /** Best first. */
  public static final Comparator<ContestedProposition> ORDER = Comparator
      .comparingDouble((ContestedProposition p) -> -p.score().weaker())
      .thenComparingDouble(p -> -p.score().total())
      .thenComparing(ContestedProposition::text)
      .thenComparing(ContestedProposition::id);

  public RankScore {
    if (supporting < 0 || contradicting < 0) {
      throw new IllegalArgumentException("weights must be >= 0");
    }
  }

  public double weaker() {
    return Math.min(supporting, contradicting);
  }

  public double total() {
    return supporting + contradicting;
  }
}
