package dev.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conflicts} through the CLI: help, every exit code, --write and --output on a two-source corpus. */
class ConflictsCommandTest {
  @TempDir static Path dir;
  static Path corpus;

  @BeforeAll
  static void corpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("port.md"), """
        ---
        id: port
        title: Port statement
        publisher: Riverton Port Authority
        kind: official-statement
        date: 2024-05-02
        ---
        The port authority closed the north pier after the storm on Tuesday.
        """, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("gazette.md"), """
        ---
        id: gazette
        title: Pier report
        publisher: Riverton Gazette
        kind: press-report
        date: 2024-05-03
        ---
        The port authority did not close the north pier after the storm on Tuesday.
        """, StandardCharsets.UTF_8);
  }

  @Test
  void helpStatesTheRankingFormulaFormatsAndExitCodes() {
    CliTest.Run r = CliTest.run("conflicts", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Exit codes:").contains("--write").contains("--format").contains("text, json, html")
        .contains("2 for an official kind").contains("halved").contains("weaker side").contains("omission");
    assertThat(CliTest.run("--help").out()).contains("conflicts");
  }

  @Test
  void findsTheNegationWritesClaimsOnceAndReportsAtomically() throws IOException {
    Path index = dir.resolve("idx");
    Path claims = Files.writeString(dir.resolve("claims.yaml"), "# mine\nclaims:\n  - id: a\n    text: \"Old.\"\n");
    Path report = dir.resolve("out/conflicts.json");
    CliTest.Run r = CliTest.run("conflicts", "--corpus", corpus.toString(), "--index", index.toString(),
        "--format", "json", "--output", report.toString(), "--write", claims.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(report)).contains("\"kind\" : \"negation\"").contains("\"source\" : \"gazette\"")
        .contains("\"text\" : \"The port authority closed the north pier after the storm on Tuesday.\"");
    String written = Files.readString(claims);
    assertThat(written).startsWith("# mine\nclaims:\n  - id: a\n    text: \"Old.\"\n")
        .contains("text: \"The port authority closed the north pier after the storm on Tuesday.\"")
        .contains("expect: contested");
    assertThat(r.err()).contains("claims: appended 1 to");
    CliTest.Run again = CliTest.run("conflicts", "--corpus", corpus.toString(), "--index", index.toString(),
        "--write", claims.toString());
    assertThat(again.code()).isZero();
    assertThat(again.err()).contains("claims: appended 0 to").contains("1 already there");
    assertThat(Files.readString(claims)).isEqualTo(written);
    assertThat(again.out()).contains("+ supports    port").contains("- contradicts gazette")
        .contains("1 contested proposition");
  }

  @Test
  void exit2OnUsageErrors() {
    CliTest.Run bad = CliTest.run("conflicts", "--format", "markdown");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown format 'markdown'").contains("text, json, html");
    assertThat(CliTest.run("conflicts", "extra-argument").code()).isEqualTo(2);
  }

  @Test
  void exit3OnAMissingCorpusOrABadClaimsFileWithOneLine() throws IOException {
    CliTest.Run missing = CliTest.run("conflicts", "--corpus", dir.resolve("absent").toString(),
        "--index", dir.resolve("idx-absent").toString());
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).contains("absent");
    assertThat(missing.err().lines().count()).isEqualTo(1);
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "claims:\n  - id: a\n    colour: red\n");
    CliTest.Run r = CliTest.run("conflicts", "--corpus", corpus.toString(), "--index", dir.resolve("idx3").toString(),
        "--write", bad.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("bad.yaml:3").doesNotContain("\tat ").doesNotContain("index:");
    assertThat(r.out()).as("fails before the work").isEmpty();
    assertThat(Files.readString(bad)).isEqualTo("claims:\n  - id: a\n    colour: red\n");
  }
}
