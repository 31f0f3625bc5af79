package dev.corroborate.retrieval;

import dev.corroborate.analysis.Passage;
import java.util.Objects;

/** A retrieved passage and its BM25 score. */
public record Hit(Passage passage, float score) {
  public Hit {
    Objects.requireNonNull(passage, "passage");
  }
}
