package dev.corroborate.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.corroborate.cli.CliTest.Run;
import dev.corroborate.corpus.SourceKind;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue of bad input from issue 8, one test per case, through the command line as a user
 * meets it: each case is a counted skip (exit 0, "skipped N" in the summary and one line
 * {@code skipped FILE:LINE: reason} per skip) or exit 3 with one line per problem naming file, line
 * and column where known, and never a stack trace. The parsers' finer behaviour is pinned in {@code
 * CorpusLoaderTest} and {@code ClaimsLoaderTest}; 10,000 claims through {@code check} is {@code
 * ManyClaimsIT}. Prints how many bad inputs were tried and how many stack traces were seen.
 */
class BadInputCatalogueTest {
  private static final AtomicInteger TRIED = new AtomicInteger();
  private static final AtomicInteger STACK_TRACES = new AtomicInteger();

  @TempDir Path dir;
  private Path corpus;
  private Path index;

  @BeforeEach
  void goodSource() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    index = dir.resolve("index");
    write("good.md", "---", "id: good", "title: Statement", "publisher: Riverton City Hall",
        "kind: official-statement", "date: 2024-03-01", "---",
        "The mayor said the harbour bridge will reopen on March 15.");
  }

  @AfterAll
  static void figures() {
    System.out.println("bad-input catalogue: " + TRIED.get() + " bad inputs tried, " + STACK_TRACES.get()
        + " stack traces seen");
  }

  private Path write(String rel, String... lines) throws IOException {
    return writeBytes(rel, (String.join("\n", lines) + "\n").getBytes(UTF_8));
  }

  private Path writeBytes(String rel, byte[] bytes) throws IOException {
    Path file = corpus.resolve(rel);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  /** Runs the command line, counting the bad input it is given and any stack trace it prints. */
  private static Run cli(int badInputs, String... args) {
    TRIED.addAndGet(badInputs);
    Run r = CliTest.run(args);
    if (hasStackTrace(r.out()) || hasStackTrace(r.err())) {
      STACK_TRACES.incrementAndGet();
    }
    assertThat(r.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Caused by:");
    assertThat(r.out()).as("no stack trace").doesNotContain("\tat ");
    return r;
  }

  private static boolean hasStackTrace(String text) {
    return text.contains("\tat ") || text.contains("Caused by:");
  }

  private Run index(int badInputs, String... extra) {
    List<String> args = new ArrayList<>(List.of("index", "--corpus", corpus.toString(), "--index",
        index.toString(), "--threads", "1"));
    args.addAll(Arrays.asList(extra));
    return cli(badInputs, args.toArray(String[]::new));
  }

  /** Exit 0 with exactly these skip lines, counted in the summary; the good source is indexed. */
  private static void assertSkipped(Run r, String... skipLines) {
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isZero();
    assertThat(r.out().lines().findFirst().orElse(""))
        .contains(", skipped " + skipLines.length + " ").doesNotContain("index holds 0 sources");
    assertThat(r.out().lines().filter(l -> l.startsWith("  skipped ")).toList())
        .containsExactly(Arrays.stream(skipLines).map(l -> "  skipped " + l).toArray(String[]::new));
  }

  /** Exit 3 and every line of stderr a one-line problem naming {@code file}. */
  private static void assertBadInput(Run r, Path file, int lines) {
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(3);
    List<String> err = r.err().lines().toList();
    assertThat(err).hasSize(lines).allSatisfy(l -> assertThat(l).startsWith("corroborate: " + file));
  }

  @Nested
  class Corpus {
    @Test
    void missingCorpusFolderIsExit3NamingIt() {
      Path missing = dir.resolve("no-such-corpus");

      Run r = cli(1, "index", "--corpus", missing.toString(), "--index", index.toString());

      assertBadInput(r, missing, 1);
      assertThat(r.err()).isEqualTo("corroborate: " + missing
          + ": corpus folder not found (create it or pass --corpus DIR)\n");
    }

    @Test
    void emptyCorpusFolderIsExit3() throws IOException {
      Path empty = Files.createDirectories(dir.resolve("empty"));

      Run r = cli(1, "index", "--corpus", empty.toString(), "--index", index.toString());

      assertBadInput(r, empty, 1);
      assertThat(r.err()).contains("no loadable source in the corpus folder (add .md, .markdown, .txt");
      assertThat(index).doesNotExist();
    }

    @Test
    void fileWithoutFrontMatterIsLoadedWithDefaultsAndAWarning() throws IOException {
      write("notes/Harbour Notes.md", "# Bridge works", "", "Crews worked on the harbour bridge all night.");

      Run r = index(1);

      assertThat(r.code()).isZero();
      assertThat(r.out()).startsWith("indexed 2, unchanged 0, removed 0, skipped 0, warnings 1 ");
      assertThat(r.out().lines().filter(l -> l.startsWith("  warning "))).containsExactly(
          "  warning notes/Harbour Notes.md: no front matter; defaults used (id 'harbour-notes', kind press-report)");
    }

    @Test
    void invalidYamlFrontMatterNamesLineAndColumn() throws IOException {
      write("bad.md", "---", "id: bad", "kind: analysis", "title: a: b: c", "---", "Text.");

      assertSkipped(index(1),
          "bad.md:4: invalid YAML at column 9: mapping values are not allowed here; quote a value that contains"
              + " ': ' or ' #', and check the indentation");
    }

    @Test
    void duplicateSourceIdAcrossFilesSkipsTheLaterNamingTheFirst() throws IOException {
      write("z/copy.md", "---", "id: good", "kind: analysis", "---", "Another text.");

      assertSkipped(index(1),
          "z/copy.md: duplicate source id 'good' (first in good.md); give each source a unique id");
    }

    @Test
    void unknownKindListsTheKinds() throws IOException {
      write("blog.md", "---", "id: blog", "kind: blog-post", "---", "Text.");

      assertSkipped(index(1), "blog.md:3: unknown kind 'blog-post'; use one of: " + SourceKind.allLabels());
    }

    @Test
    void invalidDateSaysTheFormat() throws IOException {
      write("late.md", "---", "id: late", "kind: analysis", "date: 2025-02-30", "---", "Text.");

      assertSkipped(index(1), "late.md:4: invalid date '2025-02-30'; expected YYYY-MM-DD");
    }

    @Test
    void nonUtf8BytesNameTheByteAndLine() throws IOException {
      byte[] head = "---\nid: latin\nkind: analysis\n---\nCaf".getBytes(UTF_8);
      byte[] bytes = Arrays.copyOf(head, head.length + 2);
      bytes[head.length] = (byte) 0xE9;
      bytes[head.length + 1] = '\n';
      writeBytes("latin.md", bytes);

      assertSkipped(index(1),
          "latin.md:5: not valid UTF-8: byte 0xE9 at byte " + head.length + "; save the file as UTF-8");
    }

    @Test
    void binaryFileNamedMdIsSkipped() throws IOException {
      byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
      writeBytes("photo.md", png);

      assertSkipped(index(1),
          "photo.md:3: binary content (NUL byte at byte 8); only text files can be loaded");
    }

    @Test
    void zeroByteFileIsSkipped() throws IOException {
      writeBytes("empty.md", new byte[0]);

      assertSkipped(index(1), "empty.md: empty file (0 bytes)");
    }

    @Test
    void fiftyMegabyteFileIsRefusedUnreadAboveTheConfigurableLimit() throws IOException {
      Path big = corpus.resolve("dump.md");
      try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
        f.setLength(50L * 1024 * 1024); // sparse: 50 MiB of NUL bytes that take no disk
      }

      assertSkipped(index(1), "dump.md: file is 50.0 MiB, over the limit of 20.0 MiB; split it into smaller"
          + " files or raise the limit with --max-file-mb");
      assertThat(CliTest.run("index", "--help").out()).contains("--max-file-mb=N").contains("default: 20");

      Run raised = index(1, "--max-file-mb", "64");
      assertSkipped(raised, "dump.md:1: binary content (NUL byte at byte 0); only text files can be loaded");

      Run zero = index(1, "--max-file-mb", "0");
      assertThat(zero.code()).isEqualTo(2);
      assertThat(zero.err()).startsWith("corroborate: Invalid value for option '--max-file-mb': 0 is out of range");
    }

    @Test
    void jsonlWithOneBrokenLineReportsThatLineAndKeepsTheRest() throws IOException {
      write("feed.jsonl",
          "{\"id\": \"post-1\", \"kind\": \"social-media\", \"text\": \"The bridge reopened today.\"}",
          "{\"id\": \"post-2\", \"kind\": \"social-media\", \"text\": ",
          "{\"id\": \"post-3\", \"kind\": \"social-media\", \"text\": \"Traffic is back on the bridge.\"}");

      Run r = index(1);

      assertSkipped(r, "feed.jsonl:2: invalid JSON at column 50: Unexpected end-of-input within/between Object entries");
      assertThat(r.out()).startsWith("indexed 3, ");
    }

    @Test
    void symbolicLinkLoopIsNotFollowedAndWithFollowLinksIsSkippedWithoutHanging() throws IOException {
      link(corpus.resolve("sub/loop"), corpus);
      link(corpus.resolve("a.md"), corpus.resolve("b.md"));
      link(corpus.resolve("b.md"), corpus.resolve("a.md"));

      Run r = index(3);

      assertThat(r.code()).isZero();
      assertThat(r.out()).startsWith("indexed 1, unchanged 0, removed 0, skipped 0, warnings 3 ");
      assertThat(r.out().lines().filter(l -> l.startsWith("  warning "))).containsExactly(
          "  warning a.md: symbolic link not followed (pass --follow-links to read what it points to)",
          "  warning b.md: symbolic link not followed (pass --follow-links to read what it points to)",
          "  warning sub/loop: symbolic link not followed (pass --follow-links to read what it points to)");

      Run followed = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> index(3, "--follow-links"));
      assertSkipped(followed, "a.md: symbolic link whose target is missing or loops",
          "b.md: symbolic link whose target is missing or loops",
          "sub/loop: cannot read: symbolic link loop (it leads back to a folder above it)");
    }

    @Test
    void linkOutOfTheCorpusIsReadOnlyWhenAsked() throws IOException {
      Path outside = Files.createDirectories(dir.resolve("elsewhere"));
      Files.writeString(outside.resolve("secret.md"), "---\nid: secret\nkind: analysis\n---\nPrivate notes.\n");
      link(corpus.resolve("secret.md"), outside.resolve("secret.md"));
      link(corpus.resolve("folder"), outside);

      Run r = index(2);

      assertThat(r.code()).isZero();
      assertThat(r.out()).startsWith("indexed 1, unchanged 0, removed 0, skipped 0, warnings 2 ");

      Run followed = index(0, "--follow-links", "--rebuild");
      assertThat(followed.code()).as(followed.err()).isZero();
      assertThat(followed.out()).as("the two links lead to one file: the second is a duplicate id")
          .startsWith("indexed 2, unchanged 0, removed 0, skipped 1 ")
          .contains("  skipped secret.md: duplicate source id 'secret' (first in folder/secret.md)");
    }

    @Test
    void sourceIdThatLooksLikeAPathIsRefusedAndNeverUsedAsOne() throws IOException {
      String up = "../../issue8-x";
      String absolute = dir.resolve("issue8-abs").toString();
      write("evil.md", "---", "id: " + up, "kind: analysis", "---", "Text.");
      write("feed.jsonl", "{\"id\": \"" + absolute + "\", \"text\": \"Text.\"}");
      Set<Path> before = tree(dir);
      Path claims = Files.writeString(dir.resolve("claims.yaml"),
          "claims:\n  - id: " + up + "\n    text: \"The harbour bridge will reopen on March 15.\"\n");
      Path report = dir.resolve("out/report.html");

      assertSkipped(index(2),
          "evil.md:2: id '" + up + "' is not kebab-case; use lowercase letters, digits and '-', e.g. 'issue8-x'",
          "feed.jsonl:1: id '" + absolute + "' is not kebab-case; use lowercase letters, digits and '-', e.g. '"
              + absolute.substring(1).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "'");
      Run check = cli(1, "check", claims.toString(), "--corpus", corpus.toString(), "--index", index.toString(),
          "--format", "html", "--output", report.toString());

      assertThat(check.code()).as(check.err()).isZero();
      Set<Path> created = tree(dir);
      created.removeAll(before);
      assertThat(created).as("only the index, the claims file and the report are new")
          .allSatisfy(p -> assertThat(p.startsWith(index) || p.equals(claims) || p.startsWith(report.getParent()))
              .as(p.toString()).isTrue());
      for (Path base : List.of(corpus, index, report.getParent(), Path.of("").toAbsolutePath())) {
        assertThat(base.resolve(up).normalize()).as("relative to " + base).doesNotExist();
      }
      assertThat(Path.of(absolute)).doesNotExist();
    }

    @Test
    void everyProblemOfAFileIsInItsOneSkipLine() throws IOException {
      write("many.md", "---", "id: Many Problems", "kind: rumour", "date: yesterday", "colour: red", "---", "");

      assertSkipped(index(5), "many.md:2: id 'Many Problems' is not kebab-case; use lowercase letters, digits"
          + " and '-', e.g. 'many-problems'; line 3: unknown kind 'rumour'; use one of: " + SourceKind.allLabels()
          + "; line 4: invalid date 'yesterday'; expected YYYY-MM-DD; line 5: unknown key 'colour'; allowed keys:"
          + " id, title, publisher, kind, date, url, language, speaker; line 7: no text after the front matter");
    }

    private void link(Path link, Path target) throws IOException {
      Files.createDirectories(link.getParent());
      try {
        Files.createSymbolicLink(link, target);
      } catch (UnsupportedOperationException | IOException e) {
        assumeTrue(false, "symbolic links not supported here: " + e);
      }
    }
  }

  @Nested
  class Claims {
    private Path claims(String yaml) throws IOException {
      return Files.writeString(dir.resolve("claims.yaml"), yaml, UTF_8);
    }

    private Run check(int badInputs, Path claims) {
      return cli(badInputs, "check", claims.toString(), "--corpus", corpus.toString(), "--index", index.toString());
    }

    @Test
    void emptyClaimsFile() throws IOException {
      Path c = claims("");

      Run r = check(1, c);

      assertBadInput(r, c, 1);
      assertThat(r.err()).isEqualTo("corroborate: " + c
          + ": claims file is empty (start it with 'claims:' followed by a list of claims)\n");
      assertThat(index).as("nothing indexed for a bad claims file").doesNotExist();
    }

    @Test
    void claimsThatAreNotAList() throws IOException {
      Path c = claims("claims:\n  id: a\n  text: One.\n");

      Run r = check(1, c);

      assertBadInput(r, c, 1);
      assertThat(r.err()).startsWith("corroborate: " + c + ":2:3: 'claims' must be a list, not a mapping");

      Path top = claims("- id: a\n  text: One.\n");
      assertThat(check(1, top).err())
          .startsWith("corroborate: " + top + ":1:1: top level must be a mapping with the key 'claims', not a list");
    }

    @Test
    void duplicateClaimIds() throws IOException {
      Path c = claims("claims:\n  - id: a\n    text: One.\n  - id: a\n    text: Two.\n");

      Run r = check(1, c);

      assertBadInput(r, c, 1);
      assertThat(r.err()).isEqualTo("corroborate: " + c
          + ":4:9: duplicate claim id 'a' (first at line 2) (give each claim a unique id)\n");
    }

    @Test
    void emptyClaimText() throws IOException {
      Path c = claims("claims:\n  - id: a\n    text: \"\"\n  - id: b\n    text:\n");

      Run r = check(2, c);

      assertBadInput(r, c, 2);
      assertThat(r.err().lines()).containsExactly(
          "corroborate: " + c + ":3:11: claim 'a' has empty text (write the claim to check after 'text:')",
          "corroborate: " + c + ":5:10: claim 'b' has empty text (write the claim to check after 'text:')");
    }

    @Test
    void tenThousandCharacterClaimText() throws IOException {
      String text = "word ".repeat(1999) + "word.";
      assertThat(text).hasSize(10_000);
      Path c = claims("claims:\n  - id: long\n    text: \"" + text + "\"\n");

      Run r = check(1, c);

      assertBadInput(r, c, 1);
      assertThat(r.err()).isEqualTo("corroborate: " + c + ":3:11: claim 'long' text is 10,000 characters;"
          + " the limit is 2,000 (split it into shorter claims, one assertion each)\n");
    }

    @Test
    void unknownKeys() throws IOException {
      Path c = claims("claims:\n  - id: a\n    text: One.\n    expected: supported\nversion: 2\n");

      Run r = check(2, c);

      assertBadInput(r, c, 2);
      assertThat(r.err().lines()).containsExactly(
          "corroborate: " + c + ":4:5: unknown key 'expected' in claim (allowed keys: id, text, expect, note, tags, extracted)",
          "corroborate: " + c + ":5:1: unknown top-level key 'version' (the only top-level key is 'claims')");
    }

    @Test
    void yamlAliasBombIsRefusedInUnderASecond() throws IOException {
      check(0, claims("claims: 7\n")); // load the YAML and picocli classes first: the second is timed
      StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
      for (char c = 'b'; c <= 'z'; c++) {
        String previous = "*" + (char) (c - 1);
        bomb.append(c).append(": &").append(c).append(" [")
            .append(Stream.generate(() -> previous).limit(9).collect(Collectors.joining(", "))).append("]\n");
      }
      bomb.append("claims:\n  - id: bomb\n    text: Boom.\n    tags: *z\n");
      Path c = claims(bomb.toString());

      Run r = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> check(1, c));

      assertBadInput(r, c, 28);
      assertThat(r.err().lines().filter(l -> l.contains("alias"))).containsExactly("corroborate: " + c
          + ":1:4: YAML anchors and aliases (&name, *name) are not allowed in claims files (write each value out"
          + " in full)");
      assertThat(r.err()).as("the anchors' keys and the tags are reported too, in the same pass")
          .contains(c + ":26:1: unknown top-level key 'z'").contains(c + ":30:11: 'tags' must be a list");
    }

    @Test
    void tenThousandClaimsAreRead() throws IOException {
      StringBuilder sb = new StringBuilder("claims:\n");
      for (int i = 0; i < 10_000; i++) {
        sb.append("  - id: claim-").append(i).append("\n    text: \"The bridge will reopen on day ").append(i)
            .append(".\"\n");
      }
      Path c = claims(sb.toString());

      Run r = cli(0, "validate", c.toString());

      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo(c + ": 10000 claims OK\n");
    }

    @Test
    void everyProblemOfTheFileIsReportedAtOnce() throws IOException {
      Path c = claims("claims:\n  - id: a\n    text: One.\n    weight: 3\n  - id: a\n    text: \"\"\n"
          + "    expect: maybe\n  - text: No id.\n");

      Run r = check(5, c);

      assertBadInput(r, c, 5);
      assertThat(r.err().lines().map(l -> l.substring(("corroborate: " + c).length())).toList()).containsExactly(
          ":4:5: unknown key 'weight' in claim (allowed keys: id, text, expect, note, tags, extracted)",
          ":5:9: duplicate claim id 'a' (first at line 2) (give each claim a unique id)",
          ":6:11: claim 'a' has empty text (write the claim to check after 'text:')",
          ":7:13: unknown expect 'maybe' (use one of: supported, contradicted, contested, unverified)",
          ":8:5: claim has no id (add 'id: a-unique-name' to the claim)");
    }
  }

  /** Every file and folder under {@code root}. */
  private static Set<Path> tree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.collect(Collectors.toCollection(java.util.TreeSet::new));
    }
  }
}
