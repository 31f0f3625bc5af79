package dev.corroborate.lexicon;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds positions in a YAML file that Jackson's data binding does not report: the line of a key
 * (data binding reports where its value starts, which for a block value is the next line) and the
 * line of an empty list item. Re-reads the file with the streaming parser; only called on the way
 * to an error, so the second read costs nothing in a good run.
 */
final class YamlPositions {
  private YamlPositions() {}

  /** A position in the file: 1-based line and column, 0 when unknown. */
  record Position(int line, int column) {}

  /** The position of a parser location; unknown (0, 0) for null. */
  static Position of(JsonLocation loc) {
    return loc == null ? new Position(0, 0) : new Position(Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()));
  }

  /** A data-binding path as keys and [index]es, root first ({@code [aliases, Japan]}). */
  static List<String> keys(List<JsonMappingException.Reference> path) {
    List<String> out = new ArrayList<>();
    for (JsonMappingException.Reference r : path) {
      out.add(r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]");
    }
    return out;
  }

  /**
   * Where the last key of this path is written ({@code extras} in a top-level {@code extras:}), or
   * empty when the file has no such key or cannot be read again.
   */
  static Optional<Position> keyOf(ObjectMapper yaml, Path file, List<String> wanted) {
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    try (JsonParser p = yaml.getFactory().createParser(file.toFile())) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME && pathOf(p.getParsingContext()).equals(wanted)) {
          return Optional.of(of(p.currentTokenLocation()));
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The first null or blank item of a list that is the value of a key inside the top-level
   * {@code listsUnder} mapping ({@code aliases: {Japan: [Kantei, ~]}}), or empty when there is none
   * or the file cannot be read again.
   */
  static Optional<Position> firstEmptyListItem(ObjectMapper yaml, Path file, String listsUnder) {
    try (JsonParser p = yaml.getFactory().createParser(file.toFile())) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        boolean empty = t == JsonToken.VALUE_NULL || (t == JsonToken.VALUE_STRING && p.getText().isBlank());
        JsonStreamContext list = p.getParsingContext();
        if (empty && list.inArray()) {
          JsonStreamContext owner = list.getParent();
          JsonStreamContext top = owner == null ? null : owner.getParent();
          if (owner != null && owner.inObject() && top != null && top.inObject()
              && listsUnder.equals(top.getCurrentName()) && top.getParent() != null && top.getParent().inRoot()) {
            return Optional.of(of(p.currentTokenLocation()));
          }
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Field names and [index]es from the root down to this context's current entry. */
  private static List<String> pathOf(JsonStreamContext context) {
    List<String> out = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      out.add(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName());
    }
    return out;
  }
}
