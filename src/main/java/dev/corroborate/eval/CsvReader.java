package dev.corroborate.eval;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a UTF-8 CSV file (RFC 4180): comma-separated, fields optionally in double quotes, a quote
 * inside a quoted field doubled, quoted fields may hold commas and line breaks; lines end with LF,
 * CRLF or CR; a leading byte-order mark and blank lines are ignored. A quote inside an unquoted
 * field is kept as a character (as Python's csv module does). Each record keeps the line it starts
 * on, so errors name it even after multi-line fields.
 */
final class CsvReader {
  /** One record: the 1-based line it starts on and its fields. */
  record Row(int line, List<String> fields) {
    Row {
      fields = List.copyOf(fields);
    }
  }

  private CsvReader() {}

  /** All records of the file, the header first. */
  static List<Row> read(Path file) throws BadInputException {
    return parse(readText(file), file.toString());
  }

  static String readText(Path file) throws BadInputException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInputException(Diagnostic.of(file.toString(), "file not found", "check the path"));
    } catch (CharacterCodingException e) {
      throw new MalformedDataException(Diagnostic.of(file.toString(), "not UTF-8 text", "save the file as UTF-8"));
    } catch (IOException e) {
      throw new BadInputException(Diagnostic.of(file.toString(), "cannot read: " + e.getMessage(),
          "check the path and permissions"));
    }
  }

  /** Parses CSV text; {@code name} names the file in diagnostics. */
  static List<Row> parse(String text, String name) throws MalformedDataException {
    List<Row> rows = new ArrayList<>();
    int n = text.length();
    int i = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    int line = 1;
    StringBuilder field = new StringBuilder();
    while (i < n) {
      int start = line;
      List<String> fields = new ArrayList<>();
      boolean quotedAny = false;
      while (true) {
        if (i < n && text.charAt(i) == '"') {
          quotedAny = true;
          i++;
          while (true) {
            if (i >= n) {
              throw new MalformedDataException(Diagnostic.at(name, start, 0,
                  "a quoted field opened here is never closed", "close the quote; a quote inside a field is written \"\""));
            }
            char c = text.charAt(i++);
            if (c == '"') {
              if (i < n && text.charAt(i) == '"') {
                field.append('"');
                i++;
              } else {
                break;
              }
            } else {
              if (c == '\n' || c == '\r' && (i >= n || text.charAt(i) != '\n')) {
                line++;
              }
              field.append(c);
            }
          }
          if (i < n && !isEnd(text.charAt(i))) {
            throw new MalformedDataException(Diagnostic.at(name, line, 0,
                "unexpected '" + text.charAt(i) + "' after a closing quote",
                "a quote inside a quoted field is written \"\""));
          }
        } else {
          while (i < n && !isEnd(text.charAt(i))) {
            field.append(text.charAt(i++));
          }
        }
        fields.add(field.toString());
        field.setLength(0);
        if (i >= n) {
          break;
        }
        char c = text.charAt(i++);
        if (c == ',') {
          continue;
        }
        if (c == '\r' && i < n && text.charAt(i) == '\n') {
          i++;
        }
        line++;
        break;
      }
      boolean blank = fields.size() == 1 && fields.get(0).isEmpty() && !quotedAny;
      if (!blank) {
        rows.add(new Row(start, fields));
      }
    }
    return rows;
  }

  private static boolean isEnd(char c) {
    return c == ',' || c == '\n' || c == '\r';
  }
}
