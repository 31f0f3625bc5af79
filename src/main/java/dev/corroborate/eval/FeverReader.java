package dev.corroborate.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.stance.Stance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * FEVER-Symmetric JSON Lines: one object per line with {@code id, claim, evidence, label} (its other
 * fields, such as {@code sentence1} or {@code evid}, are ignored). The body is the evidence sentence;
 * each pair is its own body; the dev-split group is the claim text. Blank lines are ignored.
 */
final class FeverReader implements PairReader {
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The fields used; others are ignored because FEVER versions differ in their extra fields. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Line(String id, String claim, String evidence, String label) {}

  @Override
  public List<LabelledPair> read(List<Path> data, LabelVocabulary labels) throws BadInputException {
    Path path = data.get(0);
    String file = path.toString();
    String[] lines = CsvReader.readText(path).split("\r?\n|\r", -1);
    Problems problems = new Problems(file);
    Map<String, Integer> seen = new HashMap<>();
    List<LabelledPair> pairs = new ArrayList<>(lines.length);
    for (int i = 0; i < lines.length; i++) {
      String text = i == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[i];
      int number = i + 1;
      if (text.isBlank()) {
        continue;
      }
      Line line;
      try {
        line = JSON.readValue(text, Line.class);
      } catch (JsonProcessingException e) {
        problems.add(number, "not a JSON object: " + e.getOriginalMessage().lines().findFirst().orElse(""),
            "each line must be one JSON object with id, claim, evidence and label");
        continue;
      }
      if (line == null) {
        problems.add(number, "'null' is not a JSON object", "each line must be one JSON object with id, claim, evidence and label");
        continue;
      }
      List<String> missing = new ArrayList<>();
      if (line.id() == null || line.id().isBlank()) {
        missing.add("id");
      }
      if (line.claim() == null) {
        missing.add("claim");
      }
      if (line.evidence() == null) {
        missing.add("evidence");
      }
      if (line.label() == null) {
        missing.add("label");
      }
      if (!missing.isEmpty()) {
        problems.add(number, "missing " + String.join(", ", missing), "each line needs id, claim, evidence and label");
        continue;
      }
      Optional<Stance> gold = labels.stance(line.label().strip());
      if (gold.isEmpty()) {
        PairReader.unknownLabel(problems, number, line.label(), labels);
        continue;
      }
      if (seen.putIfAbsent(line.id(), number) != null) {
        problems.add(number, "id '" + line.id() + "' appears twice (first on line " + seen.get(line.id()) + ")",
            "give every line its own id");
        continue;
      }
      String group = line.claim().isBlank() ? line.id() : line.claim();
      pairs.add(new LabelledPair(line.id(), line.claim(), line.id(), line.evidence(), group, line.label().strip(),
          gold.get()));
    }
    problems.throwIfAny();
    return pairs;
  }
}
