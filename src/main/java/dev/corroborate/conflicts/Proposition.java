package dev.corroborate.conflicts;

import dev.corroborate.analysis.Passage;
import dev.corroborate.analysis.Token;
import java.util.List;
import java.util.Objects;

/**
 * A candidate proposition: what one passage asserts, with the attribution stripped ("The Courier
 * reported: X" gives X, held by "The Courier").
 *
 * @param passage  the passage it comes from
 * @param from     first token of the asserted content in the passage
 * @param to       index after its last token
 * @param text     the content as a clean sentence
 * @param holder   who the passage says asserts it, as written; empty when the source says it itself
 * @param ownVoice true when the holder is the source itself (its speaker, publisher or a pronoun)
 */
public record Proposition(Passage passage, int from, int to, String text, String holder, boolean ownVoice,
    String citing) {
  public Proposition {
    citing = citing == null ? "" : citing;
    Objects.requireNonNull(passage, "passage");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(holder, "holder");
    if (from < 0 || to <= from || to > passage.tokens().size()) {
      throw new IllegalArgumentException("bad token range " + from + ".." + to);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("empty proposition");
    }
  }

  /** The tokens of the asserted content. */
  public List<Token> tokens() {
    return passage.tokens().subList(from, to);
  }

  public String sourceId() {
    return passage.sourceId();
  }

  /** A proposition that cites no informants. */
  public Proposition(Passage passage, int from, int to, String text, String holder, boolean ownVoice) {
    this(passage, from, to, text, holder, ownVoice, "");
  }
}
