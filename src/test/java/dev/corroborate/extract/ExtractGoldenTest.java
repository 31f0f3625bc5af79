package dev.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.claims.ClaimsLoader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Golden output of the committed invented draft (a factory fire, with reported speech, a question,
 * opinions, a prediction, a hedge, compound sentences and a heading) in every format. Regenerate
 * deliberately with {@code -Dgolden.update=true} and review the diff.
 */
class ExtractGoldenTest {
  static final Path DRAFT = Path.of("src/test/resources/extract/fire.md");
  static final Path DIR = Path.of("src/test/resources/extract/golden");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @ParameterizedTest
  @EnumSource(ExtractFormat.class)
  void draftGivesTheGoldenOutput(ExtractFormat format) throws Exception {
    Extraction e = Fixtures.EXTRACTOR.extractAll(List.of(new DocumentReader().read(DRAFT)),
        0.5);
    StringWriter w = new StringWriter();
    format.render(e, w);
    Path expected = DIR.resolve("fire." + format.label());
    if (UPDATE) {
      Files.createDirectories(DIR);
      Files.writeString(expected, w.toString(), StandardCharsets.UTF_8);
    }
    assertThat(expected).as("golden file (create it with -Dgolden.update=true)").exists();
    assertThat(w.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    if (format == ExtractFormat.YAML) {
      assertThat(new ClaimsLoader().parse(w.toString(), expected.toString())).hasSize(e.proposed().size());
    }
  }
}
