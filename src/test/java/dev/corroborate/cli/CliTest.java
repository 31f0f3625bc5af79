package dev.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per exit code, plus the error-message contract (one line, file and line, no stack trace). */
class CliTest {
  @TempDir static Path dir;
  static Path corpus;
  static Path index;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), false);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void corpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    index = dir.resolve("index");
    Files.writeString(corpus.resolve("hall.md"), """
        ---
        id: hall
        title: Statement
        publisher: Riverton City Hall
        kind: official-statement
        date: 2024-03-01
        ---
        The mayor said the harbour bridge will reopen on March 15.
        """, StandardCharsets.UTF_8);
  }

  private static Path claims(String name, String yaml) throws IOException {
    return Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
  }

  @Test
  void exit0WhenEveryExpectationHolds() throws IOException {
    Path c = claims("ok.yaml", """
        claims:
          - id: reopen
            text: "The harbour bridge will reopen on March 15."
            expect: supported
        """);
    Run r = run("check", c.toString(), "--corpus", corpus.toString(), "--index", index.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).contains("reopen: SUPPORTED").contains("(as expected)").contains("Riverton City Hall");
  }

  @Test
  void exit1WhenAVerdictIsUnexpected() throws IOException {
    Path c = claims("wrong.yaml", """
        claims:
          - id: reopen
            text: "The harbour bridge will reopen on March 15."
            expect: contradicted
        """);
    Run r = run("check", c.toString(), "--corpus", corpus.toString(), "--index", index.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("UNEXPECTED: expected contradicted");
    assertThat(r.err()).contains("wrong.yaml:2: reopen: expected contradicted, got supported")
        .contains("1 of 1 checked claim failed the gate (expect)");
  }

  @Test
  void exit2OnUsageErrors() {
    assertThat(run("check", "--no-such-option").code()).isEqualTo(2);
    Run bad = run("check", "--format", "xml");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown format 'xml'").contains("text, json");
    assertThat(run().code()).isEqualTo(2);
  }

  @Test
  void exit3OnInvalidClaimsWithFileLineAndColumn() throws IOException {
    Path c = claims("broken.yaml", """
        claims:
          - id: a
            text: "One."
            colour: red
        """);
    Run r = run("check", c.toString(), "--corpus", corpus.toString(), "--index", index.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("broken.yaml:4:").contains("colour");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void exit3OnMissingClaimsFileAndMissingCorpus() throws IOException {
    Run missing = run("check", dir.resolve("nope.yaml").toString(), "--corpus", corpus.toString());
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).contains("nope.yaml");
    Path c = claims("one.yaml", "claims:\n  - id: a\n    text: \"One claim.\"\n");
    Run noCorpus = run("check", c.toString(), "--corpus", dir.resolve("absent").toString(),
        "--index", dir.resolve("idx2").toString());
    assertThat(noCorpus.code()).isEqualTo(3);
    assertThat(noCorpus.err()).contains("absent").contains("--corpus");
    assertThat(noCorpus.err().lines().count()).isEqualTo(1);
  }

  @Test
  void exit4OnInternalErrorsWithOneLineAndNoStackTrace() {
    StringWriter err = new StringWriter();
    int code = Cli.handle(new IllegalStateException("boom\nsecond line"), new PrintWriter(err, true));
    assertThat(code).isEqualTo(4);
    assertThat(err.toString()).isEqualTo("corroborate: internal error: IllegalStateException: boom second line"
        + " (rerun with --stacktrace and report it)" + System.lineSeparator());
  }

  @Test
  void stacktraceOptionPrintsTheTrace() throws IOException {
    Path c = claims("trace.yaml", "claims: 7\n");
    Run r = run("check", c.toString(), "--corpus", corpus.toString(), "--stacktrace");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("BadInputException").contains("\tat ");
  }

  @Test
  void indexPrintsCountsAndIsIncremental() throws IOException {
    Path idx = dir.resolve("idx-inc");
    Run first = run("index", "--corpus", corpus.toString(), "--index", idx.toString());
    assertThat(first.code()).isZero();
    assertThat(first.out()).startsWith("indexed 1, unchanged 0, removed 0, skipped 0");
    Run second = run("index", "--corpus", corpus.toString(), "--index", idx.toString());
    assertThat(second.out()).startsWith("indexed 0, unchanged 1, removed 0, skipped 0");
  }

  @Test
  void outputFileIsWrittenWhole() throws IOException {
    Path c = claims("out.yaml", "claims:\n  - id: a\n    text: \"The harbour bridge will reopen on March 15.\"\n");
    Path report = dir.resolve("reports/report.json");
    Run r = run("check", c.toString(), "--corpus", corpus.toString(), "--index", index.toString(),
        "--format", "json", "--output", report.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(report)).startsWith("{").contains("\"verdict\" : \"supported\"").endsWith("}\n");
    try (var files = Files.list(report.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.json");
    }
  }

  @Test
  void backendSettingsComeFromAConfigFileAndOptionsWin() throws IOException {
    Path c = claims("cfg.yaml", """
        claims:
          - id: reopen
            text: "The harbour bridge will reopen on March 15."
            expect: supported
        """);
    Path local = Files.writeString(dir.resolve("local.yaml"), "backend: local\n", StandardCharsets.UTF_8);
    Run ok = run("check", c.toString(), "--corpus", corpus.toString(), "--index", index.toString(),
        "--config", local.toString());
    assertThat(ok.code()).as(ok.err()).isEqualTo(0);

    Path solr = Files.writeString(dir.resolve("solr.yaml"), "backend: solr\nsolr-url: http://localhost:1/solr\n"
        + "collection: c\n", StandardCharsets.UTF_8);
    Run noSolr = run("check", c.toString(), "--corpus", corpus.toString(), "--index", index.toString(),
        "--config", solr.toString());
    assertThat(noSolr.code()).isEqualTo(3);
    assertThat(noSolr.err()).contains("backend 'solr' is not available in this build");
    Run overridden = run("check", c.toString(), "--corpus", corpus.toString(), "--index", index.toString(),
        "--config", solr.toString(), "--backend", "local");
    assertThat(overridden.code()).as(overridden.err()).isEqualTo(0);

    Path typo = Files.writeString(dir.resolve("typo.yaml"), "backend: local\ncolection: c\n", StandardCharsets.UTF_8);
    Run bad = run("index", "--corpus", corpus.toString(), "--index", index.toString(), "--config", typo.toString());
    assertThat(bad.code()).isEqualTo(3);
    assertThat(bad.err().strip()).isEqualTo("corroborate: " + typo + ":2:1: unknown key 'colection' (known keys: backend,"
        + " solr-url, collection)");
    Run missing = run("index", "--corpus", corpus.toString(), "--index", index.toString(),
        "--config", dir.resolve("nope.yaml").toString());
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).contains("nope.yaml: backend settings file not found (check the path given to --config)");
  }

  @Test
  void everyCommandsHelpFormatsWithoutWarnings() {
    // picocli reads option descriptions as format strings: a bare "%" makes it warn on stderr and
    // print the raw text.
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    try {
      System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
      for (String command : List.of("index", "import", "check", "conflicts", "extract", "validate", "eval", "train",
          "solr")) {
        Run r = run(command, "--help");
        assertThat(r.code()).as(command).isZero();
        assertThat(r.out()).as(command).doesNotContain("%n");
      }
    } finally {
      System.setErr(saved);
    }
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    assertThat(run("eval", "--help").out()).contains("95 % interval");
  }

  @Test
  void helpListsExitCodes() {
    Run r = run("check", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Exit codes:").contains("--corpus").contains("--format").contains("text, json");
  }
}
