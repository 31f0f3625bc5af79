package dev.corroborate.claims;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import dev.corroborate.fuzz.Property;
import dev.corroborate.fuzz.RandomInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property tests of the claims loader's contract on random input: it returns valid claims (ids
 * unique, id and text not blank, text within the limit) or throws {@link BadInputException} whose
 * diagnostics name the file, a line inside it and fit on one line; nothing else ever comes out.
 * {@link Property} runs each on 300 seeded inputs.
 */
class ClaimsFuzzTest {
  private static final String FILE = "claims.yaml";
  private static final byte[] GOOD = ("claims:\n  - id: a\n    text: \"One claim.\"\n    expect: supported\n"
      + "    tags: [x, y]\n  - id: b\n    text: >\n      Folded\n      text.\n    note: n\n").getBytes(UTF_8);

  private final ClaimsLoader loader = new ClaimsLoader();

  /** Parses {@code text} and checks the contract. */
  private void parseChecked(String text) {
    long lines = text.lines().count() + 1;
    try {
      List<Claim> claims = loader.parse(text, FILE);
      assertThat(claims).isNotEmpty();
      Set<String> ids = new HashSet<>();
      assertThat(claims).allSatisfy(c -> {
        assertThat(ids.add(c.id())).as("unique id %s", c.id()).isTrue();
        assertThat(c.text()).isNotBlank();
        assertThat(c.text().codePointCount(0, c.text().length())).isLessThanOrEqualTo(ClaimsLoader.MAX_TEXT_LENGTH);
        assertThat(c.line()).isBetween(1, (int) lines);
      });
    } catch (BadInputException e) {
      assertValid(e.diagnostics(), FILE, lines);
    }
  }

  private static void assertValid(List<Diagnostic> diagnostics, String file, long lines) {
    assertThat(diagnostics).isNotEmpty().hasSizeLessThanOrEqualTo(101).allSatisfy(d -> {
      assertThat(d.file()).isEqualTo(file);
      assertThat(d.line()).isBetween(0, (int) lines);
      assertThat(d.oneLine()).doesNotContain("\n");
    });
  }

  private void property(java.util.function.Function<java.util.Random, String> generator) {
    assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
        Property.forAll(generator, Function.identity(), this::parseChecked));
  }

  @Test
  void randomClaimsShapedYaml() {
    property(RandomInputs::claimsDocument);
  }

  @Test
  void randomYamlStructures() {
    property(RandomInputs::yamlNode);
  }

  @Test
  void randomYamlMappings() {
    property(r -> RandomInputs.yamlMapping(r, List.of("claims", "id", "text", "expect", "note", "tags")));
  }

  @Test
  void randomBytesThroughTheFile(@TempDir Path dir) {
    Path file = dir.resolve("claims.yaml");
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Property.forAll(r -> RandomInputs.bytes(r, GOOD),
        b -> new String(b, ISO_8859_1), bytes -> {
          Files.write(file, bytes);
          try {
            assertThat(loader.load(file)).isNotEmpty();
          } catch (BadInputException e) {
            assertValid(e.diagnostics(), file.toString(), new String(bytes, ISO_8859_1).lines().count() + 1);
          }
        }));
  }
}
