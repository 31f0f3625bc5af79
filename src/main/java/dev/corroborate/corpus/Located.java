package dev.corroborate.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * A scalar metadata value with where it was written, so a bad value can be reported with its line.
 *
 * @param text   the value as written (numbers and booleans as their text)
 * @param line   1-based line in the parsed text (not yet shifted to the file's line)
 * @param column 1-based column in the parsed text
 */
@JsonDeserialize(using = Located.Reader.class)
record Located(String text, int line, int column) {

  boolean isBlank() {
    return text == null || text.isBlank();
  }

  /** The stripped text, or null when blank. */
  String value() {
    return isBlank() ? null : text.strip();
  }

  /** Reads one scalar and its position; a list, a mapping or a YAML alias is an input mismatch. */
  static final class Reader extends JsonDeserializer<Located> {
    @Override
    public Located deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.currentToken().isScalarValue()) {
        return (Located) ctxt.reportInputMismatch(Located.class,
            "must be a single value, not a list or mapping");
      }
      if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
        return (Located) ctxt.reportInputMismatch(Located.class,
            "uses a YAML alias (*%s); write the value out", p.getText());
      }
      JsonLocation at = p.currentTokenLocation();
      return new Located(p.getText(), Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1));
    }
  }
}
