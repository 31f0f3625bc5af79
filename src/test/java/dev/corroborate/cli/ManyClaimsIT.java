package dev.corroborate.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 10,000 claims through {@code check} on a tiny corpus: it works, and shows progress on stderr. */
class ManyClaimsIT {
  private static final int CLAIMS = 10_000;
  private static final String[] TEMPLATES = {
    "The harbour bridge will reopen on March %d.",
    "The mayor said the bridge would stay closed for %d days.",
    "City Hall denied that repairs cost %d million dollars.",
    "The ferry service resumed after %d weeks.",
    "Residents were told on day %d that the harbour was closed.",
  };

  @TempDir Path dir;

  @Test
  void tenThousandClaimsAreCheckedWithProgressOnStderr() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("hall.md"), "---\nid: hall\npublisher: Riverton City Hall\n"
        + "kind: official-statement\ndate: 2024-03-01\n---\nThe mayor said the harbour bridge will reopen on March 15."
        + " Repairs cost 12 million dollars.\n", UTF_8);
    Files.writeString(corpus.resolve("gazette.md"), "---\nid: gazette\npublisher: Riverton Gazette\n"
        + "kind: press-report\ndate: 2024-03-02\n---\nThe ferry service resumed after two weeks. City Hall denied"
        + " that the harbour was closed.\n", UTF_8);
    StringBuilder yaml = new StringBuilder("claims:\n");
    for (int i = 0; i < CLAIMS; i++) {
      yaml.append("  - id: claim-").append(i).append("\n    text: \"")
          .append(String.format(TEMPLATES[i % TEMPLATES.length], 1 + i / TEMPLATES.length)).append("\"\n");
    }
    Path claims = Files.writeString(dir.resolve("claims.yaml"), yaml, UTF_8);

    long start = System.nanoTime();
    Run r = CliTest.run("check", claims.toString(), "--corpus", corpus.toString(), "--index",
        dir.resolve("index").toString(), "--format", "json");
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;

    assertThat(r.code()).as(r.err()).isZero();
    List<String> progress = r.err().lines().filter(Pattern.compile("^checking \\d+/" + CLAIMS + "$").asPredicate())
        .toList();
    assertThat(progress).hasSizeGreaterThanOrEqualTo(10).last().isEqualTo("checking " + CLAIMS + "/" + CLAIMS);
    assertThat(r.out()).contains("\"id\" : \"claim-9999\"");
    assertThat(Pattern.compile("\"verdict\" : ").matcher(r.out()).results().count()).isEqualTo(CLAIMS);
    System.out.println("10,000 claims checked in " + seconds + " s; " + progress.size() + " progress lines on stderr");
  }
}
