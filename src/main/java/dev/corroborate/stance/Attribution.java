package dev.corroborate.stance;

import java.util.Objects;

/**
 * Who asserts a passage's content.
 *
 * @param holder   the words naming the holder as written ("Ana Rivera", "the Courier"), or empty when
 *                 the source speaks in its own voice without an attribution
 * @param ownVoice true when the holder is the source itself (its speaker, its publisher, a pronoun
 *                 or the document itself)
 * @param from     first token index of the attributed content
 * @param to       index after the last token of the attributed content
 */
public record Attribution(String holder, boolean ownVoice, int from, int to) {
  public Attribution {
    Objects.requireNonNull(holder, "holder");
  }

  public static Attribution own(int size) {
    return new Attribution("", true, 0, size);
  }

  public boolean covers(int tokenIndex) {
    return tokenIndex >= from && tokenIndex < to;
  }
}
