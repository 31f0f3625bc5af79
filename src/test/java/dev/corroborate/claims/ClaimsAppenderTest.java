package dev.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.verdict.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsAppenderTest {
  @TempDir Path dir;
  private final ClaimsAppender appender = new ClaimsAppender();

  private static List<ClaimsAppender.NewClaim> contested(String... texts) {
    return Stream.of(texts).map(t -> new ClaimsAppender.NewClaim(t, Verdict.CONTESTED)).toList();
  }

  private static final String EXISTING = """
      # Claims about the harbour storm.
      claims:
        # Damage
        - id: pier-damaged
          text: 'The storm damaged the pier.'   # single quotes kept
          expect: supported

        - id: ferry
          text: "The ferry was suspended."
      # trailing comment
      """;

  @Test
  void appendsAfterTheExistingBytesWithStableIdsAndExpect() throws Exception {
    Path f = Files.writeString(dir.resolve("claims.yaml"), EXISTING, StandardCharsets.UTF_8);
    ClaimsAppender.Result r = appender.append(f, contested("The storm injured 12 people."), "found by a test");
    String text = Files.readString(f, StandardCharsets.UTF_8);
    assertThat(text).startsWith(EXISTING);
    String id = ClaimsAppender.idFor("The storm injured 12 people.");
    assertThat(r.added()).containsExactly(id);
    assertThat(text.substring(EXISTING.length())).isEqualTo("  # found by a test\n  - id: " + id
        + "\n    text: \"The storm injured 12 people.\"\n    expect: contested\n");
    List<Claim> claims = new ClaimsLoader().load(f);
    assertThat(claims).extracting(Claim::id).containsExactly("pier-damaged", "ferry", id);
    assertThat(claims.get(2).expected()).isEqualTo(Verdict.CONTESTED);
  }

  @Test
  void idsAreStableAndReadable() {
    String id = ClaimsAppender.idFor("The storm injured 12 people.");
    assertThat(id).matches("storm-injured-12-people-[0-9a-f]{8}");
    assertThat(ClaimsAppender.idFor("  the STORM injured 12 people ")).isEqualTo(id);
    assertThat(ClaimsAppender.idFor("The storm injured 20 people.")).isNotEqualTo(id);
    assertThat(ClaimsAppender.idFor("«»")).matches("claim-[0-9a-f]{8}");
  }

  @Test
  void duplicatesByNormalisedTextAreSkippedAndASecondRunAddsNothing() throws Exception {
    Path f = Files.writeString(dir.resolve("claims.yaml"), EXISTING, StandardCharsets.UTF_8);
    ClaimsAppender.Result r = appender.append(f,
        contested("the storm  damaged the pier", "The ferry was suspended!", "A new one was found.",
            "A NEW one was found."), null);
    assertThat(r.added()).hasSize(1);
    assertThat(r.duplicates()).isEqualTo(3);
    String after = Files.readString(f);
    ClaimsAppender.Result again = appender.append(f, contested("A new one was found."), null);
    assertThat(again.added()).isEmpty();
    assertThat(Files.readString(f)).isEqualTo(after);
  }

  @Test
  void aMissingFileIsCreatedAndQuotesSurviveTheRoundTrip() throws Exception {
    Path f = dir.resolve("sub/new.yaml");
    String tricky = "He said \"no\" \\ and\tleft\u2028at 5 a.m.: yes #not-a-comment";
    appender.append(f, contested(tricky), null);
    assertThat(new ClaimsLoader().load(f)).extracting(Claim::text).containsExactly(tricky);
    try (Stream<Path> files = Files.list(f.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("new.yaml");
    }
  }

  @Test
  void theFilesIndentAndLineEndsAreFollowedAndAnEmptyListIsFilled() throws Exception {
    Path f = Files.writeString(dir.resolve("c.yaml"), "claims:\r\n- id: a\r\n  text: \"One.\"\r\n");
    appender.append(f, contested("Two things happened."), null);
    assertThat(Files.readString(f)).startsWith("claims:\r\n- id: a\r\n  text: \"One.\"\r\n- id: two-things-happened-")
        .endsWith("\r\n  text: \"Two things happened.\"\r\n  expect: contested\r\n");
    Path empty = Files.writeString(dir.resolve("e.yaml"), "# nothing yet\nclaims:\n");
    appender.append(empty, contested("Two things happened."), null);
    assertThat(Files.readString(empty)).startsWith("# nothing yet\nclaims:\n  - id: two-things-happened-");
    assertThat(new ClaimsLoader().load(empty)).hasSize(1);
  }

  @Test
  void anIdTakenByAnotherTextGetsASuffix() throws Exception {
    String id = ClaimsAppender.idFor("Two things happened.");
    Path f = Files.writeString(dir.resolve("c.yaml"), "claims:\n  - id: " + id + "\n    text: \"Other.\"\n");
    assertThat(appender.append(f, contested("Two things happened."), null).added()).containsExactly(id + "-2");
  }

  @Test
  void aFlowListOrAnInvalidFileIsRefusedWithItsLineAndLeftAlone() throws IOException {
    Path flow = Files.writeString(dir.resolve("flow.yaml"), "# c\nclaims: []\n");
    assertThatThrownBy(() -> appender.append(flow, contested("A thing happened."), null))
        .isInstanceOf(BadInputException.class).hasMessageContaining("flow.yaml:2:1").hasMessageContaining("block list");
    assertThat(Files.readString(flow)).isEqualTo("# c\nclaims: []\n");
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "claims:\n  - id: a\n    colour: red\n");
    assertThatThrownBy(() -> appender.append(bad, contested("A thing happened."), null))
        .isInstanceOf(BadInputException.class).hasMessageContaining("bad.yaml:3");
  }
}
