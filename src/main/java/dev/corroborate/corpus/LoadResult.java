package dev.corroborate.corpus;

import java.util.List;

/**
 * What a corpus load produced: the sources (sorted by file then position), the skipped files or
 * lines with their reasons, and warnings (e.g. a file without front matter loaded with defaults).
 */
public record LoadResult(List<SourceDocument> sources, List<Skip> skipped, List<String> warnings) {
  public LoadResult {
    sources = List.copyOf(sources);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }
}
