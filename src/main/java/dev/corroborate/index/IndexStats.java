package dev.corroborate.index;

import dev.corroborate.corpus.Skip;
import java.util.List;
import java.util.Objects;

/**
 * What an index update did.
 *
 * @param indexed    sources analysed and (re)written because they were new or changed
 * @param unchanged  sources whose file hash was already in the index
 * @param removed    sources dropped because their file is gone or no longer yields them
 * @param skipped    corpus files or lines not loaded, with the reason
 * @param sources    sources in the index after the update
 * @param passages   passages in the index after the update
 * @param warnings   corpus files loaded with defaults or left out on purpose (e.g. a symbolic link),
 *                   one line each, starting with the file
 * @param notUpdated why the index was not updated and its last commit is used as it is (then the
 *                   three counts are 0), or empty when it was updated
 */
public record IndexStats(int indexed, int unchanged, int removed, List<Skip> skipped, int sources, int passages,
    List<String> warnings, String notUpdated) {
  public IndexStats {
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(notUpdated, "notUpdated");
  }

  /** Stats of an update that ran, without warnings. */
  public IndexStats(int indexed, int unchanged, int removed, List<Skip> skipped, int sources, int passages) {
    this(indexed, unchanged, removed, skipped, sources, passages, List.of(), "");
  }

  public boolean updated() {
    return notUpdated.isEmpty();
  }
}
