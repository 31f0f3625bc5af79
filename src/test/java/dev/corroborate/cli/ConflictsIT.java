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
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code conflicts} on the bundled corpus, unprompted: the two disputes the corpus is known for must
 * come out with the right sources on each side, and the readout that does not say who asked for the
 * call must be an omission, not a contradiction. Also: the same bytes on a second run, and --write
 * keeps claims.yaml's bytes and adds nothing the second time.
 */
class ConflictsIT {
  @TempDir static Path dir;
  static JsonNode report;
  static String json;

  @BeforeAll
  static void run() throws IOException {
    CliTest.Run r = CliTest.run("conflicts", "--corpus", "corpus", "--index", dir.resolve("index").toString(),
        "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    json = r.out();
    report = new ObjectMapper().readTree(json);
  }

  private static List<JsonNode> propositions() {
    List<JsonNode> out = new ArrayList<>();
    report.get("propositions").forEach(out::add);
    return out;
  }

  private static List<String> sources(JsonNode p, String side) {
    List<String> out = new ArrayList<>();
    p.get(side).forEach(e -> out.add(e.get("source").asText()));
    return out;
  }

  /** The one proposition with source {@code a} on one side and {@code b} on the other. */
  private static JsonNode between(String a, String b) {
    Predicate<JsonNode> splits = p -> (sources(p, "supporting").contains(a) && sources(p, "contradicting").contains(b))
        || (sources(p, "supporting").contains(b) && sources(p, "contradicting").contains(a));
    List<JsonNode> found = propositions().stream().filter(splits).toList();
    assertThat(found).as("propositions with %s and %s on opposite sides in %s", a, b, json).hasSize(1);
    return found.get(0);
  }

  private static List<String> ownVoice(JsonNode p, String side) {
    List<String> out = new ArrayList<>();
    p.get(side).forEach(e -> {
      if (e.get("holder").isNull()) {
        out.add(e.get("source").asText());
      }
    });
    return out;
  }

  private static List<String> cues(JsonNode p) {
    List<String> out = new ArrayList<>();
    p.get("supporting").forEach(e -> out.add(e.get("cue").get("kind").asText()));
    p.get("contradicting").forEach(e -> out.add(e.get("cue").get("kind").asText()));
    return out;
  }

  @Test
  void whoInitiatedTheCallSetsTheJournalAgainstTheBriefing() {
    JsonNode p = between("wsj-2025-11-25", "mfa-briefing-2025-11-25");
    assertThat(p.get("text").asText()).contains("initiated");
    assertThat(cues(p)).containsOnly("role-conflict");
    List<String> own = ownVoice(p, "supporting");
    own.retainAll(ownVoice(p, "contradicting"));
    assertThat(own).as("no source on both sides in its own voice (a relay of both sides is 'citing')").isEmpty();
  }

  @Test
  void whetherTokyoWasAdvisedSetsTheJournalAgainstTheCabinetSecretary() {
    JsonNode p = between("wsj-2025-11-26", "kihara-2025-11-27");
    assertThat(p.get("text").asText()).contains("avoid provoking");
    assertThat(cues(p)).contains("negation");
    JsonNode kihara = null;
    for (JsonNode e : p.get("contradicting")) {
      if (e.get("source").asText().equals("kihara-2025-11-27")) {
        kihara = e;
      }
    }
    assertThat(kihara).as("the Cabinet Secretary contradicts the Journal's account").isNotNull();
    assertThat(kihara.get("official").asBoolean()).isTrue();
  }

  @Test
  void theReadoutThatDoesNotSayWhoAskedIsAnOmissionNotAContradiction() {
    JsonNode p = between("wsj-2025-11-25", "mfa-briefing-2025-11-25");
    List<String> omitted = new ArrayList<>();
    p.get("omissions").forEach(o -> omitted.add(o.get("source").asText()));
    assertThat(omitted).contains("china-mfa-readout-2025-11-24");
    assertThat(sources(p, "supporting")).doesNotContain("china-mfa-readout-2025-11-24");
    assertThat(sources(p, "contradicting")).doesNotContain("china-mfa-readout-2025-11-24");
  }

  @Test
  void everyPropositionHasTwoSidesOfDifferentSourcesAndAStableId() {
    assertThat(propositions()).isNotEmpty();
    for (JsonNode p : propositions()) {
      assertThat(sources(p, "supporting")).isNotEmpty();
      assertThat(sources(p, "contradicting")).isNotEmpty();
      assertThat(p.get("id").asText()).matches("[a-z0-9-]+-[0-9a-f]{6}");
    }
    assertThat(report.get("summary").get("propositions").asInt()).isEqualTo(propositions().size());
  }

  @Test
  void aSecondRunGivesTheSameBytesInEveryFormat() throws IOException {
    Path index = dir.resolve("index");
    assertThat(CliTest.run("conflicts", "--corpus", "corpus", "--index", index.toString(), "--format", "json").out())
        .isEqualTo(json);
    for (String format : List.of("text", "html")) {
      String once = CliTest.run("conflicts", "--corpus", "corpus", "--index", index.toString(), "--format", format).out();
      String twice = CliTest.run("conflicts", "--corpus", "corpus", "--index", index.toString(), "--format", format).out();
      assertThat(twice).isEqualTo(once).isNotEmpty();
    }
  }

  @Test
  void writeAppendsToAClaimsFileKeepingItsBytesAndOnlyOnce() throws IOException {
    String original = Files.readString(Path.of("claims.yaml"), StandardCharsets.UTF_8);
    Path claims = Files.writeString(dir.resolve("claims.yaml"), original, StandardCharsets.UTF_8);
    Path index = dir.resolve("index");
    CliTest.Run r = CliTest.run("conflicts", "--corpus", "corpus", "--index", index.toString(), "--write",
        claims.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String written = Files.readString(claims, StandardCharsets.UTF_8);
    assertThat(written).startsWith(original);
    for (JsonNode p : propositions()) {
      assertThat(written).contains("- id: " + p.get("id").asText());
    }
    CliTest.Run check = CliTest.run("validate", claims.toString());
    assertThat(check.code()).as(check.out() + check.err()).isZero();
    CliTest.run("conflicts", "--corpus", "corpus", "--index", index.toString(), "--write", claims.toString());
    assertThat(Files.readString(claims, StandardCharsets.UTF_8)).isEqualTo(written);
    CliTest.Run checked = CliTest.run("check", claims.toString(), "--corpus", "corpus", "--index", index.toString());
    assertThat(checked.code()).as("'check' finds every written proposition contested, as --write expects: %s",
        checked.err()).isZero();
  }
}
