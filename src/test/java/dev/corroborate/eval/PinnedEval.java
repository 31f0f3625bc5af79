package dev.corroborate.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One pinned evaluation, read from {@code src/test/resources/eval/<dataset>.yaml}: which dataset,
 * split and seed, and the expected figures with their tolerances. Unknown keys are rejected.
 *
 * @param metrics figure name (see {@link Metrics#named}) to its pin, in file order
 */
record PinnedEval(Dataset dataset, Split split, long seed, Map<String, PinnedEval.Pin> metrics) {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

  /** An expected figure; drift beyond {@code tolerance} either way fails. */
  record Pin(double expected, double tolerance) {
    Pin {
      if (!(tolerance >= 0)) {
        throw new IllegalArgumentException("tolerance must be >= 0");
      }
    }
  }

  PinnedEval {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(split, "split");
    if (metrics == null || metrics.isEmpty()) {
      throw new IllegalArgumentException("no metrics pinned");
    }
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }

  static PinnedEval read(InputStream yaml) throws IOException {
    return YAML.readValue(yaml, PinnedEval.class);
  }

  /** The request this pin describes, with the dataset's default files under {@code root}. */
  EvalRequest request(java.nio.file.Path root) {
    return new EvalRequest(dataset, dataset.defaultData(root), split, seed, null);
  }

  /** One line per figure that drifted beyond its tolerance or does not exist; empty when all hold. */
  List<String> drift(Metrics actual) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Pin> e : metrics.entrySet()) {
      OptionalDouble value = actual.named(e.getKey());
      Pin pin = e.getValue();
      if (value.isEmpty()) {
        out.add(e.getKey() + ": no such figure for " + dataset);
      } else if (Math.abs(value.getAsDouble() - pin.expected()) > pin.tolerance()) {
        out.add(String.format(Locale.ROOT, "%s: expected %.4f ± %.4f, got %.4f (%+.4f)", e.getKey(),
            pin.expected(), pin.tolerance(), value.getAsDouble(), value.getAsDouble() - pin.expected()));
      }
    }
    return out;
  }

  /** The {@code metrics:} block with the actual figures and the same tolerances, to paste when re-pinning. */
  String repinned(Metrics actual) {
    StringBuilder sb = new StringBuilder("metrics:\n");
    for (Map.Entry<String, Pin> e : metrics.entrySet()) {
      OptionalDouble value = actual.named(e.getKey());
      sb.append(String.format(Locale.ROOT, "  %s: {expected: %s, tolerance: %s}\n", e.getKey(),
          value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "?",
          e.getValue().tolerance()));
    }
    return sb.toString();
  }
}
