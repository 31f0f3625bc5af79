package dev.corroborate.claims;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import dev.corroborate.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsLoaderTest {
  private static final String FILE = "claims.yaml";

  private final ClaimsLoader loader = new ClaimsLoader();

  private static String yaml(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private List<Diagnostic> errors(String text) {
    BadInputException e = assertThrows(BadInputException.class, () -> loader.parse(text, FILE));
    assertThat(e.diagnostics()).allSatisfy(d -> assertThat(d.file()).isEqualTo(FILE));
    return e.diagnostics();
  }

  private Diagnostic onlyError(String text) {
    List<Diagnostic> errors = errors(text);
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  @Nested
  class Valid {
    @Test
    void claimsKeepOrderLineAndExpectation() throws Exception {
      List<Claim> claims = loader.parse(yaml(
          "# claims about the call",
          "claims:",
          "  - id: call-initiated-by-xi",
          "    text: \"The November 24 Xi-Trump phone call was initiated by Xi.\"",
          "    expect: contested          # author's guess",
          "    note: from the readouts",
          "    tags: [call, china]",
          "",
          "  - id: second",
          "    text: >",
          "      A folded",
          "      claim.",
          "  - {id: third, text: Flow style., expect: Supported}"), FILE);

      assertThat(claims).containsExactly(
          new Claim("call-initiated-by-xi",
              "The November 24 Xi-Trump phone call was initiated by Xi.", Verdict.CONTESTED, 3),
          new Claim("second", "A folded claim.", null, 9),
          new Claim("third", "Flow style.", Verdict.SUPPORTED, 13));
    }

    @Test
    void nullExpectNoteAndTagsAreAccepted() throws Exception {
      List<Claim> claims = loader.parse(yaml(
          "claims:",
          "  - id: a",
          "    text: T",
          "    expect:",
          "    note:",
          "    tags:"), FILE);

      assertThat(claims).containsExactly(new Claim("a", "T", null, 2));
    }

    @Test
    void textOfExactlyTheLimitIsAccepted() throws Exception {
      String text = "x".repeat(ClaimsLoader.MAX_TEXT_LENGTH);

      List<Claim> claims = loader.parse(yaml("claims:", "  - id: a", "    text: " + text), FILE);

      assertThat(claims).singleElement().extracting(Claim::text).isEqualTo(text);
    }

    @Test
    void loadReadsAFileWithByteOrderMark(@TempDir Path dir) throws Exception {
      Path file = Files.write(dir.resolve("c.yaml"),
          ("\uFEFFclaims:\n  - id: a\n    text: Café\n").getBytes(UTF_8));

      assertThat(loader.load(file)).containsExactly(new Claim("a", "Café", null, 2));
    }
  }

  @Nested
  class Shape {
    @Test
    void emptyFile() {
      assertThat(onlyError("  \n# only a comment\n"))
          .isEqualTo(Diagnostic.of(FILE, "claims file is empty",
              "start it with 'claims:' followed by a list of claims"));
    }

    @Test
    void topLevelNotAMapping() {
      Diagnostic d = onlyError(yaml("- id: a", "  text: T"));

      assertThat(d).extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
          .containsExactly(1, 1, "top level must be a mapping with the key 'claims', not a list");
    }

    @Test
    void claimsNotAList() {
      assertThat(onlyError(yaml("claims: oops")))
          .extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
          .containsExactly(1, 9, "'claims' must be a list, not a single value");
      assertThat(onlyError(yaml("", "claims:")))
          .extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
          .containsExactly(2, 1, "'claims' must be a list, not nothing");
    }

    @Test
    void emptyList() {
      assertThat(onlyError(yaml("claims: []")))
          .extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
          .containsExactly(1, 1, "the claims list is empty");
    }

    @Test
    void itemNotAMapping() {
      Diagnostic d = onlyError(yaml("claims:", "  - id: a", "    text: T", "  - just text"));

      assertThat(d).extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
          .containsExactly(4, 5, "claim 2 must be a mapping with id and text, not a single value");
    }

    @Test
    void unknownTopLevelKey() {
      Diagnostic d = onlyError(yaml("claims:", "  - id: a", "    text: T", "version: 2"));

      assertThat(d).isEqualTo(Diagnostic.at(FILE, 4, 1, "unknown top-level key 'version'",
          "the only top-level key is 'claims'"));
    }

    @Test
    void missingClaimsKey() {
      assertThat(errors(yaml("title: my claims")))
          .extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
          .containsExactly(
              tuple(1, 1, "unknown top-level key 'title'"),
              tuple(1, 1, "no 'claims' key"));
    }

    @Test
    void secondDocument() {
      Diagnostic d = onlyError(yaml("claims:", "  - id: a", "    text: T", "---", "claims: []"));

      assertThat(d).extracting(Diagnostic::line, Diagnostic::message)
          .containsExactly(5, "a second YAML document");
    }

    @Test
    void syntaxErrorHasLineAndColumn() {
      Diagnostic d = onlyError(yaml("claims:", "  - id: a", "    text: a: b"));

      assertThat(d.line()).isEqualTo(3);
      assertThat(d.column()).isEqualTo(12);
      assertThat(d.message()).isEqualTo("invalid YAML: mapping values are not allowed here");
    }

    @Test
    void yamlOnlyLineBreaksDoNotShiftLineNumbers() throws Exception {
      // NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR end a line in YAML 1.1 but not in editors or git.
      String text = "Scraped\u2028text\u0085with\u2029separators.";

      Diagnostic d = onlyError(yaml("claims:", "  - id: a", "    text: \"" + text + "\"", "    colour: red"));
      List<Claim> claims = loader.parse(yaml("claims:", "  - id: a", "    text: " + text, "  - id: b",
          "    text: B"), FILE);

      assertThat(d).extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
          .containsExactly(4, 5, "unknown key 'colour' in claim");
      assertThat(claims).containsExactly(new Claim("a", "Scraped text with separators.", null, 2),
          new Claim("b", "B", null, 4));
    }

    @Test
    void unclosedQuoteNamesWhereItStarts() {
      Diagnostic d = onlyError(yaml("claims:", "  - id: a", "    text: \"never closed"));

      assertThat(d.line()).isEqualTo(4);
      assertThat(d.message()).isEqualTo("invalid YAML: found unexpected end of stream"
          + " (while scanning a quoted scalar that starts at line 3)");
    }
  }

  @Nested
  class Items {
    @Test
    void unknownKeyIsNamedWithTheAllowedKeys() {
      Diagnostic d = onlyError(yaml("claims:", "  - id: a", "    text: T", "    expected: supported"));

      assertThat(d).isEqualTo(Diagnostic.at(FILE, 4, 5, "unknown key 'expected' in claim",
          "allowed keys: id, text, expect, note, tags, extracted"));
    }

    @Test
    void missingId() {
      assertThat(onlyError(yaml("claims:", "  - text: T")))
          .extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
          .containsExactly(2, 5, "claim has no id");
    }

    @Test
    void emptyId() {
      assertThat(onlyError(yaml("claims:", "  - id: \"  \"", "    text: T")))
          .extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
          .containsExactly(2, 9, "claim id is empty");
      assertThat(onlyError(yaml("claims:", "  - id:", "    text: T")))
          .extracting(Diagnostic::line, Diagnostic::message)
          .containsExactly(2, "claim id is empty");
    }

    @Test
    void duplicateIdNamesTheLineOfTheFirst() {
      Diagnostic d = onlyError(yaml(
          "claims:",
          "  - id: a",
          "    text: T",
          "  - id: a",
          "    text: U"));

      assertThat(d).isEqualTo(Diagnostic.at(FILE, 4, 9, "duplicate claim id 'a' (first at line 2)",
          "give each claim a unique id"));
      assertThat(d.oneLine()).isEqualTo(
          "claims.yaml:4:9: duplicate claim id 'a' (first at line 2) (give each claim a unique id)");
    }

    @Test
    void duplicateKeyInAClaim() {
      assertThat(onlyError(yaml("claims:", "  - id: a", "    text: T", "    text: U")))
          .extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
          .containsExactly(4, 5, "duplicate key 'text' in claim (first at line 3)");
    }

    @Test
    void missingText() {
      assertThat(onlyError(yaml("claims:", "  - id: a", "    expect: supported")))
          .extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
          .containsExactly(2, 5, "claim 'a' has no text");
    }

    @Test
    void emptyText() {
      assertThat(onlyError(yaml("claims:", "  - id: a", "    text: \"   \"")))
          .extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
          .containsExactly(3, 11, "claim 'a' has empty text");
    }

    @Test
    void textThatIsAListIsRefused() {
      assertThat(onlyError(yaml("claims:", "  - id: a", "    text: [x, y]")))
          .extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
          .containsExactly(3, 11, "'text' must be a text, not a list");
    }

    @Test
    void textLongerThanTheLimit() {
      String text = "y".repeat(ClaimsLoader.MAX_TEXT_LENGTH + 1);

      Diagnostic d = onlyError(yaml("claims:", "  - id: long", "    text: " + text));

      assertThat(d).isEqualTo(Diagnostic.at(FILE, 3, 11,
          "claim 'long' text is 2,001 characters; the limit is 2,000",
          "split it into shorter claims, one assertion each"));
    }

    @Test
    void unknownExpectListsTheVerdicts() {
      Diagnostic d = onlyError(yaml("claims:", "  - id: a", "    text: T", "    expect: true-ish"));

      assertThat(d).isEqualTo(Diagnostic.at(FILE, 4, 13, "unknown expect 'true-ish'",
          "use one of: supported, contradicted, contested, unverified"));
    }

    @Test
    void tagsMustBeWords() {
      assertThat(errors(yaml("claims:", "  - id: a", "    text: T", "    tags: call",
          "  - id: b", "    text: U", "    tags: [ok, {no: map}]")))
          .extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
          .containsExactly(
              tuple(4, 11, "'tags' must be a list of words, not a single value"),
              tuple(7, 16, "each tag must be a word, not a mapping"));
    }
  }

  @Nested
  class AllAtOnce {
    @Test
    void everyProblemIsReportedInFileOrder() {
      BadInputException e = assertThrows(BadInputException.class, () -> loader.parse(yaml(
          "claims:",                     // 1
          "  - id: a",                   // 2
          "    text: First.",            // 3
          "    weight: 3",               // 4  unknown key
          "  - id: a",                   // 5  duplicate id
          "    text: Second.",           // 6
          "    expect: maybe",           // 7  unknown expect
          "  - id: c",                   // 8  no text
          "  - text: No id.",            // 9  no id
          "extra: true"), FILE));        // 10 unknown top-level key

      assertThat(e.diagnostics())
          .extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
          .containsExactly(
              tuple(4, 5, "unknown key 'weight' in claim"),
              tuple(5, 9, "duplicate claim id 'a' (first at line 2)"),
              tuple(7, 13, "unknown expect 'maybe'"),
              tuple(8, 5, "claim 'c' has no text"),
              tuple(9, 5, "claim has no id"),
              tuple(10, 1, "unknown top-level key 'extra'"));
      assertThat(e.getMessage().lines()).hasSize(6)
          .first().isEqualTo("claims.yaml:4:5: unknown key 'weight' in claim"
              + " (allowed keys: id, text, expect, note, tags, extracted)");
    }

    @Test
    void reportingStopsAfterAHundredProblems() {
      StringBuilder sb = new StringBuilder("claims:\n");
      for (int i = 0; i < 150; i++) {
        sb.append("  - id: c").append(i).append('\n');
      }

      List<Diagnostic> errors = errors(sb.toString());

      assertThat(errors).hasSize(101);
      assertThat(errors.get(0).message()).isEqualTo("claim 'c0' has no text");
      assertThat(errors.get(100).message()).startsWith("too many problems");
    }
  }

  @Nested
  class Aliases {
    @Test
    void billionLaughsIsRefusedFast() {
      StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\","
          + "\"lol\",\"lol\",\"lol\"]\n");
      for (char c = 'b'; c <= 'i'; c++) {
        char prev = (char) (c - 1);
        sb.append(c).append(": &").append(c).append(" [");
        for (int i = 0; i < 9; i++) {
          sb.append(i == 0 ? "" : ",").append('*').append(prev);
        }
        sb.append("]\n");
      }
      sb.append("claims:\n  - id: bomb\n    text: T\n    tags: *i\n");
      String bomb = sb.toString();

      List<Diagnostic> errors = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> errors(bomb));

      assertThat(errors).contains(Diagnostic.at(FILE, 1, 4,
          "YAML anchors and aliases (&name, *name) are not allowed in claims files",
          "write each value out in full"));
      assertThat(errors).extracting(Diagnostic::message)
          .filteredOn(m -> m.contains("aliases")).hasSize(1);
    }

    @Test
    void aliasOfAScalarIsRefused() {
      // SnakeYAML's events show the anchor of a scalar only through the alias that uses it.
      Diagnostic d = onlyError(yaml(
          "claims:",
          "  - id: a",
          "    text: &t Repeated text.",
          "  - id: b",
          "    text: *t"));

      assertThat(d).extracting(Diagnostic::line, Diagnostic::message)
          .containsExactly(5, "YAML anchors and aliases (&name, *name) are not allowed in claims"
              + " files");
    }
  }

  @Nested
  class Files_ {
    @TempDir Path dir;

    @Test
    void missingFile() {
      Path file = dir.resolve("nope.yaml");

      BadInputException e = assertThrows(BadInputException.class, () -> loader.load(file));

      assertThat(e.getMessage())
          .isEqualTo(file + ": claims file not found (create it, or give the claims file as the first argument:"
              + " corroborate check FILE)");
    }

    @Test
    void folderInsteadOfFile() {
      BadInputException e = assertThrows(BadInputException.class, () -> loader.load(dir));

      assertThat(e.diagnostics()).singleElement().extracting(Diagnostic::message)
          .isEqualTo("is a folder, not a claims file");
    }

    @Test
    void nonUtf8HasLineAndColumn() throws Exception {
      byte[] head = "claims:\n  - id: a\n    text: caf".getBytes(UTF_8);
      byte[] bytes = new byte[head.length + 2];
      System.arraycopy(head, 0, bytes, 0, head.length);
      bytes[head.length] = (byte) 0xE9;
      bytes[head.length + 1] = '\n';
      Path file = Files.write(dir.resolve("latin1.yaml"), bytes);

      BadInputException e = assertThrows(BadInputException.class, () -> loader.load(file));

      assertThat(e.diagnostics()).containsExactly(Diagnostic.at(file.toString(), 3, 14,
          "not valid UTF-8 (byte 0xE9)", "save the file as UTF-8"));
    }

    @Test
    void diagnosticsNameTheFileAsGiven() throws Exception {
      Path file = Files.writeString(dir.resolve("c.yaml"), "claims:\n  - id: a\n");

      BadInputException e = assertThrows(BadInputException.class, () -> loader.load(file));

      assertThat(e.diagnostics()).singleElement()
          .extracting(Diagnostic::file, Diagnostic::line)
          .containsExactly(file.toString(), 2);
    }
  }
}
