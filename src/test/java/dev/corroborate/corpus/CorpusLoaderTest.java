package dev.corroborate.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {
  @TempDir Path dir;

  private final CorpusLoader loader = new CorpusLoader();

  private Path write(String rel, String... lines) throws IOException {
    return writeBytes(rel, (String.join("\n", lines) + "\n").getBytes(UTF_8));
  }

  private Path writeBytes(String rel, byte[] bytes) throws IOException {
    Path file = dir.resolve(rel);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  /** A good source so that a corpus with only bad files still loads. */
  private void writeGood() throws IOException {
    write("zz-good.md", "---", "id: zz-good", "kind: analysis", "---", "Fine text.");
  }

  private LoadResult load() throws BadInputException {
    return loader.load(dir);
  }

  private Skip onlySkip(LoadResult result, String file) {
    List<Skip> skips = result.skipped().stream().filter(s -> s.file().equals(file)).toList();
    assertThat(skips).as("skips of %s in %s", file, result.skipped()).hasSize(1);
    return skips.get(0);
  }

  private static String sha256(byte[]... parts) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (byte[] part : parts) {
      digest.update(part);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  @Nested
  class Markdown {
    @Test
    void frontMatterFieldsAreParsedAndBodyStartsAfterIt() throws Exception {
      Path file = write("readouts/xi-call.md",
          "---",
          "id: xi-call-readout",
          "title: Readout of the call",
          "publisher: Ministry of Foreign Affairs",
          "kind: official-readout",
          "date: 2025-11-24",
          "url: https://example.org/readout",
          "language: zh",
          "speaker: Xi Jinping",
          "---",
          "",
          "# The call",
          "",
          "On 24 November the two presidents spoke by phone.",
          "## Details ##",
          "They discussed *trade*.",
          "",
          "");

      LoadResult result = load();

      assertThat(result.skipped()).isEmpty();
      assertThat(result.warnings()).isEmpty();
      assertThat(result.sources()).hasSize(1);
      SourceDocument doc = result.sources().get(0);
      assertThat(doc.id()).isEqualTo("xi-call-readout");
      assertThat(doc.title()).isEqualTo("Readout of the call");
      assertThat(doc.publisher()).isEqualTo("Ministry of Foreign Affairs");
      assertThat(doc.kind()).isEqualTo(SourceKind.OFFICIAL_READOUT);
      assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 11, 24));
      assertThat(doc.url()).isEqualTo("https://example.org/readout");
      assertThat(doc.language()).isEqualTo("zh");
      assertThat(doc.speaker()).isEqualTo("Xi Jinping");
      assertThat(doc.file()).isEqualTo("readouts/xi-call.md");
      assertThat(doc.fileHash()).isEqualTo(sha256(Files.readAllBytes(file)));
      assertThat(doc.body()).isEqualTo("The call\n\nOn 24 November the two presidents spoke by phone."
          + "\nDetails\nThey discussed *trade*.");
    }

    @Test
    void optionalFieldsDefault() throws Exception {
      write("a.md", "---", "id: a", "kind: analysis", "---", "# Heading title", "Text.");

      SourceDocument doc = load().sources().get(0);

      assertThat(doc.title()).isEqualTo("Heading title");
      assertThat(doc.publisher()).isEmpty();
      assertThat(doc.date()).isNull();
      assertThat(doc.url()).isNull();
      assertThat(doc.speaker()).isNull();
      assertThat(doc.language()).isEqualTo("en");
    }

    @Test
    void withoutFrontMatterDefaultsAreUsedWithAWarning() throws Exception {
      write("notes/My Notes 2025.md", "", "# What happened", "", "A *call* took place.");

      LoadResult result = load();

      SourceDocument doc = result.sources().get(0);
      assertThat(doc.id()).isEqualTo("my-notes-2025");
      assertThat(doc.title()).isEqualTo("What happened");
      assertThat(doc.kind()).isEqualTo(SourceKind.PRESS_REPORT);
      assertThat(doc.body()).isEqualTo("What happened\n\nA *call* took place.");
      assertThat(result.warnings()).singleElement().asString()
          .startsWith("notes/My Notes 2025.md: ")
          .contains("no front matter; defaults used");
    }

    @Test
    void withoutFrontMatterOrHeadingTheTitleIsTheFileName() throws Exception {
      write("Café Report.md", "Just text.");

      SourceDocument doc = load().sources().get(0);

      assertThat(doc.id()).isEqualTo("cafe-report");
      assertThat(doc.title()).isEqualTo("Café Report");
    }

    @Test
    void frontMatterWithoutIdTakesItFromTheFileNameWithAWarning() throws Exception {
      write("Big_Story.md", "---", "kind: press-report", "title: T", "---", "Text.");

      LoadResult result = load();

      assertThat(result.sources()).extracting(SourceDocument::id).containsExactly("big-story");
      assertThat(result.warnings()).singleElement().asString()
          .contains("no id in front matter").contains("'big-story'");
    }

    @Test
    void frontMatterWithoutKindIsSkipped() throws Exception {
      write("a.md", "---", "id: a", "---", "Text.");
      writeGood();

      Skip skip = onlySkip(load(), "a.md");

      assertThat(skip.line()).isEqualTo(1);
      assertThat(skip.reason()).contains("missing required key 'kind'")
          .contains(SourceKind.allLabels());
    }

    @Test
    void invalidYamlIsSkippedAtTheLineOfTheFile() throws Exception {
      write("bad.md",
          "---",                  // 1
          "id: bad",              // 2
          "kind: analysis",       // 3
          "title: a: b: c",       // 4  "mapping values are not allowed here"
          "---",
          "Text.");
      writeGood();

      LoadResult result = load();

      Skip skip = onlySkip(result, "bad.md");
      assertThat(skip.line()).isEqualTo(4);
      assertThat(skip.reason()).startsWith("invalid YAML at column 9: mapping values");
      assertThat(result.sources()).extracting(SourceDocument::id).containsExactly("zz-good");
    }

    @Test
    void yamlOnlyLineBreaksInFrontMatterDoNotShiftLineNumbers() throws Exception {
      write("a.md", "---", "id: a", "title: One\u2028two\u0085three", "kind: analysis", "colour: red", "---",
          "Text.");
      write("b.md", "---", "id: b", "title: One\u2028two", "kind: analysis", "---", "Text.");

      LoadResult result = load();

      assertThat(onlySkip(result, "a.md")).extracting(Skip::line, Skip::reason)
          .containsExactly(5, "unknown key 'colour'; allowed keys: id, title, publisher, kind, date, url, language,"
              + " speaker");
      assertThat(result.sources()).singleElement().extracting(SourceDocument::title).isEqualTo("One two");
    }

    @Test
    void unclosedFrontMatterIsSkipped() throws Exception {
      write("a.md", "---", "id: a", "kind: analysis", "Text without a closing line.");
      writeGood();

      Skip skip = onlySkip(load(), "a.md");

      assertThat(skip.line()).isEqualTo(1);
      assertThat(skip.reason()).contains("never closed");
    }

    @Test
    void unknownKeysAreNamedWithTheirLineAndTheAllowedKeys() throws Exception {
      write("a.md",
          "---",
          "id: a",
          "kind: analysis",
          "autor: Someone",   // 4
          "tags: [x, y]",     // 5
          "---",
          "Text.");
      writeGood();

      Skip skip = onlySkip(load(), "a.md");

      assertThat(skip.line()).isEqualTo(4);
      assertThat(skip.reason())
          .contains("unknown key 'autor'; allowed keys: id, title, publisher, kind, date, url,"
              + " language, speaker")
          .contains("; line 5: unknown key 'tags'");
    }

    @Test
    void textIsNotAFrontMatterKey() throws Exception {
      write("a.md", "---", "id: a", "kind: analysis", "text: body here", "---", "Text.");
      writeGood();

      Skip skip = onlySkip(load(), "a.md");

      assertThat(skip.line()).isEqualTo(4);
      assertThat(skip.reason()).startsWith("unknown key 'text'");
    }

    @Test
    void unknownKindListsTheAllowedKinds() throws Exception {
      write("a.md", "---", "id: a", "kind: blog-post", "---", "Text.");
      writeGood();

      Skip skip = onlySkip(load(), "a.md");

      assertThat(skip.line()).isEqualTo(3);
      assertThat(skip.reason())
          .isEqualTo("unknown kind 'blog-post'; use one of: " + SourceKind.allLabels());
    }

    @Test
    void invalidDateIsSkipped() throws Exception {
      write("a.md", "---", "id: a", "kind: analysis", "date: 2025-13-01", "---", "Text.");
      write("b.md", "---", "id: b", "kind: analysis", "date: 24 Nov 2025", "---", "Text.");
      writeGood();

      LoadResult result = load();

      assertThat(onlySkip(result, "a.md"))
          .isEqualTo(new Skip("a.md", 4, "invalid date '2025-13-01'; expected YYYY-MM-DD"));
      assertThat(onlySkip(result, "b.md").reason()).contains("invalid date '24 Nov 2025'");
    }

    @Test
    void idMustBeKebabCase() throws Exception {
      write("a.md", "---", "id: Xi Call", "kind: analysis", "---", "Text.");
      writeGood();

      Skip skip = onlySkip(load(), "a.md");

      assertThat(skip.line()).isEqualTo(2);
      assertThat(skip.reason()).contains("id 'Xi Call' is not kebab-case").contains("'xi-call'");
    }

    @Test
    void allProblemsOfAFileAreInOneReason() throws Exception {
      write("a.md", "---", "id: Bad Id", "kind: nope", "date: tomorrow", "---", "");
      writeGood();

      Skip skip = onlySkip(load(), "a.md");

      assertThat(skip.line()).isEqualTo(2);
      assertThat(skip.reason())
          .contains("id 'Bad Id' is not kebab-case")
          .contains("; line 3: unknown kind 'nope'")
          .contains("; line 4: invalid date 'tomorrow'; expected YYYY-MM-DD")
          .endsWith("; line 6: no text after the front matter");
    }

    @Test
    void valueThatIsAListIsSkipped() throws Exception {
      write("a.md", "---", "id: a", "kind: analysis", "title: [a, b]", "---", "Text.");
      writeGood();

      Skip skip = onlySkip(load(), "a.md");

      assertThat(skip.line()).isEqualTo(4);
      assertThat(skip.reason()).contains("key 'title'").contains("single value");
    }

    @Test
    void duplicateKeyIsSkipped() throws Exception {
      write("a.md", "---", "id: a", "kind: analysis", "id: b", "---", "Text.");
      writeGood();

      Skip skip = onlySkip(load(), "a.md");

      assertThat(skip.line()).isEqualTo(4);
      assertThat(skip.reason()).contains("duplicate key 'id'");
    }

    @Test
    void blankBodyIsSkipped() throws Exception {
      write("a.md", "---", "id: a", "kind: analysis", "---", "", "   ", "");
      write("b.md", "  ", "");
      writeGood();

      LoadResult result = load();

      assertThat(onlySkip(result, "a.md").reason()).isEqualTo("no text after the front matter");
      assertThat(onlySkip(result, "b.md").reason()).isEqualTo("no text");
    }

    @Test
    void windowsLineEndsAndByteOrderMarkAreAccepted() throws Exception {
      writeBytes("a.md", "\uFEFF---\r\nid: a\r\nkind: letter\r\n---\r\nLine one.\r\nLine two.\r\n"
          .getBytes(UTF_8));

      SourceDocument doc = load().sources().get(0);

      assertThat(doc.kind()).isEqualTo(SourceKind.LETTER);
      assertThat(doc.body()).isEqualTo("Line one.\nLine two.");
    }

    @Test
    void hashesInsideFencedCodeAreKept() throws Exception {
      write("a.md", "---", "id: a", "kind: analysis", "---", "Intro.", "```", "# not a heading",
          "```");

      assertThat(load().sources().get(0).body()).isEqualTo("Intro.\n```\n# not a heading\n```");
    }
  }

  @Nested
  class BadBytes {
    @Test
    void nonUtf8IsSkippedWithByteAndLine() throws Exception {
      byte[] head = "---\nid: a\nkind: analysis\n---\nCaf".getBytes(UTF_8);
      byte[] bytes = new byte[head.length + 3];
      System.arraycopy(head, 0, bytes, 0, head.length);
      bytes[head.length] = (byte) 0xE9; // Latin-1 é
      bytes[head.length + 1] = '.';
      bytes[head.length + 2] = '\n';
      writeBytes("a.md", bytes);
      writeGood();

      Skip skip = onlySkip(load(), "a.md");

      assertThat(skip.line()).isEqualTo(5);
      assertThat(skip.reason()).isEqualTo("not valid UTF-8: byte 0xE9 at byte " + head.length
          + "; save the file as UTF-8");
    }

    @Test
    void nulBytesAreBinary() throws Exception {
      writeBytes("a.txt", new byte[] {'a', '\n', 'b', 0, 'c'});
      writeGood();

      Skip skip = onlySkip(load(), "a.txt");

      assertThat(skip.line()).isEqualTo(2);
      assertThat(skip.reason()).startsWith("binary content (NUL byte at byte 3)");
    }

    @Test
    void zeroByteFileIsSkipped() throws Exception {
      writeBytes("a.md", new byte[0]);
      writeGood();

      assertThat(onlySkip(load(), "a.md")).isEqualTo(new Skip("a.md", 0, "empty file (0 bytes)"));
    }

    @Test
    void fileOverTheLimitIsSkipped() throws Exception {
      write("big.md", "x".repeat(2000));
      write("small.md", "ok");

      LoadResult result = new CorpusLoader(1024).load(dir);

      assertThat(onlySkip(result, "big.md").reason())
          .startsWith("file is 0.0 MiB, over the limit of 0.0 MiB");
      assertThat(result.sources()).extracting(SourceDocument::id).containsExactly("small");
    }
  }

  @Nested
  class Ids {
    @Test
    void duplicateIdAcrossFilesSkipsTheLaterFileNamingTheFirst() throws Exception {
      write("b/second.md", "---", "id: same", "kind: analysis", "---", "Second.");
      write("a/first.md", "---", "id: same", "kind: analysis", "---", "First.");

      LoadResult result = load();

      assertThat(result.sources()).extracting(SourceDocument::file).containsExactly("a/first.md");
      assertThat(result.skipped()).containsExactly(new Skip("b/second.md", 0,
          "duplicate source id 'same' (first in a/first.md); give each source a unique id"));
    }

    @Test
    void duplicateIdWithinJsonlNamesTheFirstLine() throws Exception {
      write("s.jsonl",
          "{\"id\": \"x\", \"text\": \"One.\"}",
          "{\"id\": \"x\", \"text\": \"Two.\"}");

      LoadResult result = load();

      assertThat(result.sources()).extracting(SourceDocument::body).containsExactly("One.");
      assertThat(result.skipped()).containsExactly(new Skip("s.jsonl", 2,
          "duplicate source id 'x' (first in s.jsonl line 1); give each source a unique id"));
    }
  }

  @Nested
  class PlainTextFiles {
    @Test
    void sidecarGivesMetadataAndIsPartOfTheHash() throws Exception {
      Path txt = write("statements/s1.txt", "", "The statement text.", "Second line.", "");
      Path meta = write("statements/s1.meta.yaml", "id: statement-one", "kind: official-statement",
          "publisher: White House", "date: 2025-11-25");

      LoadResult result = load();

      assertThat(result.warnings()).isEmpty();
      assertThat(result.skipped()).isEmpty();
      SourceDocument doc = result.sources().get(0);
      assertThat(doc.id()).isEqualTo("statement-one");
      assertThat(doc.kind()).isEqualTo(SourceKind.OFFICIAL_STATEMENT);
      assertThat(doc.publisher()).isEqualTo("White House");
      assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 11, 25));
      assertThat(doc.title()).isEqualTo("s1");
      assertThat(doc.file()).isEqualTo("statements/s1.txt");
      assertThat(doc.body()).isEqualTo("The statement text.\nSecond line.");
      assertThat(doc.fileHash())
          .isEqualTo(sha256(Files.readAllBytes(txt), Files.readAllBytes(meta)))
          .isNotEqualTo(sha256(Files.readAllBytes(txt)));
    }

    @Test
    void withoutSidecarDefaultsAreUsedWithAWarning() throws Exception {
      Path txt = write("Press Note.txt", "Some text.");

      LoadResult result = load();

      SourceDocument doc = result.sources().get(0);
      assertThat(doc.id()).isEqualTo("press-note");
      assertThat(doc.kind()).isEqualTo(SourceKind.PRESS_REPORT);
      assertThat(doc.fileHash()).isEqualTo(sha256(Files.readAllBytes(txt)));
      assertThat(result.warnings()).singleElement().asString()
          .isEqualTo("Press Note.txt: no sidecar Press Note.meta.yaml; defaults used"
              + " (id 'press-note', kind press-report)");
    }

    @Test
    void badSidecarIsReportedAtItsOwnLine() throws Exception {
      write("s1.txt", "Text.");
      write("s1.meta.yml", "id: s1", "kind: tweet");
      writeGood();

      LoadResult result = load();

      assertThat(result.skipped()).containsExactly(new Skip("s1.meta.yml", 2,
          "unknown kind 'tweet'; use one of: " + SourceKind.allLabels() + "; s1.txt not loaded"));
      assertThat(result.sources()).extracting(SourceDocument::id).containsExactly("zz-good");
    }

    @Test
    void sidecarWithoutTextFileIsIgnoredWithAWarning() throws Exception {
      write("orphan.meta.yaml", "id: orphan", "kind: letter");
      writeGood();

      LoadResult result = load();

      assertThat(result.skipped()).isEmpty();
      assertThat(result.warnings()).singleElement().asString()
          .startsWith("orphan.meta.yaml: sidecar not used");
    }
  }

  @Nested
  class Html {
    @Test
    void articleTextTitleAndMetadataAreTakenScriptsAreNot() throws Exception {
      write("web/story.html",
          "<!doctype html><html lang=\"en-US\"><head>",
          "<title>Leaders speak by phone</title>",
          "<meta property=\"og:site_name\" content=\"Example News\">",
          "<meta property=\"article:published_time\" content=\"2025-11-24T10:00:00Z\">",
          "<meta name=\"corroborate:kind\" content=\"analysis\">",
          "<link rel=\"canonical\" href=\"https://example.org/story\">",
          "<script>var secret = 'tracking code';</script><style>p { color: red }</style>",
          "</head><body>",
          "<nav><a href=\"/\">Home navigation</a></nav>",
          "<article><header><h2>Byline header</h2></header>",
          "<h1>Leaders speak</h1>",
          "<p>The two leaders spoke <b>on Monday</b>.</p>",
          "<script>alert('inline script')</script>",
          "<ul><li>First point</li><li>Second point</li></ul>",
          "<blockquote><p>A quoted line.</p></blockquote>",
          "<aside>Related stories</aside>",
          "</article><footer>Copyright footer</footer></body></html>");

      LoadResult result = load();

      assertThat(result.skipped()).isEmpty();
      SourceDocument doc = result.sources().get(0);
      assertThat(doc.id()).isEqualTo("story");
      assertThat(doc.title()).isEqualTo("Leaders speak by phone");
      assertThat(doc.publisher()).isEqualTo("Example News");
      assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 11, 24));
      assertThat(doc.kind()).isEqualTo(SourceKind.ANALYSIS);
      assertThat(doc.url()).isEqualTo("https://example.org/story");
      assertThat(doc.language()).isEqualTo("en");
      assertThat(doc.body()).isEqualTo("Leaders speak\n\nThe two leaders spoke on Monday.\n\n"
          + "First point\n\nSecond point\n\nA quoted line.");
      assertThat(doc.body()).doesNotContain("tracking", "inline script", "navigation", "Byline",
          "Related", "Copyright");
    }

    @Test
    void withoutArticleTheBodyIsUsedAndTitleFallsBackToOgTitle() throws Exception {
      write("page.htm",
          "<html><head><meta property=\"og:title\" content=\"OG title\">",
          "<meta name=\"author\" content=\"A. Writer\"></head>",
          "<body><script>hidden()</script><div><p>Body paragraph.</p></div>",
          "<time datetime=\"2024-02-29\">29 Feb</time></body></html>");

      SourceDocument doc = load().sources().get(0);

      assertThat(doc.title()).isEqualTo("OG title");
      assertThat(doc.publisher()).isEqualTo("A. Writer");
      assertThat(doc.date()).isEqualTo(LocalDate.of(2024, 2, 29));
      assertThat(doc.kind()).isEqualTo(SourceKind.PRESS_REPORT);
      assertThat(doc.body()).isEqualTo("Body paragraph.");
    }

    @Test
    void unknownKindMetaIsSkippedAtItsLine() throws Exception {
      write("page.html", "<html><head>", "<meta name=\"corroborate:kind\" content=\"blog\">",
          "</head><body><p>Text.</p></body></html>");
      writeGood();

      Skip skip = onlySkip(load(), "page.html");

      assertThat(skip.line()).isEqualTo(2);
      assertThat(skip.reason()).startsWith("unknown kind 'blog'");
    }

    @Test
    void declaredNonUtf8CharsetIsHonoured() throws Exception {
      writeBytes("latin.html", "<html><head><meta charset=\"windows-1252\"></head><body><p>Café."
          .concat("</p></body></html>").getBytes(Charset.forName("windows-1252")));

      assertThat(load().sources().get(0).body()).isEqualTo("Café.");
    }
  }

  @Nested
  class JsonLines {
    @Test
    void brokenLinesAreSkippedWithTheirLineTheOthersKept() throws Exception {
      Path file = write("feed.jsonl",
          "{\"id\": \"post-1\", \"kind\": \"social-media\", \"speaker\": \"Trump\","
              + " \"date\": \"2025-11-24\", \"text\": \"We had a great call.\"}",
          "{\"id\": \"post-2\", \"text\": ",
          "",
          "{\"id\": \"post-3\", \"title\": \"Third\", \"text\": \"Third post.\"}",
          "{\"id\": \"post-4\", \"txt\": \"typo\"}",
          "{\"id\": \"post-5\", \"kind\": \"rumour\", \"text\": \"x\"}");

      LoadResult result = load();

      assertThat(result.sources())
          .extracting(SourceDocument::id, SourceDocument::body, SourceDocument::file)
          .containsExactly(
              tuple("post-1", "We had a great call.", "feed.jsonl"),
              tuple("post-3", "Third post.", "feed.jsonl"));
      SourceDocument first = result.sources().get(0);
      assertThat(first.kind()).isEqualTo(SourceKind.SOCIAL_MEDIA);
      assertThat(first.speaker()).isEqualTo("Trump");
      assertThat(first.date()).isEqualTo(LocalDate.of(2025, 11, 24));
      assertThat(first.fileHash()).isEqualTo(sha256(Files.readAllBytes(file)));
      assertThat(result.sources().get(1).kind()).isEqualTo(SourceKind.PRESS_REPORT);
      assertThat(result.skipped()).extracting(Skip::file, Skip::line)
          .containsExactly(tuple("feed.jsonl", 2), tuple("feed.jsonl", 5), tuple("feed.jsonl", 6));
      assertThat(result.skipped().get(0).reason()).startsWith("invalid JSON");
      assertThat(result.skipped().get(1).reason())
          .contains("unknown key 'txt'; allowed keys: id, title, publisher, kind, date, url,"
              + " language, speaker, text")
          .contains("missing required key 'text'");
      assertThat(result.skipped().get(2).reason()).startsWith("unknown kind 'rumour'");
      assertThat(result.warnings()).containsExactly(
          "feed.jsonl: 1 line has no 'kind'; press-report used");
    }

    @Test
    void lineWithoutIdOrNotAnObjectIsSkipped() throws Exception {
      write("feed.jsonl", "{\"text\": \"No id.\"}", "[1, 2]", "{\"id\": \"ok\", \"text\": \"Fine.\"}");

      LoadResult result = load();

      assertThat(result.sources()).extracting(SourceDocument::id).containsExactly("ok");
      assertThat(result.skipped()).extracting(Skip::line, Skip::reason).containsExactly(
          tuple(1, "missing required key 'id'; give the source a kebab-case id"),
          tuple(2, "line must be a JSON object, not a list"));
    }
  }

  @Nested
  class Folder {
    @Test
    void unsupportedExtensionIsSkipped() throws Exception {
      write("scan.pdf", "%PDF-1.4");
      write("README", "read me");
      writeGood();

      LoadResult result = load();

      assertThat(result.skipped()).containsExactly(
          new Skip("README", 0, "unsupported file type (no extension); supported: .md, .markdown,"
              + " .txt, .html, .htm, .jsonl"),
          new Skip("scan.pdf", 0, "unsupported file type (.pdf); supported: .md, .markdown, .txt,"
              + " .html, .htm, .jsonl"));
    }

    @Test
    void aliasesAtTheRootAndHiddenFilesAreIgnored() throws Exception {
      write("aliases.yaml", "xi: [Xi Jinping]");
      write("aliases.yml", "trump: [Donald Trump]");
      write(".hidden.md", "---", "id: hidden", "kind: analysis", "---", "Hidden.");
      write(".git/config.md", "Hidden folder.");
      write("sub/aliases.yaml", "not: [at the root]");
      writeGood();

      LoadResult result = load();

      assertThat(result.sources()).extracting(SourceDocument::id).containsExactly("zz-good");
      assertThat(result.warnings()).isEmpty();
      assertThat(result.skipped()).extracting(Skip::file).containsExactly("sub/aliases.yaml");
    }

    @Test
    void orderIsSortedByRelativePathWhateverTheCreationOrder() throws Exception {
      for (String name : List.of("z.md", "b/c.md", "a.txt", "b/b.md", "m.md")) {
        write(name, "Text of " + name + ".");
      }

      LoadResult first = load();
      LoadResult second = load();

      assertThat(first.sources()).extracting(SourceDocument::file)
          .containsExactly("a.txt", "b/b.md", "b/c.md", "m.md", "z.md");
      assertThat(second).isEqualTo(first);
      assertThat(first.warnings()).hasSize(5).first().asString().startsWith("a.txt: ");
    }

    @Test
    void symbolicLinksAreNotFollowed() throws Exception {
      Path outside = Files.writeString(dir.resolveSibling(dir.getFileName() + "-outside.md"),
          "Outside.");
      try {
        Files.createSymbolicLink(dir.resolve("link.md"), outside);
      } catch (UnsupportedOperationException | IOException e) {
        assumeTrue(false, "symbolic links not supported here");
      }
      writeGood();

      LoadResult result = load();

      assertThat(result.sources()).extracting(SourceDocument::id).containsExactly("zz-good");
      assertThat(result.warnings()).containsExactly(
          "link.md: symbolic link not followed (pass --follow-links to read what it points to)");
      Files.delete(outside);
    }

    @Test
    void missingFolderIsBadInput() {
      Path missing = dir.resolve("nope");

      assertThatThrownBy(() -> loader.load(missing))
          .isInstanceOf(BadInputException.class)
          .hasMessage(missing + ": corpus folder not found (create it or pass --corpus DIR)");
    }

    @Test
    void fileInsteadOfFolderIsBadInput() throws Exception {
      Path file = write("file.md", "x");

      assertThatThrownBy(() -> loader.load(file))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("corpus is not a folder");
    }

    @Test
    void folderWithoutLoadableSourceIsBadInputListingTheSkips() throws Exception {
      write("scan.pdf", "%PDF");
      writeBytes("empty.md", new byte[0]);

      BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(
          BadInputException.class, () -> loader.load(dir));

      assertThat(e.diagnostics()).extracting(Diagnostic::file, Diagnostic::message).containsExactly(
          tuple(dir.toString(), "no loadable source in the corpus folder (2 skipped, listed below)"),
          tuple(dir.resolve("empty.md").toString(), "empty file (0 bytes)"),
          tuple(dir.resolve("scan.pdf").toString(), "unsupported file type (.pdf); supported:"
              + " .md, .markdown, .txt, .html, .htm, .jsonl"));
    }

    @Test
    void emptyFolderIsBadInput() {
      assertThatThrownBy(() -> loader.load(dir))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("no loadable source in the corpus folder");
    }
  }
}
