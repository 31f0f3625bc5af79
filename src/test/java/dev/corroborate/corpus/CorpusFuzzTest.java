package dev.corroborate.corpus;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.fuzz.Property;
import dev.corroborate.fuzz.RandomInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property tests of the corpus loader's contract on random input (random bytes, random YAML front
 * matter, sidecars and JSON lines): loading never throws anything but {@link BadInputException}; a
 * bad file is skipped with a one-line reason and a line inside the file, never dropped silently; a
 * good file beside it always loads. {@link Property} runs each on 300 seeded inputs.
 */
class CorpusFuzzTest {
  private static final byte[] GOOD_MARKDOWN = ("---\nid: doc\ntitle: T\npublisher: P\nkind: letter\n"
      + "date: 2025-11-24\nurl: https://example.org\nlanguage: en\nspeaker: S\n---\n# Head\nBody text.\n")
      .getBytes(UTF_8);
  private static final byte[] GOOD_JSONL = ("{\"id\": \"a\", \"kind\": \"letter\", \"text\": \"One.\"}\n"
      + "{\"id\": \"b\", \"date\": \"2025-01-02\", \"text\": \"Two.\"}\n").getBytes(UTF_8);

  @TempDir Path dir;
  private final CorpusLoader loader = new CorpusLoader();

  @BeforeEach
  void goodNeighbour() throws Exception {
    Files.writeString(dir.resolve("zz-good.md"), "---\nid: zz-good\nkind: analysis\n---\nFine.\n", UTF_8);
  }

  /**
   * Writes {@code bytes} as {@code name}, loads the folder and checks the contract: {@code subject}
   * (the file whose source {@code name} describes; itself but for a sidecar) is loaded or skipped.
   */
  private void loadChecked(String name, String subject, byte[] bytes) throws Exception {
    Files.write(dir.resolve(name), bytes);
    LoadResult result;
    try {
      result = loader.load(dir);
    } catch (BadInputException e) {
      throw new AssertionError("a corpus with a good file must load: " + e.getMessage(), e);
    }
    assertThat(result.sources()).extracting(SourceDocument::id).contains("zz-good");
    long lines = new String(bytes, ISO_8859_1).lines().count() + 1;
    assertThat(result.skipped()).allSatisfy(s -> {
      assertThat(s.oneLine()).doesNotContain("\n").doesNotContain("\r");
      assertThat(s.line()).isBetween(0, (int) lines);
    });
    assertThat(result.warnings()).allSatisfy(w -> assertThat(w).doesNotContain("\n"));
    List<String> files = result.sources().stream().map(SourceDocument::file).distinct().toList();
    boolean skipped = result.skipped().stream().anyMatch(s -> s.file().equals(name) || s.file().equals(subject));
    assertThat(files.contains(subject) || skipped).as("%s is loaded or skipped, never dropped", subject).isTrue();
  }

  private void property(Function<Random, byte[]> generator, String name) {
    property(generator, name, name);
  }

  private void property(Function<Random, byte[]> generator, String name, String subject) {
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Property.forAll(generator,
        b -> new String(b, ISO_8859_1), bytes -> loadChecked(name, subject, bytes)));
  }

  @Test
  void randomBytesAsMarkdown() {
    property(r -> RandomInputs.bytes(r, GOOD_MARKDOWN), "doc.md");
  }

  @Test
  void randomYamlFrontMatter() {
    property(r -> ("---\n" + RandomInputs.yamlMapping(r, RawSource.METADATA_KEYS) + "---\nBody text.\n")
        .getBytes(UTF_8), "doc.md");
  }

  @Test
  void randomYamlStructureAsFrontMatter() {
    property(r -> ("---\n" + RandomInputs.yamlNode(r) + "\n---\nBody text.\n").getBytes(UTF_8), "doc.md");
  }

  @Test
  void randomSidecar() throws Exception {
    Files.writeString(dir.resolve("doc.txt"), "Plain text body.\n", UTF_8);
    property(r -> r.nextBoolean() ? RandomInputs.yamlMapping(r, RawSource.METADATA_KEYS).getBytes(UTF_8)
        : RandomInputs.bytes(r, "id: doc\nkind: letter\n".getBytes(UTF_8)), "doc.meta.yaml", "doc.txt");
  }

  @Test
  void randomJsonLines() {
    property(r -> RandomInputs.bytes(r, GOOD_JSONL), "doc.jsonl");
  }

  @Test
  void metadataParserReportsEveryRandomMappingAsDataNeverAsAnException() {
    MetadataParser parser = new MetadataParser();
    Property.forAll(r -> RandomInputs.yamlMapping(r, RawSource.METADATA_KEYS), Function.identity(), yaml -> {
      MetadataParser.Parsed parsed = parser.yaml(yaml, "doc.md", 1, RawSource.METADATA_KEYS);
      assertThat(parsed.raw() != null || !parsed.problems().isEmpty()).as("a result or a problem").isTrue();
      assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.line()).isBetween(1,
          (int) yaml.lines().count() + 2));
    });
  }
}
