package dev.corroborate.claims;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.corroborate.diag.Diagnostic;
import dev.corroborate.verdict.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Walks the YAML tokens of a claims file once, collecting claims and every problem with its line
 * and column. Aliases are refused, and so are anchors where the parser shows them (on lists and
 * mappings); aliases are never expanded, so an alias bomb costs one linear pass. Thread-safe: the factory is shared, each {@link #read} has its own state.
 */
final class ClaimsReader {
  static final int MAX_TEXT_CODE_POINTS = 2000;
  static final int MAX_CODE_POINTS = 5 * 1024 * 1024;
  private static final int MAX_DIAGNOSTICS = 100;
  private static final List<String> ITEM_KEYS = List.of("id", "text", "expect", "note", "tags", "extracted");

  private final YAMLFactory factory;

  /** A claims file was read: the claims, valid only when there are no diagnostics. */
  record Result(List<Claim> claims, List<Diagnostic> diagnostics) {
    Result {
      claims = List.copyOf(claims);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  ClaimsReader() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(50);
    options.setCodePointLimit(MAX_CODE_POINTS);
    this.factory = YAMLFactory.builder()
        .loaderOptions(options)
        // The builder starts from no parser features, unlike new YAMLFactory(): "key:" must be null.
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(50).build())
        .build();
  }

  Result read(String text, String file) {
    return new Walk(file).run(text);
  }

  /** The state of one read. */
  private final class Walk {
    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final Map<String, Integer> firstLineById = new HashMap<>();
    private JsonParser parser;
    private boolean aliasReported;

    private final ExtractedFields.Reader extractedReader = new ExtractedFields.Reader() {
      @Override
      public JsonToken next() throws IOException {
        return Walk.this.next();
      }

      @Override
      public JsonParser parser() {
        return parser;
      }

      @Override
      public void problem(JsonLocation at, String message, String hint) {
        add(at(at, message, hint));
      }
    };

    Walk(String file) {
      this.file = file;
    }

    Result run(String text) {
      try (JsonParser p = factory.createParser(text)) {
        parser = p;
        readDocument();
      } catch (TooManyProblems e) {
        diagnostics.add(Diagnostic.of(file, "too many problems; only the first "
            + MAX_DIAGNOSTICS + " are listed", "fix these and run again"));
      } catch (JsonProcessingException e) {
        diagnostics.add(syntaxError(e));
      } catch (IOException e) {
        diagnostics.add(Diagnostic.of(file, "cannot read claims: " + e.getMessage(), ""));
      }
      List<Diagnostic> sorted = new ArrayList<>(diagnostics);
      // Unplaced diagnostics (line 0) stay last; the rest go in file order.
      sorted.sort((a, b) -> a.line() == 0 || b.line() == 0
          ? Boolean.compare(a.line() == 0, b.line() == 0)
          : a.line() != b.line() ? Integer.compare(a.line(), b.line())
          : Integer.compare(a.column(), b.column()));
      return new Result(sorted.isEmpty() ? claims : List.of(), sorted);
    }

    private void readDocument() throws IOException {
      JsonToken token = next();
      if (token == null) {
        add(Diagnostic.of(file, "claims file is empty",
            "start it with 'claims:' followed by a list of claims"));
        return;
      }
      JsonLocation top = parser.currentTokenLocation();
      if (token != JsonToken.START_OBJECT) {
        add(at(top, "top level must be a mapping with the key 'claims', not " + describe(token),
            "start the file with 'claims:' followed by a list of claims"));
        parser.skipChildren();
      } else {
        JsonLocation claimsKey = null;
        while ((token = next()) == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          JsonLocation keyAt = parser.currentTokenLocation();
          token = next();
          if (!key.equals("claims")) {
            add(at(keyAt, "unknown top-level key '" + key + "'",
                "the only top-level key is 'claims'"));
            parser.skipChildren();
          } else if (claimsKey != null) {
            add(at(keyAt, "duplicate key 'claims' (first at line " + claimsKey.getLineNr() + ")",
                "put all claims in one 'claims:' list"));
            parser.skipChildren();
          } else {
            claimsKey = keyAt;
            readClaims(token, keyAt);
          }
        }
        if (claimsKey == null) {
          add(at(top, "no 'claims' key", "start the file with 'claims:' followed by a list of claims"));
        }
      }
      if (next() != null) {
        add(at(parser.currentTokenLocation(), "a second YAML document",
            "keep all claims in one document, without a '---' line between them"));
      }
    }

    private void readClaims(JsonToken token, JsonLocation keyAt) throws IOException {
      if (token != JsonToken.START_ARRAY) {
        add(at(token == JsonToken.VALUE_NULL ? keyAt : parser.currentTokenLocation(),
            "'claims' must be a list, not " + describe(token),
            "write each claim as '- id: ...' with 'text: ...' under 'claims:'"));
        parser.skipChildren();
        return;
      }
      int count = 0;
      while ((token = next()) != JsonToken.END_ARRAY && token != null) {
        count++;
        JsonLocation itemAt = parser.currentTokenLocation();
        if (token != JsonToken.START_OBJECT) {
          add(at(itemAt, "claim " + count + " must be a mapping with id and text, not "
              + describe(token), "write '- id: ...' and 'text: ...' on the next line"));
          parser.skipChildren();
        } else {
          readClaim(itemAt);
        }
      }
      if (count == 0) {
        add(at(keyAt, "the claims list is empty", "add at least one claim"));
      }
    }

    private void readClaim(JsonLocation itemAt) throws IOException {
      Map<String, JsonLocation> seen = new HashMap<>();
      Scalar id = null;
      Scalar text = null;
      Scalar expect = null;
      int before = diagnostics.size();
      JsonToken token;
      while ((token = next()) == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonLocation keyAt = parser.currentTokenLocation();
        token = next();
        JsonLocation first = seen.putIfAbsent(key, keyAt);
        if (first != null) {
          add(at(keyAt, "duplicate key '" + key + "' in claim (first at line "
              + first.getLineNr() + ")", "keep one"));
          parser.skipChildren();
          continue;
        }
        switch (key) {
          case "id" -> id = scalar(key, token);
          case "text" -> text = scalar(key, token);
          case "expect" -> expect = scalar(key, token);
          case "note" -> scalar(key, token);
          case "tags" -> tags(token);
          case "extracted" -> ExtractedFields.read(extractedReader, token, keyAt);
          default -> {
            add(at(keyAt, "unknown key '" + key + "' in claim",
                "allowed keys: " + String.join(", ", ITEM_KEYS)));
            parser.skipChildren();
          }
        }
      }

      String idText = null;
      if (id == null) {
        if (!seen.containsKey("id")) {
          add(at(itemAt, "claim has no id", "add 'id: a-unique-name' to the claim"));
        }
      } else if (id.text().isEmpty()) {
        add(at(id.at(), "claim id is empty", "give each claim a unique id"));
      } else {
        idText = id.text();
        Integer firstLine = firstLineById.putIfAbsent(idText, id.at().getLineNr());
        if (firstLine != null) {
          add(at(id.at(), "duplicate claim id '" + idText + "' (first at line " + firstLine + ")",
              "give each claim a unique id"));
        }
      }
      String name = idText == null ? "claim" : "claim '" + idText + "'";
      if (text == null) {
        if (!seen.containsKey("text")) {
          add(at(itemAt, name + " has no text", "add 'text: \"...\"' with the claim to check"));
        }
      } else if (text.text().isEmpty()) {
        add(at(text.at(), name + " has empty text", "write the claim to check after 'text:'"));
      } else {
        int length = text.text().codePointCount(0, text.text().length());
        if (length > MAX_TEXT_CODE_POINTS) {
          add(at(text.at(), String.format(Locale.ROOT,
              "%s text is %,d characters; the limit is %,d", name, length, MAX_TEXT_CODE_POINTS),
              "split it into shorter claims, one assertion each"));
        }
      }
      Verdict expected = null;
      if (expect != null && !expect.text().isEmpty()) {
        expected = Verdict.fromLabel(expect.text().toLowerCase(Locale.ROOT)).orElse(null);
        if (expected == null) {
          add(at(expect.at(), "unknown expect '" + expect.text() + "'",
              "use one of: " + Verdict.allLabels()));
        }
      }
      if (diagnostics.size() == before) {
        claims.add(new Claim(idText, text.text(), expected, itemAt.getLineNr()));
      }
    }

    /**
     * The stripped text of a scalar value ("" for a null value); null, with a diagnostic, for a
     * list or mapping.
     */
    private Scalar scalar(String key, JsonToken token) throws IOException {
      JsonLocation valueAt = parser.currentTokenLocation();
      if (token == JsonToken.VALUE_NULL) {
        return new Scalar("", valueAt);
      }
      if (!token.isScalarValue()) {
        add(at(valueAt, "'" + key + "' must be a text, not " + describe(token),
            "write it on one line after '" + key + ":', in quotes if it contains ': '"));
        parser.skipChildren();
        return null;
      }
      return new Scalar(parser.getText().strip(), valueAt);
    }

    private void tags(JsonToken token) throws IOException {
      if (token == JsonToken.VALUE_NULL) {
        return;
      }
      if (token != JsonToken.START_ARRAY) {
        add(at(parser.currentTokenLocation(), "'tags' must be a list of words, not "
            + describe(token), "write 'tags: [word, other-word]'"));
        parser.skipChildren();
        return;
      }
      while ((token = next()) != JsonToken.END_ARRAY && token != null) {
        if (!token.isScalarValue()) {
          add(at(parser.currentTokenLocation(), "each tag must be a word, not " + describe(token),
              "write 'tags: [word, other-word]'"));
          parser.skipChildren();
        }
      }
    }

    /** The next token; refuses anchors and aliases (reported once). */
    private JsonToken next() throws IOException {
      JsonToken token = parser.nextToken();
      if (parser instanceof YAMLParser yaml && !aliasReported
          && (yaml.isCurrentAlias() || yaml.getObjectId() != null)) {
        aliasReported = true;
        add(at(parser.currentTokenLocation(), "YAML anchors and aliases (&name, *name) are not"
            + " allowed in claims files", "write each value out in full"));
      }
      return token;
    }

    private void add(Diagnostic diagnostic) {
      if (diagnostics.size() >= MAX_DIAGNOSTICS) {
        throw new TooManyProblems();
      }
      diagnostics.add(diagnostic);
    }

    private Diagnostic at(JsonLocation location, String message, String hint) {
      return Diagnostic.at(file, Math.max(location.getLineNr(), 0),
          Math.max(location.getColumnNr(), 0), message, hint);
    }

    private Diagnostic syntaxError(JsonProcessingException e) {
      if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        Mark mark = marked.getProblemMark();
        StringBuilder message = new StringBuilder("invalid YAML: ")
            .append(firstLine(marked.getProblem()));
        if (marked.getContext() != null) {
          message.append(" (").append(firstLine(marked.getContext()));
          if (marked.getContextMark() != null) {
            message.append(" that starts at line ").append(marked.getContextMark().getLine() + 1);
          }
          message.append(')');
        }
        return Diagnostic.at(file, mark.getLine() + 1, mark.getColumn() + 1, message.toString(),
            "check the indentation and quote text that contains ': ' or '#'");
      }
      JsonLocation location = e.getLocation();
      String message = "invalid YAML: " + firstLine(e.getOriginalMessage());
      return location == null
          ? Diagnostic.of(file, message, "")
          : at(location, message, "check the indentation and quoting near this line");
    }
  }

  /** A scalar value, stripped, and where it starts. */
  private record Scalar(String text, JsonLocation at) {}

  /** Stops a read that has already found {@link #MAX_DIAGNOSTICS} problems. */
  private static final class TooManyProblems extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyProblems() {
      super(null, null, false, false);
    }
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the file";
    }
    return switch (token) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "a mapping";
      case VALUE_NULL -> "nothing";
      default -> "a single value";
    };
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).strip();
  }
}
