package dev.corroborate.cli;

import static dev.corroborate.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.claims.ClaimsLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command through the CLI: formats, --append, --output, and every exit code. */
class ExtractCommandTest {
  @TempDir Path dir;

  private Path draft() throws IOException {
    return Files.writeString(dir.resolve("draft.txt"), """
        Fire chief Dana Okafor said the fire started in a storage room at 9 p.m.
        The company shut the plant on Wednesday; about 220 employees were sent home.
        Why did the sprinklers fail?
        """, StandardCharsets.UTF_8);
  }

  @Test
  void yamlByDefaultIsAClaimsFileWithTheSetAsideOnesCommentedOut() throws Exception {
    CliTest.Run r = run("extract", draft().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("claims:\n  - id: fire-started-storage-room-")
        .contains("speaker: \"Fire chief Dana Okafor\"")
        .contains("# Set aside (not check-worthy)").contains("#     text: \"Why did the sprinklers fail?\"")
        .contains("#       kind: question");
    assertThat(new ClaimsLoader().parse(r.out(), "out.yaml")).hasSize(3);
  }

  @Test
  void jsonAndTextFormatsAndMinScore() throws Exception {
    Path d = draft();
    CliTest.Run json = run("extract", "--format", "json", d.toString());
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("claims")).hasSize(3);
    assertThat(root.get("setAside").get(0).get("kind").asText()).isEqualTo("question");
    assertThat(root.get("claims").get(0).get("features").get(0).get("name").asText()).isEqualTo("base");
    assertThat(root.get("summary").get("proposed").asInt()).isEqualTo(3);
    CliTest.Run strictScore = run("extract", "--format", "text", "--min-score", "0.9", d.toString());
    assertThat(strictScore.out()).contains("1 claim(s) proposed, 3 set aside").contains("below --min-score 0.90");
  }

  @Test
  void outputIsWrittenWholeAndCheckReadsIt() throws IOException {
    Path out = dir.resolve("proposed/claims.yaml");
    CliTest.Run r = run("extract", draft().toString(), "--output", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("3 claim(s) proposed, 1 set aside; written to");
    try (var files = Files.list(out.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("claims.yaml");
    }
    assertThat(run("validate", out.toString()).code()).isZero();
  }

  @Test
  void appendKeepsTheFileAndAddsOnlyNewClaims() throws Exception {
    Path claims = Files.writeString(dir.resolve("claims.yaml"), """
        # my claims
        claims:
          - id: shut
            text: "The company shut the plant on Wednesday"   # from the wire

        # end
        """, StandardCharsets.UTF_8);
    String before = Files.readString(claims);
    CliTest.Run r = run("extract", draft().toString(), "--append", claims.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("appended 2 claim(s); 1 already in the file; 1 set aside as not check-worthy");
    String after = Files.readString(claims);
    int at = before.indexOf("\n# end") ;
    assertThat(after).startsWith(before.substring(0, at)).endsWith(before.substring(at));
    assertThat(new ClaimsLoader().load(claims)).hasSize(3);
    CliTest.Run again = run("extract", draft().toString(), "--append", claims.toString());
    assertThat(again.out()).contains("appended 0 claim(s); 3 already in the file");
    assertThat(Files.readString(claims)).isEqualTo(after);
  }

  @Test
  void appendCreatesAMissingFile() throws Exception {
    Path claims = dir.resolve("new.yaml");
    CliTest.Run r = run("extract", draft().toString(), "--append", claims.toString());
    assertThat(r.out()).contains("created with 3 claim(s)");
    assertThat(new ClaimsLoader().load(claims)).hasSize(3);
  }

  @Test
  void readsHtmlAndMarkdownAndProposesAClaimOnceAcrossFiles() throws Exception {
    Path html = Files.writeString(dir.resolve("page.html"), "<html><body><article><h1>Port news</h1>"
        + "<p>The company shut the plant on Wednesday; about 220 employees were sent home.</p></article></body></html>");
    Path md = Files.writeString(dir.resolve("note.md"), "---\ntitle: Note\n---\nThe company shut the plant on Wednesday.\n");
    CliTest.Run r = run("extract", "--format", "json", html.toString(), md.toString());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("files")).hasSize(2);
    assertThat(root.get("claims")).extracting(n -> n.get("text").asText())
        .containsExactly("The company shut the plant on Wednesday.", "About 220 employees were sent home.");
    assertThat(root.get("claims").get(0).get("file").asText()).isEqualTo(html.toString());
  }

  @Test
  void usageErrorsExit2() throws IOException {
    String d = draft().toString();
    assertThat(run("extract").code()).isEqualTo(2);
    CliTest.Run score = run("extract", "--min-score", "2", d);
    assertThat(score.code()).isEqualTo(2);
    assertThat(score.err()).contains("2 is out of range (use a score from 0 to 1)");
    assertThat(run("extract", "--format", "xml", d).err()).contains("unknown format 'xml' (use one of: yaml, json, text)");
    CliTest.Run both = run("extract", d, "--append", "a.yaml", "--output", "b.yaml");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("--append and --output cannot be used together");
    assertThat(run("extract", d, "--append", "a.yaml", "--format", "json").code()).isEqualTo(2);
  }

  @Test
  void badInputExits3WithOneLineNamingTheFile() throws IOException {
    CliTest.Run missing = run("extract", dir.resolve("nope.txt").toString());
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).isEqualTo("corroborate: " + dir.resolve("nope.txt") + ": file not found (check the path)"
        + System.lineSeparator());
    Path docx = Files.writeString(dir.resolve("d.docx"), "x");
    assertThat(run("extract", docx.toString()).err()).contains("unsupported file type '.docx'");
    Path flow = Files.writeString(dir.resolve("flow.yaml"), "claims: [{id: a, text: \"One.\"}]\n");
    CliTest.Run refused = run("extract", draft().toString(), "--append", flow.toString());
    assertThat(refused.code()).isEqualTo(3);
    assertThat(refused.err()).contains("flow.yaml:1:9: the claims list is written in flow style");
    assertThat(Files.readString(flow)).isEqualTo("claims: [{id: a, text: \"One.\"}]\n");
  }

  @Test
  void anUnreadableFileIsSkippedUnlessStrict() throws IOException {
    String d = draft().toString();
    String missing = dir.resolve("nope.txt").toString();
    CliTest.Run lenient = run("extract", "--format", "text", missing, d);
    assertThat(lenient.code()).isZero();
    assertThat(lenient.err()).contains("corroborate: skipped " + missing + ": file not found");
    assertThat(lenient.out()).contains("3 claim(s) proposed");
    assertThat(run("extract", "--strict", missing, d).code()).isEqualTo(3);
  }

  @Test
  void helpDescribesEveryOptionAndTheExitCodes() {
    CliTest.Run r = run("extract", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--append").contains("--format").contains("yaml, json, text").contains("--min-score")
        .contains("--output").contains("--strict").contains("Exit codes:").contains("0 ").contains("2 ").contains("3 ")
        .contains("4 ");
    assertThat(run("--help").out()).contains("extract");
  }
}
