package dev.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden end-to-end tests: {@code corroborate check --format json} on checked-in corpora must give
 * exactly the pinned report. Cases: {@code seed} is the bundled corpus and claims.yaml at the top of
 * the repository; every other folder under {@code src/test/resources/golden/} holds its own
 * {@code corpus/} and {@code claims.yaml}. Each case folder holds {@code expected.json}. Regenerate
 * deliberately with {@code -Dgolden.update=true} and review the diff.
 *
 * <p>The suite runs on the local index here; a backend module runs the same suite on its backend by
 * extending this class and overriding {@link #where} (the SolrCloud module's {@code SolrEndToEndIT}).
 */
public class EndToEndIT {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  record Case(String name, Path claims, Path corpus, Path expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    out.add(new Case("seed", Path.of("claims.yaml"), Path.of("corpus"), GOLDEN.resolve("seed/expected.json")));
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      dirs.filter(Files::isDirectory).filter(d -> Files.isDirectory(d.resolve("corpus"))).sorted().forEach(d ->
          out.add(new Case(d.getFileName().toString(), d.resolve("claims.yaml"), d.resolve("corpus"),
              d.resolve("expected.json"))));
    }
    return out;
  }

  /**
   * The options that say where a run keeps its passages; each call is a fresh, empty place. Here the
   * local index in {@code index}, an empty temporary folder.
   */
  protected List<String> where(Path index) throws Exception {
    return List.of("--index", index.toString());
  }

  CliTest.Run check(Path claims, Path corpus, Path index, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("check", claims.toString(), "--corpus", corpus.toString()));
    args.addAll(where(index));
    args.addAll(List.of(extra));
    return CliTest.run(args.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void jsonReportMatchesGolden(Case c, @TempDir Path index) throws Exception {
    CliTest.Run run = check(c.claims(), c.corpus(), index, "--format", "json");
    assertThat(run.code()).as("exit code; stderr: %s", run.err()).isZero();
    if (UPDATE && getClass() == EndToEndIT.class) {
      Files.createDirectories(c.expected().getParent());
      Files.writeString(c.expected(), run.out(), StandardCharsets.UTF_8);
    }
    assertThat(c.expected()).as("golden file (create it with -Dgolden.update=true)").exists();
    assertThat(run.out()).isEqualTo(Files.readString(c.expected(), StandardCharsets.UTF_8));
  }

  @Test
  void everyGoldenFolderIsACase() throws IOException {
    List<String> names = cases().stream().map(Case::name).toList();
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      assertThat(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
          .filter(n -> !n.equals("report")).toList())
          .as("golden folders without a corpus/ are unpaired").allMatch(names::contains);
    }
  }

  @Test
  void whoInitiatedTheCallShowsTheJournalSupportingAndTheBriefingContradicting(@TempDir Path index)
      throws Exception {
    CliTest.Run run = check(Path.of("claims.yaml"), Path.of("corpus"), index, "--format", "json");
    JsonNode claim = null;
    for (JsonNode c : new ObjectMapper().readTree(run.out()).get("claims")) {
      if (c.get("id").asText().equals("call-initiated-by-xi")) {
        claim = c;
      }
    }
    assertThat(claim).isNotNull();
    assertThat(claim.get("verdict").asText()).isEqualTo("contested");
    JsonNode wsj = sourceOf(claim, "wsj-2025-11-25");
    assertThat(wsj.get("stance").asText()).isEqualTo("supports");
    assertThat(wsj.get("evidence").get(0).get("text").asText()).contains("The call was initiated by Xi");
    JsonNode briefing = sourceOf(claim, "mfa-briefing-2025-11-25");
    assertThat(briefing.get("stance").asText()).isEqualTo("contradicts");
    assertThat(briefing.get("evidence").get(0).get("text").asText()).contains("was initiated by Trump");
    assertThat(briefing.get("evidence").get(0).get("reason").asText()).contains("Trump").contains("Xi");
  }

  @Test
  void sameInputGivesByteIdenticalReports(@TempDir Path a, @TempDir Path b) throws Exception {
    CliTest.Run first = check(Path.of("claims.yaml"), Path.of("corpus"), a, "--format", "json", "--threads", "1");
    CliTest.Run second = check(Path.of("claims.yaml"), Path.of("corpus"), b, "--format", "json", "--threads", "2");
    assertThat(first.out()).isNotEmpty().isEqualTo(second.out());
  }

  private static JsonNode sourceOf(JsonNode claim, String id) {
    for (JsonNode s : claim.get("sources")) {
      if (s.get("source").asText().equals(id)) {
        return s;
      }
    }
    throw new AssertionError("source " + id + " not in the report of " + claim.get("id"));
  }
}
