package dev.corroborate.analysis;

import java.util.List;

/**
 * Splits text into sentences and tokens with lemmas, tags and matching keys.
 *
 * <p>Contract: every returned sentence and token slices back to the input text by its offsets;
 * sentences are in order and do not overlap; whitespace-only text gives no sentences.
 * Implementations are thread-safe.
 */
public interface TextAnalyzer {
  List<Sentence> analyze(String text);

  /** A short description of the models and settings, recorded in the index to detect changes. */
  String settings();
}
