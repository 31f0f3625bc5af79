package dev.corroborate.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A Reuters-21578 file as JSON: an array of stories, each an object with {@code attrs.newid},
 * {@code title}, {@code date} ("26-FEB-1987 15:01:01.79") and {@code body}; other keys are ignored.
 * Each story with a body is a source of kind press-report published by Reuters, with id
 * {@code reuters-NEWID}; the SGML end-of-text mark ({@code &#3;}) at the end of a body is dropped.
 * Read with Jackson's streaming parser, one story at a time. A story without a body is {@link
 * SourceCollection.Empty}; one without a newid is skipped; broken JSON ends the read (bad input).
 */
final class ReutersCollection implements SourceCollection {
  private static final JsonFactory JSON = new JsonFactory();
  private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("d-MMM-yyyy").toFormatter(Locale.ROOT);
  private static final String END_OF_TEXT = "&#3;";

  private final Path file;
  private final long size;

  ReutersCollection(Path file, long size) {
    this.file = file;
    this.size = size;
  }

  @Override
  public String name() {
    return file.getFileName().toString();
  }

  @Override
  public long sizeBytes() {
    return size;
  }

  @Override
  public Cursor open() throws IOException, BadInputException {
    CountingInput counted = new CountingInput(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    JsonParser p = JSON.createParser(counted);
    String name = name();
    try {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        p.close();
        throw bad(name, p.currentTokenLocation(), "expected a JSON array of stories");
      }
    } catch (JsonProcessingException e) {
      p.close();
      throw bad(name, e.getLocation(), "not JSON: " + e.getOriginalMessage());
    }
    return new Cursor() {
      @Override
      public Entry next() throws IOException, BadInputException {
        try {
          JsonToken t = p.nextToken();
          if (t == JsonToken.END_ARRAY || t == null) {
            return null;
          }
          if (t != JsonToken.START_OBJECT) {
            throw bad(name, p.currentTokenLocation(), "expected a story (a JSON object), found " + t.asString());
          }
          return story(p, name);
        } catch (JsonProcessingException e) {
          throw bad(name, e.getLocation(), "broken JSON: " + e.getOriginalMessage());
        }
      }

      @Override
      public long bytesRead() {
        return counted.count();
      }

      @Override
      public void close() throws IOException {
        p.close();
      }
    };
  }

  private static BadInputException bad(String file, JsonLocation at, String message) {
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    return new BadInputException(Diagnostic.at(file, line, column, message,
        "fix the file; a Reuters-21578 JSON file is one array of story objects"));
  }

  /** Reads one story object, the parser at its START_OBJECT. */
  private static Entry story(JsonParser p, String name) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    String newid = null;
    String title = "";
    String date = null;
    String body = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "attrs" -> {
          if (value == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String attr = p.currentName();
              p.nextToken();
              if (attr.equals("newid") && p.currentToken().isScalarValue()) {
                newid = p.getValueAsString();
              } else {
                p.skipChildren();
              }
            }
          } else {
            p.skipChildren();
          }
        }
        case "title" -> title = value.isScalarValue() ? p.getValueAsString("") : skip(p, "");
        case "date" -> date = value.isScalarValue() ? p.getValueAsString() : skip(p, null);
        case "body" -> body = value.isScalarValue() ? p.getValueAsString() : skip(p, null);
        default -> p.skipChildren();
      }
    }
    if (newid == null || !newid.strip().matches("[0-9]+")) {
      return new Skipped(new Skip(name, line, "story without a numeric attrs.newid"));
    }
    String id = "reuters-" + newid.strip();
    String text = body == null ? "" : body;
    if (text.endsWith(END_OF_TEXT)) {
      text = text.substring(0, text.length() - END_OF_TEXT.length());
    }
    text = PlainText.trimBlankLines(ContentReader.normalizeLineEnds(text)).strip();
    if (text.isEmpty()) {
      return new Empty(line);
    }
    String hash = ContentReader.sha256((id + '\0' + title + '\0' + date + '\0').getBytes(StandardCharsets.UTF_8),
        text.getBytes(StandardCharsets.UTF_8));
    return new Source(new SourceDocument(id, title.strip(), "Reuters", SourceKind.PRESS_REPORT, date(date), null, "en",
        null, name + "#" + id, hash, text), line);
  }

  private static String skip(JsonParser p, String value) throws IOException {
    p.skipChildren();
    return value;
  }

  /** The day of a Reuters date ("26-FEB-1987 15:01:01.79"), or null when there is none or it is garbled. */
  static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    String day = text.strip().split("\\s+")[0];
    try {
      return LocalDate.parse(day, DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
