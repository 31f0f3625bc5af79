package dev.corroborate.conflicts;

import dev.corroborate.analysis.Passage;
import dev.corroborate.corpus.SourceDocument;
import java.util.Objects;

/**
 * A source that covers a contested proposition's event but says nothing either way about it: an
 * omission, never a contradiction.
 *
 * @param source  the silent source
 * @param passage its passage that covers the event
 * @param reason  what it covers and what it leaves out, in plain words
 */
public record Omission(SourceDocument source, Passage passage, String reason) {
  public Omission {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(passage, "passage");
    Objects.requireNonNull(reason, "reason");
  }
}
