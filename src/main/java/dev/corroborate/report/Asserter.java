package dev.corroborate.report;

import dev.corroborate.verdict.Evidence;
import dev.corroborate.verdict.ReportedParty;

/**
 * Who asserts a quoted passage, in words for every report: "The Courier, citing two city officials"
 * for a source's own reporting, "Ana Rivera, as reported by The Courier" for reported speech.
 */
final class Asserter {
  private Asserter() {}

  /**
   * The asserter of a passage quoted from a source.
   *
   * @param sourceName the quoting source's display name
   * @return empty when the source asserts it in its own voice and cites nobody (nothing to add)
   */
  static String of(String sourceName, Evidence e) {
    if (!e.attributedTo().isEmpty()) {
      return e.attributedTo() + (e.citing().isEmpty() ? "" : ", citing " + e.citing())
          + ", as reported by " + sourceName;
    }
    return e.citing().isEmpty() ? "" : sourceName + ", citing " + e.citing();
  }

  /** One line about a reported party: its position, through whom it is known, and whether it counts. */
  static String summary(ReportedParty p) {
    return p.displayName() + " " + position(p);
  }

  /** The party's position, through whom it is known, and whether it counts (the summary without the name). */
  static String position(ReportedParty p) {
    return p.stance().label() + " it, as reported by " + String.join(", ", p.via())
        + (p.counted() ? "" : p.stance().decisive() ? " (not counted: its own sources in the corpus decide)"
            : " (not counted: reported on both sides)");
  }
}
