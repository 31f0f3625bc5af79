package dev.corroborate.corpus;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One source of the corpus: its metadata and its plain-text body.
 *
 * @param id        unique kebab-case id (never used as a path)
 * @param title     title, never null (may be empty)
 * @param publisher who published it, never null (may be empty)
 * @param kind      kind of source
 * @param date      publication date, or null when unknown
 * @param url       link, or null
 * @param language  ISO 639-1 code, "en" by default
 * @param speaker   the person whose words these are, or null
 * @param file      path of the corpus file it came from, relative to the corpus folder, '/'-separated
 * @param fileHash  SHA-256 (hex) of the bytes of that file and of any sidecar that fed it
 * @param body      plain text that is analysed; passages' offsets point into it
 */
public record SourceDocument(
    String id,
    String title,
    String publisher,
    SourceKind kind,
    LocalDate date,
    String url,
    String language,
    String speaker,
    String file,
    String fileHash,
    String body) {

  public static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[-._][a-z0-9]+)*");

  public SourceDocument {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("source id must be kebab-case: " + id);
    }
    title = title == null ? "" : title;
    publisher = publisher == null ? "" : publisher;
    Objects.requireNonNull(kind, "kind");
    language = language == null || language.isBlank() ? "en" : language;
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(fileHash, "fileHash");
    Objects.requireNonNull(body, "body");
  }

  /** Publisher, or the title when there is no publisher, or the id. */
  public String displayName() {
    if (!publisher.isBlank()) {
      return publisher;
    }
    return title.isBlank() ? id : title;
  }
}
