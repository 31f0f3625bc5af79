package dev.corroborate.claims;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a claim's optional {@code extracted} mapping, written by {@code corroborate extract}: where
 * the claim was found and why it was proposed. Validated so a hand edit that breaks it is reported
 * with its line; not kept (checking does not use it).
 *
 * <pre>
 *     extracted:
 *       file: "draft.md"          # text
 *       sentence: "..."           # text
 *       start: 120                # whole numbers >= 0, start &lt;= end
 *       end: 188
 *       claimStart: 131           # whole numbers >= 0, start &lt;= claimStart &lt;= claimEnd &lt;= end
 *       claimEnd: 187
 *       speaker: "Ana Ruiz"       # text, optional
 *       kind: assertion           # assertion | question | opinion | prediction | hedged | fragment
 *       checkworthy: true         # true | false
 *       score: 0.85               # a number from 0 to 1
 *       features: ["base +0.30"]  # a list of texts
 *       reason: "..."             # text
 * </pre>
 *
 * Every key is optional, so older or hand-written files stay valid.
 */
final class ExtractedFields {
  static final List<String> KEYS = List.of("file", "sentence", "start", "end", "claimStart", "claimEnd",
      "speaker", "kind", "checkworthy", "score", "features", "reason");
  static final Set<String> KINDS = Set.of("assertion", "question", "opinion", "prediction", "hedged", "fragment");
  private static final Set<String> TEXTS = Set.of("file", "sentence", "speaker", "reason");
  private static final Set<String> OFFSETS = Set.of("start", "end", "claimStart", "claimEnd");

  /** The reader's side: the next token (refusing aliases) and where problems go. */
  interface Reader {
    JsonToken next() throws IOException;

    JsonParser parser();

    void problem(JsonLocation at, String message, String hint);
  }

  private ExtractedFields() {}

  /** Reads the value of {@code extracted:} whose first token is {@code token}. */
  static void read(Reader r, JsonToken token, JsonLocation keyAt) throws IOException {
    JsonParser p = r.parser();
    if (token == JsonToken.VALUE_NULL) {
      return;
    }
    if (token != JsonToken.START_OBJECT) {
      r.problem(p.currentTokenLocation(), "'extracted' must be a mapping",
          "write its keys (" + String.join(", ", KEYS) + ") indented under 'extracted:', or delete it");
      p.skipChildren();
      return;
    }
    Map<String, Long> offsets = new HashMap<>();
    Map<String, JsonLocation> seen = new HashMap<>();
    while ((token = r.next()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonLocation at = p.currentTokenLocation();
      token = r.next();
      JsonLocation valueAt = p.currentTokenLocation();
      if (seen.putIfAbsent(key, at) != null) {
        r.problem(at, "duplicate key '" + key + "' in 'extracted'", "keep one");
        p.skipChildren();
        continue;
      }
      if (TEXTS.contains(key)) {
        if (!token.isScalarValue()) {
          r.problem(valueAt, "'extracted." + key + "' must be a text", "write it in double quotes on one line");
          p.skipChildren();
        }
      } else if (OFFSETS.contains(key)) {
        if (token != JsonToken.VALUE_NUMBER_INT || p.getLongValue() < 0) {
          r.problem(valueAt, "'extracted." + key + "' must be a whole number >= 0", "it is an offset in the file's text");
          p.skipChildren();
        } else {
          offsets.put(key, p.getLongValue());
        }
      } else if (key.equals("kind")) {
        if (!token.isScalarValue() || !KINDS.contains(p.getText())) {
          r.problem(valueAt, "unknown 'extracted.kind' '" + (token.isScalarValue() ? p.getText() : "") + "'",
              "use one of: " + String.join(", ", KINDS.stream().sorted().toList()));
          p.skipChildren();
        }
      } else if (key.equals("checkworthy")) {
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
          r.problem(valueAt, "'extracted.checkworthy' must be true or false", "write true or false");
          p.skipChildren();
        }
      } else if (key.equals("score")) {
        boolean number = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        if (!number || !(p.getDoubleValue() >= 0 && p.getDoubleValue() <= 1)) {
          r.problem(valueAt, "'extracted.score' must be a number from 0 to 1", "write it like 0.85");
          p.skipChildren();
        }
      } else if (key.equals("features")) {
        features(r, token);
      } else {
        r.problem(at, "unknown key '" + key + "' in 'extracted'", "allowed keys: " + String.join(", ", KEYS));
        p.skipChildren();
      }
    }
    order(r, keyAt, offsets, "start", "end");
    order(r, keyAt, offsets, "claimStart", "claimEnd");
    order(r, keyAt, offsets, "start", "claimStart");
    order(r, keyAt, offsets, "claimEnd", "end");
  }

  private static void features(Reader r, JsonToken token) throws IOException {
    JsonParser p = r.parser();
    if (token != JsonToken.START_ARRAY) {
      r.problem(p.currentTokenLocation(), "'extracted.features' must be a list of texts", "write [\"...\", \"...\"]");
      p.skipChildren();
      return;
    }
    while ((token = r.next()) != JsonToken.END_ARRAY && token != null) {
      if (!token.isScalarValue()) {
        r.problem(p.currentTokenLocation(), "each of 'extracted.features' must be a text", "write [\"...\", \"...\"]");
        p.skipChildren();
      }
    }
  }

  private static void order(Reader r, JsonLocation keyAt, Map<String, Long> offsets, String first, String second) {
    Long a = offsets.get(first);
    Long b = offsets.get(second);
    if (a != null && b != null && a > b) {
      r.problem(keyAt, "'extracted." + first + "' (" + a + ") is after '" + second + "' (" + b + ")",
          "offsets must satisfy start <= claimStart <= claimEnd <= end");
    }
  }
}
