package dev.corroborate.conflicts;

import dev.corroborate.analysis.Passage;
import java.util.regex.Pattern;

/**
 * Whether a passage is a full sentence: it ends with terminal punctuation (possibly inside a closing
 * quote or bracket). Headlines and titles ("Remarks by the Minister, 7 May") do not, and are left
 * out of conflict search: they compress their story and name different events with the same words.
 */
final class SentenceShape {
  private static final Pattern TERMINAL = Pattern.compile("[.!?…][\"'”’»)\\]]*\\s*$");

  private SentenceShape() {}

  static boolean isSentence(Passage p) {
    return TERMINAL.matcher(p.text()).find();
  }
}
