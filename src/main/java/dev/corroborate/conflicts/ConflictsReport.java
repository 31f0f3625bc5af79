package dev.corroborate.conflicts;

import dev.corroborate.corpus.SourceDocument;
import java.util.List;

/**
 * What {@code conflicts} found: the contested propositions, best first, and counts of the work done.
 *
 * @param propositions the contested propositions, ranked ({@link RankScore#ORDER})
 * @param sources      every source of the corpus, by id
 * @param passages     passages in the index
 * @param candidates   passages that carried a candidate proposition
 * @param pairs        conflicting passage pairs found before grouping
 */
public record ConflictsReport(List<ContestedProposition> propositions, List<SourceDocument> sources,
    int passages, int candidates, int pairs) {
  public ConflictsReport {
    propositions = List.copyOf(propositions);
    sources = List.copyOf(sources);
    if (passages < 0 || candidates < 0 || pairs < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }
}
