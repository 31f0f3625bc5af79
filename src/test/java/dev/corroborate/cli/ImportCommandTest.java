package dev.corroborate.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corroborate import}: both formats, incremental re-imports, skipped records, --strict, broken files. */
class ImportCommandTest {
  private static final Path FIXTURES = Path.of("src/test/resources/import");

  @TempDir Path dir;
  private Path index;

  @BeforeEach
  void paths() {
    index = dir.resolve("index");
  }

  private Path copy(String fixture, String as) throws IOException {
    return Files.copy(FIXTURES.resolve(fixture), dir.resolve(as), StandardCopyOption.REPLACE_EXISTING);
  }

  private Run importing(Path... files) {
    String[] args = new String[files.length + 3];
    args[0] = "import";
    args[1] = "--index";
    args[2] = index.toString();
    for (int i = 0; i < files.length; i++) {
      args[i + 3] = files[i].toString();
    }
    return CliTest.run(args);
  }

  private Path claims(String text, String expect) throws IOException {
    return Files.writeString(dir.resolve("claims.yaml"), "claims:\n  - id: c1\n    text: \"" + text + "\"\n    expect: "
        + expect + "\n", UTF_8);
  }

  @Test
  void importsJsonLinesAndChecksAgainstThemWithoutACorpusFolder() throws IOException {
    Path file = copy("sources.jsonl", "sources.jsonl");
    Run r = importing(file);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("imported 1 file: indexed 3, unchanged 0, removed 0, empty 0, skipped 0")
        .contains("(index holds 3 sources, 5 passages)");

    Run check = CliTest.run("check", claims("The frigate sailed into the harbour on Monday.", "supported").toString(),
        "--no-update", "--corpus", dir.resolve("no-corpus").toString(), "--index", index.toString());
    assertThat(check.code()).as(check.err()).isZero();
    assertThat(check.out()).contains("c1: SUPPORTED").contains("Coast Daily");
    assertThat(check.err()).contains("index: not updated (--no-update)");
  }

  @Test
  void reImportAnalysesOnlyChangedRecordsAndDropsRecordsGoneFromTheFile() throws IOException {
    Path file = copy("sources.jsonl", "sources.jsonl");
    assertThat(importing(file).code()).isZero();

    Run same = importing(file);
    assertThat(same.out()).startsWith("imported 1 file: indexed 0, unchanged 3, removed 0");

    List<String> lines = Files.readAllLines(file, UTF_8);
    Files.write(file, List.of(lines.get(0).replace("on Monday", "on Tuesday"), lines.get(1)), UTF_8);
    Run changed = importing(file);
    assertThat(changed.code()).as(changed.err()).isZero();
    assertThat(changed.out()).startsWith("imported 1 file: indexed 1, unchanged 1, removed 1")
        .contains("(index holds 2 sources, 3 passages)");
  }

  @Test
  void importsReutersStoriesAsPressReportsAndCountsEmptyOnes() throws IOException {
    Path file = copy("reuters.json", "reut2-000.json");
    Run r = importing(file);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("imported 1 file: indexed 2, unchanged 0, removed 0, empty 1, skipped 0");

    Run check = CliTest.run("check", claims("Texas Commerce Bancshares filed an application with the Securities and"
            + " Exchange Commission.", "supported").toString(), "--no-update", "--format", "json",
        "--corpus", dir.resolve("no-corpus").toString(), "--index", index.toString());
    assertThat(check.code()).as(check.out() + check.err()).isZero();
    assertThat(check.out()).contains("\"source\" : \"reuters-3\"").contains("\"publisher\" : \"Reuters\"")
        .contains("\"kind\" : \"press-report\"").contains("\"date\" : \"1987-02-26\"")
        .contains("\"title\" : \"TEXAS COMMERCE BANCSHARES FILES PLAN\"")
        .doesNotContain("&#3;");
  }

  @Test
  void aBadLineIsSkippedCountedAndNamedWithItsFileAndLine() throws IOException {
    Path file = copy("broken.jsonl", "broken.jsonl");
    Run r = importing(file);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("imported 1 file: indexed 2, unchanged 0, removed 0, empty 0, skipped 2")
        .contains("skipped broken.jsonl:2: ").contains("skipped broken.jsonl:3: ");
  }

  @Test
  void strictStopsAtTheFirstBadLineWithExit3AndCommitsNothing() throws IOException {
    Path bad = copy("broken.jsonl", "broken.jsonl");
    CliTest.Run r = CliTest.run("import", "--strict", "--index", index.toString(), bad.toString());
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().strip()).startsWith("corroborate: broken.jsonl:2: ").doesNotContain("\n").doesNotContain("Exception");
    Run after = importing(bad);
    assertThat(after.out()).as("the strict run committed nothing").startsWith("imported 1 file: indexed 2, unchanged 0");
  }

  @Test
  void brokenReutersJsonIsExit3WithFileLineAndColumn() throws IOException {
    Path bad = copy("broken-reuters.json", "broken-reuters.json");
    Run r = importing(bad);
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).matches("(?s)corroborate: broken-reuters\\.json:3:\\d+: broken JSON: .*\\n");
  }

  @Test
  void indexingTheCorpusFolderLeavesImportedSourcesAndImportLeavesTheCorpus() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("hall.md"), "---\nid: hall\ntitle: Statement\npublisher: Riverton City Hall\n"
        + "kind: official-statement\ndate: 2024-03-01\n---\nThe mayor said the harbour bridge will reopen on March 15.\n", UTF_8);
    Run indexed = CliTest.run("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertThat(indexed.code()).as(indexed.err()).isZero();
    assertThat(importing(copy("sources.jsonl", "sources.jsonl")).out()).contains("(index holds 4 sources");
    Run again = CliTest.run("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertThat(again.out()).startsWith("indexed 0, unchanged 1, removed 0").contains("(index holds 4 sources");
  }

  @Test
  void anIdAlreadyInTheIndexFromElsewhereIsSkipped() throws IOException {
    Path first = copy("sources.jsonl", "sources.jsonl");
    Path second = copy("sources.jsonl", "again.jsonl");
    Run r = importing(first, second);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("imported 2 files: indexed 3, unchanged 0, removed 0, empty 0, skipped 3")
        .contains("skipped again.jsonl:1: duplicate id 'harbour-report'");
  }

  @Test
  void usageErrors() throws IOException {
    assertThat(CliTest.run("import").code()).isEqualTo(ExitCode.USAGE);
    Path txt = Files.writeString(dir.resolve("sources.txt"), "x", UTF_8);
    Run unknown = importing(txt);
    assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).contains("--format jsonl");
    Run missing = importing(dir.resolve("missing.jsonl"));
    assertThat(missing.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(missing.err()).contains("missing.jsonl: no such readable file");
  }
}
