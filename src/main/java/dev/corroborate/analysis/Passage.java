package dev.corroborate.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of a source: the unit that is indexed, retrieved and judged.
 *
 * @param sourceId the source it belongs to
 * @param ordinal  0-based position among the source's passages
 * @param sentence the analysed sentence; offsets point into the source body
 */
public record Passage(String sourceId, int ordinal, Sentence sentence) {
  public Passage {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(sentence, "sentence");
    if (ordinal < 0) {
      throw new IllegalArgumentException("ordinal < 0");
    }
  }

  public String text() {
    return sentence.text();
  }

  public List<Token> tokens() {
    return sentence.tokens();
  }

  /** Stable id: {@code sourceId#ordinal}. */
  public String id() {
    return sourceId + "#" + ordinal;
  }
}
