package dev.corroborate.corpus;

import java.util.List;

/**
 * Reads corpus files of one format into sources. Implementations never throw for bad content:
 * each problem becomes a skip in the {@link FileOutcome}. Implementations are stateless and
 * thread-safe.
 */
interface SourceFormat {
  /** Lower-case extensions, without the dot, of the files this format reads. */
  List<String> extensions();

  /** Reads {@code file}; sources, skips and warnings go to {@code out}. */
  void read(CorpusFile file, FileOutcome out);
}
