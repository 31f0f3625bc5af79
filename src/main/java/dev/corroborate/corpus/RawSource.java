package dev.corroborate.corpus;

import java.util.List;

/**
 * Source metadata as written in front matter, a sidecar or a JSON line, before validation. The
 * binding target of Jackson; {@link MetadataRules} turns it into {@link Metadata}.
 */
record RawSource(
    Located id,
    Located title,
    Located publisher,
    Located kind,
    Located date,
    Located url,
    Located language,
    Located speaker,
    Located text) {

  /** Keys of front matter and sidecars. */
  static final List<String> METADATA_KEYS =
      List.of("id", "title", "publisher", "kind", "date", "url", "language", "speaker");

  /** Keys of a JSON line: the metadata keys and {@code text}. */
  static final List<String> JSONL_KEYS =
      List.of("id", "title", "publisher", "kind", "date", "url", "language", "speaker", "text");

  static RawSource empty() {
    return new RawSource(null, null, null, null, null, null, null, null, null);
  }
}
