package dev.corroborate.report;

import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.verdict.Evidence;
import dev.corroborate.verdict.ReportedParty;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

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

  /** Source id to display name, for the sources of a report; unknown ids stay as they are. */
  static UnaryOperator<String> names(Collection<SourceDocument> sources) {
    Map<String, String> byId = new HashMap<>();
    sources.forEach(s -> byId.put(s.id(), s.displayName()));
    return id -> byId.getOrDefault(id, id);
  }

  /** One line about a reported party: its position, through whom it is known, and whether it counts. */
  static String summary(ReportedParty p, UnaryOperator<String> names) {
    return p.displayName() + " " + position(p, names);
  }

  /** The party's position, through whom it is known, and whether it counts (the summary without the name). */
  static String position(ReportedParty p, UnaryOperator<String> names) {
    List<String> via = p.via().stream().map(names).distinct().toList();
    return p.stance().label() + " it, as reported by " + String.join(", ", via)
        + (p.counted() ? "" : p.stance().decisive() ? " (not counted: its own sources in the corpus decide)"
            : " (not counted: reported on both sides)");
  }
}
