package dev.corroborate.verdict;

import dev.corroborate.stance.Stance;
import java.util.List;
import java.util.Objects;

/**
 * A party whose position on a claim is known from other sources' reports of it ("the Courier
 * reported that ...", "Rivera denied that ..."): the report is evidence of what the party asserts,
 * not of what the reporting source asserts.
 *
 * @param name      the party as the reports name it ("the Courier", "city officials")
 * @param publisher the corpus publisher the party was recognised as, or empty when it is not in the
 *                  corpus
 * @param stance    supports, contradicts, or mentions when the reports disagree on its position
 * @param confidence 0..1
 * @param via       ids of the sources that report it, sorted
 * @param evidence  the reporting passages, strongest first
 * @param counted   whether this position counts towards the verdict: it does unless the party's own
 *                  sources in the corpus already take a side (their own words prevail over reports)
 * @param reason    in words
 */
public record ReportedParty(
    String name, String publisher, Stance stance, double confidence, List<String> via, List<Evidence> evidence,
    boolean counted, String reason) {
  public ReportedParty {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(stance, "stance");
    if (stance == Stance.UNRELATED) {
      throw new IllegalArgumentException("a reported party takes a position");
    }
    via = List.copyOf(via);
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * The party's name: the publisher it was recognised as when the reports' words are part of that
   * name ("the Journal" for "The Daily Journal"), else the reports' words with the publisher after them
   * ("Ana Rivera (City Hall)").
   */
  public String displayName() {
    if (publisher.isEmpty()) {
      return name;
    }
    String words = name.toLowerCase(java.util.Locale.ROOT).replaceFirst("^(the|a|an)\\s+", "");
    return publisher.toLowerCase(java.util.Locale.ROOT).contains(words) ? publisher : name + " (" + publisher + ")";
  }
}
