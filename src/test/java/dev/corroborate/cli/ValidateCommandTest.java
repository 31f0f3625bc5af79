package dev.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  private static Run run(String... args) {
    return CliTest.run(args);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void aValidFilePrintsTheClaimCount() {
    Path claims = CiRepos.resource("repo/good-pr/claims.yaml");
    Run r = run("validate", claims.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(claims + ": 3 claims OK\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void everyProblemIsPrintedAtOnceWithLineAndColumnAndExit3() throws IOException {
    Path claims = write("claims.yaml", """
        claims:
          - id: a
            text: "One."
            colour: red
          - id: a
            text: "Two."
          - id: b
            text: ""
          - id: c
            text: "Three."
            expect: true-ish
        """);
    Run r = run("validate", claims.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out().lines().toList()).containsExactly(
        claims + ":4:5: unknown key 'colour' in claim (allowed keys: id, text, expect, note, tags, extracted)",
        claims + ":5:9: duplicate claim id 'a' (first at line 2) (give each claim a unique id)",
        claims + ":8:11: claim 'b' has empty text (write the claim to check after 'text:')",
        claims + ":11:13: unknown expect 'true-ish' (use one of: supported, contradicted, contested, unverified)");
    assertThat(r.err()).isEqualTo("corroborate: 4 problems found\n");
  }

  @Test
  void githubFormatPrintsWorkflowCommands() throws IOException {
    Path claims = write("claims.yaml", "claims:\n  - id: a\n    text: \"One.\"\n    expect: maybe\n");
    Run r = run("validate", claims.toString(), "--format", "github");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).isEqualTo("::error file=" + claims.toString().replace(":", "%3A") + ",line=4,col=13,"
        + "title=corroborate%3A invalid input::unknown expect 'maybe' (use one of: supported, contradicted,"
        + " contested, unverified)\n");
    assertThat(run("validate", claims.toString(), "--format", "xml").code()).isEqualTo(2);
  }

  @Test
  void withCorpusSkippedFilesAreListedAndFailOnlyWithStrict() throws IOException {
    Path claims = write("claims.yaml", "claims:\n  - id: a\n    text: \"One.\"\n");
    write("corpus/good.md", "---\nid: good\nkind: press-report\n---\nA sentence.\n");
    write("corpus/bad.md", "---\nid: bad\nkind: blog\n---\nA sentence.\n");
    Path corpus = dir.resolve("corpus");
    Run r = run("validate", claims.toString(), "--corpus", corpus.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().toList()).hasSize(2);
    assertThat(r.out().lines().toList().get(0)).startsWith(corpus.resolve("bad.md") + ":3: skipped: ")
        .contains("blog");
    assertThat(r.out().lines().toList().get(1)).isEqualTo(claims + ": 1 claim OK; " + corpus
        + ": 1 source, 1 skipped");

    Run strict = run("validate", claims.toString(), "--corpus", corpus.toString(), "--strict");
    assertThat(strict.code()).isEqualTo(3);
    assertThat(strict.err()).isEqualTo("corroborate: 1 corpus file(s) would be skipped (--strict)\n");
  }

  @Test
  void corpusOptionsApplyAsInIndexAndCheck() throws IOException {
    Path claims = write("claims.yaml", "claims:\n  - id: a\n    text: \"One.\"\n");
    write("corpus/good.md", "---\nid: good\nkind: press-report\n---\nA sentence.\n");
    write("corpus/big.md", "---\nid: big\nkind: press-report\n---\n" + "A long sentence. ".repeat(70_000));
    Path corpus = dir.resolve("corpus");

    Run limited = run("validate", claims.toString(), "--corpus", corpus.toString(), "--max-file-mb", "1");
    Run unlimited = run("validate", claims.toString(), "--corpus", corpus.toString());

    assertThat(limited.out().lines().toList().get(0)).isEqualTo(corpus.resolve("big.md") + ": skipped: file is"
        + " 1.1 MiB, over the limit of 1.0 MiB; split it into smaller files or raise the limit with --max-file-mb");
    assertThat(unlimited.out()).isEqualTo(claims + ": 1 claim OK; " + corpus + ": 2 sources OK\n");
    assertThat(run("validate", claims.toString(), "--max-file-mb", "2048").code()).isEqualTo(2);
  }

  @Test
  void missingFilesAreProblemsToo() {
    Run r = run("validate", dir.resolve("absent.yaml").toString(), "--corpus", dir.resolve("nothing").toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out().lines().toList()).containsExactly(
        dir.resolve("absent.yaml") + ": claims file not found (create it, or give the claims file as the first"
            + " argument: corroborate check FILE)",
        dir.resolve("nothing") + ": corpus folder not found (create it or pass --corpus DIR)");
  }
}
