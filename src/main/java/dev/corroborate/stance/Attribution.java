package dev.corroborate.stance;

import java.util.Objects;
import java.util.Set;

/**
 * Who asserts a passage's content.
 *
 * @param holder     the words naming the holder as written ("Ana Rivera", "the Courier"), or empty
 *                   when the source speaks in its own voice without an attribution
 * @param ownVoice   true when the holder is the source itself (its speaker, its publisher, a pronoun
 *                   or the document itself)
 * @param from       first token index of the attributed content
 * @param to         index after the last token of the attributed content
 * @param holderKeys the matching keys of the holder's words (names, entity concepts, nouns; titles and
 *                   small words left out), by which the holder is matched to the corpus's sources;
 *                   empty for the own voice or a holder named only by a pronoun
 * @param citing     the sources the assertion cites as written ("Japanese officials and a U.S.
 *                   source briefed on the call" from "..., citing ..."), or empty
 */
public record Attribution(String holder, boolean ownVoice, int from, int to, Set<String> holderKeys, String citing) {
  public Attribution {
    Objects.requireNonNull(holder, "holder");
    holderKeys = Set.copyOf(holderKeys);
    Objects.requireNonNull(citing, "citing");
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("bad content span " + from + ".." + to);
    }
  }

  /** An attribution that cites nobody and whose holder has no keys. */
  public Attribution(String holder, boolean ownVoice, int from, int to) {
    this(holder, ownVoice, from, to, Set.of(), "");
  }

  public static Attribution own(int size) {
    return new Attribution("", true, 0, size);
  }

  public boolean covers(int tokenIndex) {
    return tokenIndex >= from && tokenIndex < to;
  }

  /** The same attribution citing these sources. */
  Attribution citing(String cited) {
    return new Attribution(holder, ownVoice, from, to, holderKeys, cited);
  }

  /** True when the content is someone else's words and that someone is named (not only a pronoun). */
  public boolean namedOther() {
    return !ownVoice && !holderKeys.isEmpty();
  }
}
