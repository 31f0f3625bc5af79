package dev.corroborate.extract;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How extracted claims are written. */
public enum ExtractFormat {
  /** claims.yaml: proposed claims as the list, set-aside ones commented out after it. */
  YAML {
    @Override
    public void render(Extraction e, Writer w) throws IOException {
      w.write(ClaimsYaml.document(e.files(), e.proposed(), e.setAside()));
    }
  },
  /** {"files", "claims", "setAside", "summary"}; each claim with every field. */
  JSON {
    @Override
    public void render(Extraction e, Writer w) throws IOException {
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      JsonDocument doc = new JsonDocument(e.files(), e.proposed(), e.setAside(),
          new JsonSummary(e.proposed().size(), e.setAside().size()));
      json.writeValue(w, doc);
      w.write("\n");
    }
  },
  /** For reading: one numbered line per proposed claim with its score and speaker, then the set-aside ones. */
  TEXT {
    @Override
    public void render(Extraction e, Writer w) throws IOException {
      w.write(String.join(", ", e.files()) + ": " + e.proposed().size() + " claim(s) proposed, "
          + e.setAside().size() + " set aside\n");
      int n = 1;
      for (ProposedClaim c : e.proposed()) {
        w.write(String.format(Locale.ROOT, "%3d. [%.2f] %s%s%n", n++, c.score(), c.text(),
            c.speaker() == null ? "" : "  (speaker: " + c.speaker() + ")"));
        w.write("       " + c.id() + "  " + c.file() + " [" + c.start() + ", " + c.end() + ")  "
            + c.features().stream().map(Feature::describe).collect(Collectors.joining("; ")) + "\n");
      }
      if (!e.setAside().isEmpty()) {
        w.write("\nSet aside (not check-worthy):\n");
        for (ProposedClaim c : e.setAside()) {
          w.write(String.format(Locale.ROOT, "  - [%s %.2f] %s%n      %s%n", c.kind().label(), c.score(), c.text(),
              c.reason()));
        }
      }
    }
  };

  public abstract void render(Extraction e, Writer w) throws IOException;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static String allLabels() {
    return Arrays.stream(values()).map(ExtractFormat::label).collect(Collectors.joining(", "));
  }

  /** The JSON document: claims serialise as their record components, kinds as their labels. */
  private record JsonDocument(List<String> files, List<ProposedClaim> claims, List<ProposedClaim> setAside,
      JsonSummary summary) {}

  private record JsonSummary(int proposed, int setAside) {}
}
