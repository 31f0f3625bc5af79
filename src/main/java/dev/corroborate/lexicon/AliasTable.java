package dev.corroborate.lexicon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.corroborate.analysis.Stemmer;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Entity aliases as data: each entity has a name and the phrases that refer to it ("Beijing" for
 * China). The shipped table holds general aliases; a corpus may add event ones in its own
 * {@code aliases.yaml}. Phrases are matched by token keys, longest first. Immutable, thread-safe.
 */
public final class AliasTable {
  /** One alias phrase as matching keys, and the id of the entity it names ("@china"). */
  public record Phrase(List<String> keys, String concept, String name) {
    public Phrase {
      keys = List.copyOf(keys);
      if (keys.isEmpty()) {
        throw new IllegalArgumentException("empty alias phrase");
      }
    }
  }

  record AliasFile(Map<String, List<String>> aliases) {}

  private final Map<String, List<Phrase>> byFirstKey;
  private final Map<String, List<Phrase>> byConcept;

  private AliasTable(Map<String, List<String>> entries) {
    Map<String, List<Phrase>> first = new HashMap<>();
    Map<String, List<Phrase>> concept = new LinkedHashMap<>();
    entries.forEach((name, phrases) -> {
      String id = conceptId(name);
      List<String> all = new ArrayList<>();
      all.add(name);
      all.addAll(phrases);
      for (String p : all) {
        List<String> keys = phraseKeys(p);
        if (keys.isEmpty()) {
          continue;
        }
        Phrase phrase = new Phrase(keys, id, name);
        first.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(phrase);
        concept.computeIfAbsent(id, k -> new ArrayList<>()).add(phrase);
      }
    });
    first.values().forEach(l -> l.sort(Comparator.comparingInt((Phrase p) -> -p.keys().size())));
    Map<String, List<Phrase>> f = new HashMap<>();
    first.forEach((k, v) -> f.put(k, List.copyOf(v)));
    Map<String, List<Phrase>> c = new HashMap<>();
    concept.forEach((k, v) -> c.put(k, List.copyOf(v)));
    this.byFirstKey = Map.copyOf(f);
    this.byConcept = Map.copyOf(c);
  }

  /** The entity id of a name: "@" and its lower-cased words. */
  public static String conceptId(String name) {
    return "@" + String.join(" ", phraseKeys(name));
  }

  /** Matching keys of a phrase, splitting possessive endings as the analyzer does. */
  static List<String> phraseKeys(String phrase) {
    List<String> keys = new ArrayList<>();
    for (String w : phrase.trim().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      if (lower.endsWith("'s") && lower.length() > 2) {
        keys.add(Stemmer.key(w.substring(0, w.length() - 2)));
        keys.add("'s");
      } else {
        keys.add(Stemmer.key(w));
      }
    }
    return keys;
  }

  /** Phrases whose first key is this key, longest first. */
  public List<Phrase> startingWith(String key) {
    return byFirstKey.getOrDefault(key, List.of());
  }

  /** All phrases naming this entity. */
  public List<Phrase> phrasesOf(String concept) {
    return byConcept.getOrDefault(concept, List.of());
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The general aliases shipped in the jar. */
  public static AliasTable shipped() {
    try (InputStream in = AliasTable.class.getResourceAsStream("aliases.yaml")) {
      if (in == null) {
        throw new IllegalStateException("aliases.yaml missing from the jar");
      }
      return new AliasTable(YAML.readValue(in, AliasFile.class).aliases());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped aliases.yaml: " + e.getMessage(), e);
    }
  }

  /**
   * The shipped aliases plus those of a user file; a name in both gets the phrases of both.
   *
   * @throws BadInputException when the user file is not valid (with line and column)
   */
  public static AliasTable shippedPlus(Path userFile) throws BadInputException {
    Map<String, List<String>> merged = new LinkedHashMap<>();
    try (InputStream in = AliasTable.class.getResourceAsStream("aliases.yaml")) {
      merged.putAll(YAML.readValue(in, AliasFile.class).aliases());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped aliases.yaml: " + e.getMessage(), e);
    }
    if (userFile != null && Files.isRegularFile(userFile)) {
      AliasFile user;
      try {
        user = YAML.readValue(userFile.toFile(), AliasFile.class);
      } catch (UnrecognizedPropertyException e) {
        // data binding reports where the value starts; for a block value that is the next line
        YamlPositions.Position key = YamlPositions.keyOf(YAML, userFile, YamlPositions.keys(e.getPath()))
            .orElseGet(() -> YamlPositions.of(e.getLocation()));
        throw invalid(userFile, key, e.getOriginalMessage(), FORMAT_HINT);
      } catch (JsonProcessingException e) {
        throw invalid(userFile, YamlPositions.of(e.getLocation()), e.getOriginalMessage(), FORMAT_HINT);
      } catch (IOException e) {
        throw new BadInputException(Diagnostic.of(userFile.toString(), "cannot read: " + e.getMessage(),
            "check the file's permissions"));
      }
      if (user == null || user.aliases() == null) {
        throw new BadInputException(Diagnostic.at(userFile.toString(), 1, 1, "no 'aliases:' mapping", FORMAT_HINT));
      }
      checkNoEmptyAlias(userFile, user);
      user.aliases().forEach((name, phrases) -> {
        List<String> all = new ArrayList<>(merged.getOrDefault(name, List.of()));
        if (phrases != null) {
          all.addAll(phrases);
        }
        merged.put(name, all);
      });
    }
    return new AliasTable(merged);
  }

  private static final String FORMAT_HINT = "write 'aliases:' then one 'Name: [alias, alias]' line per entity";

  /** A null ({@code ~}, {@code null}) or blank alias or entity name is reported with its line. */
  private static void checkNoEmptyAlias(Path userFile, AliasFile user) throws BadInputException {
    for (Map.Entry<String, List<String>> e : user.aliases().entrySet()) {
      if (e.getKey() == null || e.getKey().isBlank()) {
        YamlPositions.Position key = YamlPositions.keyOf(YAML, userFile, Arrays.asList("aliases", e.getKey()))
            .orElseGet(() -> YamlPositions.of(null));
        throw invalid(userFile, key, "an entity without a name", "write the entity's name before the ':'");
      }
      if (e.getValue() != null && e.getValue().stream().anyMatch(a -> a == null || a.isBlank())) {
        YamlPositions.Position item = YamlPositions.firstEmptyListItem(YAML, userFile, "aliases")
            .orElseGet(() -> YamlPositions.of(null));
        throw invalid(userFile, item, "an empty alias of '" + e.getKey() + "'",
            "write the alias or remove it from the list (~ and null are not aliases)");
      }
    }
  }

  private static BadInputException invalid(Path file, YamlPositions.Position at, String message, String hint) {
    return new BadInputException(Diagnostic.at(file.toString(), at.line(), at.column(),
        "invalid aliases file: " + message, hint));
  }
}
