package dev.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code check --format html|markdown|claimreview --output FILE} on the bundled corpus and claims:
 * each writes its file, and two runs give byte-identical files (no clock, no randomness).
 */
class ReportFormatsIT {
  @TempDir static Path dir;

  private static String check(String format, String name) throws IOException {
    Path out = dir.resolve(name);
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    String[] args = {"check", "claims.yaml", "--corpus", "corpus", "--index", dir.resolve("index").toString(),
        "--format", format, "--output", out.toString()};
    int code = Cli.run(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true), false);
    assertThat(code).as("exit code; stderr: %s", stderr).isZero();
    assertThat(stdout.toString()).as("nothing on stdout with --output").isEmpty();
    assertThat(stderr.toString()).contains("report written to " + out);
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "markdown", "claimreview"})
  void bundledCorpusGivesTheSameBytesTwice(String format) throws IOException {
    String first = check(format, "first." + format);
    String second = check(format, "second." + format);
    assertThat(second).isEqualTo(first);
    int claims = 16;
    switch (format) {
      case "html" -> {
        assertThat(first).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(first.split("<tr data-verdict=", -1)).hasSize(claims + 1);
        assertThat(Jsoup.parse(first).select("[src], link, iframe, img")).as("nothing loaded from elsewhere").isEmpty();
      }
      case "markdown" -> {
        assertThat(first).startsWith("# Claim check: claims.yaml\n").doesNotContain("<");
        assertThat(first.lines().filter(l -> l.startsWith("### ")).count()).isEqualTo(claims);
      }
      default -> {
        JsonNode graph = new ObjectMapper().readTree(first).get("@graph");
        assertThat(graph).hasSize(claims);
        assertThat(List.of("supported", "contradicted", "contested", "unverified"))
            .containsAll(graph.findValuesAsText("alternateName"));
        assertThat(first).doesNotContain("datePublished\" : \"2026");
      }
    }
  }
}
