package dev.corroborate.corpus;

import java.time.LocalDate;
import java.util.Objects;

/** Validated metadata of one source; {@link #toSource} adds where it came from and its body. */
record Metadata(
    String id,
    String title,
    String publisher,
    SourceKind kind,
    LocalDate date,
    String url,
    String language,
    String speaker) {

  Metadata {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
  }

  SourceDocument toSource(String file, String fileHash, String body) {
    return new SourceDocument(
        id, title, publisher, kind, date, url, language, speaker, file, fileHash, body);
  }
}
