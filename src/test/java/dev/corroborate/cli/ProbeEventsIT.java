package dev.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verdicts on invented events (src/test/resources/probe/): each folder's claims carry the verdict
 * a careful reader expects; the number the engine gets right is pinned in {@code pinned.yaml}, and a
 * change either way fails with the new figures, so gains and losses on events the rules were not
 * written for show in every build.
 */
class ProbeEventsIT {
  private static final Path PROBES = Path.of("src/test/resources/probe");

  @Test
  void verdictsOnInventedEventsAreAsPinned(@TempDir Path work) throws Exception {
    JsonNode pinned = new ObjectMapper(new YAMLFactory()).readTree(PROBES.resolve("pinned.yaml").toFile());
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(PROBES)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        String name = dir.getFileName().toString();
        CliTest.Run run = CliTest.run("check", dir.resolve("claims.yaml").toString(), "--corpus",
            dir.resolve("corpus").toString(), "--index", work.resolve(name).toString(), "--format", "json");
        assertThat(run.code()).as("%s: exit 0 or 1 (unexpected verdicts); %s", name, run.err()).isIn(0, 1);
        int matched = 0;
        int claims = 0;
        for (JsonNode c : new ObjectMapper().readTree(run.out()).get("claims")) {
          claims++;
          if (c.get("verdict").asText().equals(c.get("expected").asText())) {
            matched++;
          } else {
            misses.add(name + "/" + c.get("id").asText() + ": " + c.get("verdict").asText() + ", expected "
                + c.get("expected").asText());
          }
        }
        JsonNode pin = pinned.get(name);
        assertThat(pin).as("%s is pinned in pinned.yaml", name).isNotNull();
        expected.add(name + ": {matched: " + pin.get("matched").asInt() + ", claims: " + pin.get("claims").asInt() + "}");
        actual.add(name + ": {matched: " + matched + ", claims: " + claims + "}");
      }
    }
    assertThat(actual).as("verdicts on the invented events (re-pin pinned.yaml if the change is deliberate);"
        + " not as expected now: %s", misses).isEqualTo(expected);
  }
}
