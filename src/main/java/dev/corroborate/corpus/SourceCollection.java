package dev.corroborate.corpus;

import dev.corroborate.diag.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A bulk collection file of sources, read as a stream, one record at a time, so that a collection
 * of any size is imported in bounded memory: JSON Lines ({@link #jsonl}) or the Reuters-21578 JSON
 * arrays ({@link #reuters}). Every source read from a collection has {@code file} set to
 * {@code NAME#ID} (NAME the collection file's name) and {@code fileHash} to the SHA-256 of that
 * record alone, so an import can tell which records changed.
 */
public interface SourceCollection {
  /** The collection file's name (no folder), which names the collection in the index. */
  String name();

  /** The file's size in bytes, for progress. */
  long sizeBytes();

  /** Opens a new cursor at the first record. */
  Cursor open() throws IOException, BadInputException;

  /** What one record gave. */
  sealed interface Entry permits Source, Skipped, Empty {}

  /** A source, read from this line of the file. */
  record Source(SourceDocument source, int line) implements Entry {}

  /** A record that cannot be used, and why (with its file and line). */
  record Skipped(Skip skip) implements Entry {}

  /** A record with no body (a Reuters story with a title only): counted, not a source, not a problem. */
  record Empty(int line) implements Entry {}

  /** Reads the records in order. Not thread-safe. */
  interface Cursor extends AutoCloseable {
    /**
     * The next record, or null at the end.
     *
     * @throws BadInputException when the file itself cannot be read on (broken JSON outside a line)
     */
    Entry next() throws IOException, BadInputException;

    /** Bytes of the file read so far. */
    long bytesRead();

    @Override
    void close() throws IOException;
  }

  /** The collection formats, and how each is named on the command line. */
  enum Format {
    JSONL, REUTERS;

    /** The format of a file by its name: {@code .jsonl} is JSON Lines, {@code .json} Reuters-21578 JSON. */
    public static Format of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.endsWith(".jsonl") ? JSONL : name.endsWith(".json") ? REUTERS : null;
    }
  }

  /** A collection file in this format. */
  static SourceCollection of(Path file, Format format) throws IOException {
    long size = Files.size(file);
    return switch (format) {
      case JSONL -> new JsonlCollection(file, size);
      case REUTERS -> new ReutersCollection(file, size);
    };
  }

  /** A JSON Lines collection: one source per line, as a corpus {@code .jsonl} file. */
  static SourceCollection jsonl(Path file) throws IOException {
    return of(file, Format.JSONL);
  }

  /** A Reuters-21578 JSON file: a JSON array of stories with title, date and body; each is a press report. */
  static SourceCollection reuters(Path file) throws IOException {
    return of(file, Format.REUTERS);
  }
}
