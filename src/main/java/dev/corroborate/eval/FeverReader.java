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
 * each pair is its own body; the dev-split group joins pairs sharing a claim or an evidence sentence (see
 * {@link #grouped}). Blank lines are ignored.
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
      pairs.add(new LabelledPair(line.id(), line.claim(), line.id(), line.evidence(), line.id(), line.label().strip(),
          gold.get()));
    }
    problems.throwIfAny();
    return grouped(pairs);
  }

  /**
   * FEVER-Symmetric pairs each claim with two evidence sentences and each evidence sentence with two
   * claims, so neither alone keeps a split honest: the group of a pair is the first id of the pairs
   * connected to it through a shared claim or a shared evidence sentence.
   */
  static List<LabelledPair> grouped(List<LabelledPair> pairs) {
    int[] parent = new int[pairs.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstWithClaim = new HashMap<>();
    Map<String, Integer> firstWithEvidence = new HashMap<>();
    for (int i = 0; i < pairs.size(); i++) {
      LabelledPair p = pairs.get(i);
      int at = i;
      if (!p.claim().isBlank()) {
        union(parent, i, firstWithClaim.computeIfAbsent(p.claim(), k -> at));
      }
      if (!p.body().isBlank()) {
        union(parent, i, firstWithEvidence.computeIfAbsent(p.body(), k -> at));
      }
    }
    List<LabelledPair> out = new ArrayList<>(pairs.size());
    for (int i = 0; i < pairs.size(); i++) {
      LabelledPair p = pairs.get(i);
      String group = pairs.get(root(parent, i)).id();
      out.add(new LabelledPair(p.id(), p.claim(), p.bodyId(), p.body(), group, p.goldWord(), p.gold()));
    }
    return out;
  }

  /** Joins two components; the root is the smaller index, so a group is named by its first pair. */
  private static void union(int[] parent, int a, int b) {
    int ra = root(parent, a);
    int rb = root(parent, b);
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
