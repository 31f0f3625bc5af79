package dev.corroborate.stance;

import java.util.Objects;

/**
 * One piece of evidence the engine used for a judgement, kept as data so reports can show why.
 *
 * @param kind   what fired
 * @param words  the words of the passage that made it fire (may be empty)
 * @param detail a short explanation in plain words
 */
public record Cue(Kind kind, String words, String detail) {
  /** The words of the noncommittal cue of a questioner's turn in a transcript ("Q (Radio North): ..."). */
  public static final String QUESTIONER = "Q:";
  /** The words of the noncommittal cue of a question. */
  public static final String QUESTION = "?";

  /** Kinds of cue; the first five can make a passage contradict a claim. */
  public enum Kind {
    NEGATION, REFUTATION, ROLE_CONFLICT, ANTONYM, NUMBER_MISMATCH,
    MATCH, MISSING, HEDGE, ATTRIBUTION, NONCOMMITTAL;

    public boolean contradicts() {
      return ordinal() <= NUMBER_MISMATCH.ordinal();
    }

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  public Cue {
    Objects.requireNonNull(kind, "kind");
    words = words == null ? "" : words;
    Objects.requireNonNull(detail, "detail");
  }

  public String describe() {
    return detail;
  }
}
