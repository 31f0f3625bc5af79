package dev.corroborate.conflicts;

import dev.corroborate.analysis.Token;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.lexicon.Lexicon;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the proposition that names a group: an affirmative one (no negation or refutation word) over
 * a denial, one in its source's own voice over relayed words, the earliest source (the account the
 * others answer), the shorter text, then the first by source id and position. Its side is the
 * supporting side. Stateless and thread-safe.
 */
final class CanonicalChooser {
  private final Lexicon lexicon;
  private final Map<String, SourceDocument> sources;

  CanonicalChooser(Lexicon lexicon, Map<String, SourceDocument> sources) {
    this.lexicon = lexicon;
    this.sources = sources;
  }

  Optional<Proposition> choose(List<Proposition> candidates) {
    return candidates.stream().min(Comparator
        .comparing((Proposition p) -> denies(p))
        .thenComparing(p -> !p.ownVoice())
        .thenComparing(p -> date(p.sourceId()))
        .thenComparingInt(p -> p.text().length())
        .thenComparing(Proposition::sourceId)
        .thenComparingInt(p -> p.passage().ordinal()));
  }

  boolean denies(Proposition p) {
    for (Token t : p.tokens()) {
      if (lexicon.isNegation(t.lemma()) || lexicon.isRefutation(t.key())) {
        return true;
      }
    }
    return false;
  }

  private LocalDate date(String sourceId) {
    SourceDocument s = sources.get(sourceId);
    return s == null || s.date() == null ? LocalDate.MAX : s.date();
  }
}
