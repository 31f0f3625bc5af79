package dev.corroborate.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.corroborate.diag.LineBreaks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads source metadata (YAML front matter or sidecar, or one JSON line) into a {@link RawSource},
 * turning every syntax error, unknown key and ill-typed value into a {@link Problem} with the line
 * in the corpus file. Thread-safe: the readers are configured once and per-call state travels in
 * Jackson context attributes.
 */
final class MetadataParser {
  private static final String UNKNOWN_KEYS = MetadataParser.class.getName() + ".unknownKeys";
  private static final int MAX_METADATA_CODE_POINTS = 1024 * 1024;

  private final ObjectReader yaml;
  private final ObjectReader json;

  /** What was read, or null when nothing usable was, and everything wrong with it. */
  record Parsed(RawSource raw, List<Problem> problems) {
    Parsed {
      problems = List.copyOf(problems);
    }
  }

  MetadataParser() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(10);
    options.setCodePointLimit(MAX_METADATA_CODE_POINTS);
    YAMLFactory yamlFactory = YAMLFactory.builder()
        .loaderOptions(options)
        // The builder starts from no parser features, unlike new YAMLFactory(): "key:" must be null.
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    JsonFactory jsonFactory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.yaml = configure(new ObjectMapper(yamlFactory));
    this.json = configure(new ObjectMapper(jsonFactory));
  }

  private static ObjectReader configure(ObjectMapper mapper) {
    return mapper
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // Report every unknown key, not only the first: the handler notes it and skips its value.
        .addHandler(new DeserializationProblemHandler() {
          @Override
          @SuppressWarnings("unchecked")
          public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
              JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName)
              throws IOException {
            ((List<String>) ctxt.getAttribute(UNKNOWN_KEYS)).add(propertyName);
            p.skipChildren();
            return true;
          }
        })
        .readerFor(RawSource.class);
  }

  /**
   * Parses YAML metadata.
   *
   * @param text       the YAML, without the {@code ---} lines
   * @param file       the corpus file it is in, for problems
   * @param lineOffset how many lines of the file come before the first line of {@code text}
   * @param allowed    keys that may appear
   */
  Parsed yaml(String text, String file, int lineOffset, List<String> allowed) {
    return parse(yaml, true, LineBreaks.yamlLinesAsInFile(text), file, lineOffset, allowed);
  }

  /** Parses one JSON line; {@code lineNumber} is its 1-based line in the file. */
  Parsed jsonLine(String line, String file, int lineNumber, List<String> allowed) {
    return parse(json, false, line, file, lineNumber - 1, allowed);
  }

  private Parsed parse(ObjectReader reader, boolean isYaml, String text, String file,
      int lineOffset, List<String> allowed) {
    List<String> unknown = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    RawSource raw;
    ObjectReader withState = reader.withAttribute(UNKNOWN_KEYS, unknown);
    try (JsonParser p = withState.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return new Parsed(RawSource.empty(), List.of());
      }
      if (first != JsonToken.START_OBJECT) {
        String expected = isYaml ? "metadata must be 'key: value' lines" : "line must be a JSON object";
        return new Parsed(null, List.of(new Problem(file, lineOf(p.currentTokenLocation(),
            lineOffset), expected + ", not " + describe(first))));
      }
      raw = withState.readValue(p);
      JsonToken extra = p.nextToken();
      if (extra != null) {
        problems.add(new Problem(file, lineOf(p.currentTokenLocation(), lineOffset),
            "unexpected content after the " + (isYaml ? "metadata" : "JSON object")));
      }
    } catch (JsonProcessingException e) {
      return new Parsed(null, List.of(problemOf(e, isYaml, file, lineOffset)));
    } catch (IOException e) {
      return new Parsed(null, List.of(new Problem(file, lineOffset + 1,
          "cannot read metadata: " + ContentReader.describe(e))));
    }
    if (raw.text() != null && !allowed.contains("text")) {
      unknown.add("text");
    }
    for (String key : unknown) {
      problems.add(new Problem(file, lineOffset + keyLine(text, key),
          "unknown key '" + key + "'; allowed keys: " + String.join(", ", allowed)));
    }
    problems.sort(Comparator.comparingInt(Problem::line));
    return new Parsed(raw, problems);
  }

  private static Problem problemOf(JsonProcessingException e, boolean isYaml, String file,
      int lineOffset) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark at = marked.getProblemMark();
      StringBuilder message = new StringBuilder("invalid YAML at column ")
          .append(at.getColumn() + 1).append(": ").append(firstLine(marked.getProblem()));
      if (marked.getContext() != null) {
        message.append(" (").append(firstLine(marked.getContext()));
        if (marked.getContextMark() != null) {
          message.append(" that starts at line ")
              .append(marked.getContextMark().getLine() + 1 + lineOffset);
        }
        message.append(')');
      }
      // The usual cause in front matter: a title with ': ' in it ("title: Bridge closure: what we know").
      message.append("; quote a value that contains ': ' or ' #', and check the indentation");
      return new Problem(file, at.getLine() + 1 + lineOffset, message.toString());
    }
    int line = lineOf(e.getLocation(), lineOffset);
    if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String key = mismatch.getPath().get(mismatch.getPath().size() - 1).getFieldName();
      return new Problem(file, line, "key '" + key + "' " + firstLine(e.getOriginalMessage()));
    }
    String original = firstLine(e.getOriginalMessage());
    if (original.startsWith("Duplicate field ")) {
      return new Problem(file, line,
          "duplicate key " + original.substring("Duplicate field ".length()));
    }
    String column = e.getLocation() != null && e.getLocation().getColumnNr() > 0
        ? " at column " + e.getLocation().getColumnNr() : "";
    return new Problem(file, line,
        (isYaml ? "invalid YAML" : "invalid JSON") + column + ": " + original);
  }

  private static int lineOf(JsonLocation location, int lineOffset) {
    int line = location == null ? 0 : location.getLineNr();
    return Math.max(line, 1) + lineOffset;
  }

  /** 1-based line where {@code key} is written as a key, or 1 when it cannot be found. */
  private static int keyLine(String text, String key) {
    Matcher m = Pattern.compile("^[ \\t{,]*[\"']?" + Pattern.quote(key) + "[\"']?[ \\t]*:",
        Pattern.MULTILINE).matcher(text);
    if (!m.find()) {
      return 1;
    }
    int line = 1;
    for (int i = 0; i < m.start(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "a single text";
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
