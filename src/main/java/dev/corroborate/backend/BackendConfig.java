package dev.corroborate.backend;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Backend settings kept in a file instead of on every command line: a YAML mapping with the keys
 * {@code backend} (local or solr), {@code solr-url} (one URL, a comma-separated list or a YAML list)
 * and {@code collection}, the same as the options of the same names. Every problem is reported with
 * the file, line and column; keys it does not know are refused, so a misspelt setting is not silently
 * ignored.
 *
 * @param file     the file as the user named it
 * @param backend  the backend's name, or empty when the file does not name one
 * @param settings the other settings, by option name, in file order
 */
public record BackendConfig(String file, Optional<String> backend, Map<String, String> settings) {
  /** The file read when no other is named, if it exists in the working folder. */
  public static final String DEFAULT_FILE = "corroborate.yaml";
  /** The keys a backend settings file may hold. */
  public static final List<String> KEYS = List.of("backend", "solr-url", "collection");

  public BackendConfig {
    settings = Map.copyOf(settings);
  }

  /** Reads the settings in {@code path}, named {@code shownAs} in messages. */
  public static BackendConfig read(Path path, String shownAs) throws BadInputException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(Diagnostic.of(shownAs, "not UTF-8 text", "save it as UTF-8"));
    } catch (IOException e) {
      throw new BadInputException(Diagnostic.of(shownAs, "cannot read the backend settings: " + e.getMessage(),
          "check the path given to --config"));
    }
    return parse(text, shownAs);
  }

  /** Parses settings text; {@code file} names it in messages. */
  public static BackendConfig parse(String text, String file) throws BadInputException {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark();
      throw new BadInputException(Diagnostic.at(file, mark == null ? 0 : mark.getLine() + 1,
          mark == null ? 0 : mark.getColumn() + 1, "invalid YAML: " + firstLine(e.getProblem()),
          "check the indentation and quoting near this line"));
    } catch (RuntimeException e) {
      throw new BadInputException(Diagnostic.of(file, "invalid YAML: " + firstLine(e.getMessage()), ""));
    }
    if (root == null) {
      return new BackendConfig(file, Optional.empty(), Map.of());
    }
    if (!(root instanceof MappingNode map)) {
      throw new BadInputException(at(file, root, "backend settings must be a mapping of 'key: value' lines",
          "write e.g. 'backend: solr'"));
    }
    List<Diagnostic> problems = new ArrayList<>();
    String backend = null;
    Map<String, String> settings = new LinkedHashMap<>();
    Map<String, Integer> lineOfKey = new LinkedHashMap<>();
    for (NodeTuple tuple : map.getValue()) {
      Node keyNode = tuple.getKeyNode();
      String key = keyNode instanceof ScalarNode k ? k.getValue() : "";
      if (!KEYS.contains(key)) {
        problems.add(at(file, keyNode, "unknown key '" + key + "'", "known keys: " + String.join(", ", KEYS)));
        continue;
      }
      Integer first = lineOfKey.putIfAbsent(key, keyNode.getStartMark().getLine() + 1);
      if (first != null) {
        problems.add(at(file, keyNode, "'" + key + "' given twice (first on line " + first + ")", "keep one"));
        continue;
      }
      Optional<String> value = value(tuple.getValueNode(), key.equals("solr-url"));
      if (value.isEmpty() || value.get().isBlank()) {
        problems.add(at(file, tuple.getValueNode(), "'" + key + "' needs a "
            + (key.equals("solr-url") ? "URL, a comma-separated list or a list of URLs" : "single value"),
            key.equals("backend") ? "write 'backend: local' or 'backend: solr'" : "write e.g. '" + key + ": ...'"));
      } else if (key.equals("backend")) {
        backend = value.get();
      } else {
        settings.put(key, value.get());
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return new BackendConfig(file, Optional.ofNullable(backend), settings);
  }

  /** A scalar's text; for a list-valued key also a list of scalars, joined with commas. */
  private static Optional<String> value(Node node, boolean list) {
    if (node instanceof ScalarNode scalar) {
      return Optional.of(scalar.getValue().strip());
    }
    if (list && node instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
      List<String> items = new ArrayList<>();
      for (Node item : seq.getValue()) {
        if (!(item instanceof ScalarNode s) || s.getValue().isBlank()) {
          return Optional.empty();
        }
        items.add(s.getValue().strip());
      }
      return Optional.of(String.join(",", items));
    }
    return Optional.empty();
  }

  private static Diagnostic at(String file, Node node, String message, String hint) {
    Mark mark = node.getStartMark();
    return Diagnostic.at(file, mark.getLine() + 1, mark.getColumn() + 1, message, hint);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
