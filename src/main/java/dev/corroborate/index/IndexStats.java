package dev.corroborate.index;

import dev.corroborate.corpus.Skip;
import java.util.List;

/**
 * What an index update did.
 *
 * @param indexed   sources analysed and (re)written because they were new or changed
 * @param unchanged sources whose file hash was already in the index
 * @param removed   sources dropped because their file is gone or no longer yields them
 * @param skipped   corpus files or lines not loaded, with the reason
 * @param sources   sources in the index after the update
 * @param passages  passages in the index after the update
 */
public record IndexStats(int indexed, int unchanged, int removed, List<Skip> skipped, int sources, int passages) {
  public IndexStats {
    skipped = List.copyOf(skipped);
  }
}
