package dev.corroborate.index;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.analysis.SentenceCache;
import dev.corroborate.analysis.Passage;
import dev.corroborate.analysis.Sentence;
import dev.corroborate.analysis.Stemmer;
import dev.corroborate.analysis.TextAnalyzer;
import dev.corroborate.analysis.Token;
import dev.corroborate.corpus.CorpusLoader;
import dev.corroborate.corpus.LoadResult;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.corpus.SourceKind;
import dev.corroborate.retrieval.Hit;
import dev.corroborate.retrieval.PassageSearcher;
import dev.corroborate.retrieval.QueryTerm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SuppressWarnings("try") // write locks are held open on purpose to stand for a concurrent indexer
class IndexerTest {
  private static OpenNlpAnalyzer analyzer;

  @TempDir Path corpusDir;
  @TempDir Path tmp;
  private Path indexDir;

  @BeforeAll
  static void loadModels() {
    analyzer = new OpenNlpAnalyzer();
  }

  @BeforeEach
  void writeCorpus() throws IOException {
    indexDir = tmp.resolve("index");
    write("alpha.md", "alpha-src", "The Alpha Report", "Alpha Daily", "press-report", "2025-11-24",
        "The frigate sailed into the harbour on Monday.\n\nOfficials said the visit was routine.");
    write("bravo.md", "bravo-src", "Bravo statement", "Ministry of Bravo", "official-statement", "2025-11-25",
        "The ministry protested the visit.\n\n- It called the move a provocation.\n- It summoned the envoy.");
    write("charlie.md", "charlie-src", "Charlie analysis", "Charlie Institute", "analysis", "2025-11-26",
        "Analysts expect more patrols. Tension remains high.");
  }

  private void write(String file, String id, String title, String publisher, String kind, String date, String body)
      throws IOException {
    Files.writeString(corpusDir.resolve(file), String.join("\n", "---", "id: " + id, "title: " + title,
        "publisher: " + publisher, "kind: " + kind, "date: " + date, "---", body) + "\n", UTF_8);
  }

  private LoadResult load() throws Exception {
    return new CorpusLoader().load(corpusDir);
  }

  private IndexStats update(boolean rebuild) throws Exception {
    return new Indexer(indexDir, analyzer, 2).update(load(), rebuild, Progress.none());
  }

  private int expectedPassages(LoadResult corpus) {
    return corpus.sources().stream().mapToInt(s -> analyzer.analyze(s.body()).size()).sum();
  }

  private static List<Hit> search(Path indexDir, String word) throws Exception {
    try (PassageSearcher searcher = PassageSearcher.open(indexDir, new SentenceCache(analyzer))) {
      return searcher.search(List.of(QueryTerm.of(Stemmer.key(word), 1f)), 10);
    }
  }

  @Test
  void firstUpdateIndexesEverySourceAndItsPassages() throws Exception {
    IndexStats stats = update(false);

    assertThat(stats.indexed()).isEqualTo(3);
    assertThat(stats.unchanged()).isZero();
    assertThat(stats.removed()).isZero();
    assertThat(stats.skipped()).isEmpty();
    assertThat(stats.sources()).isEqualTo(3);
    assertThat(stats.passages()).isPositive().isEqualTo(expectedPassages(load()));
    assertThat(stats.passages()).isEqualTo(7);
  }

  @Test
  void secondUpdateWithoutChangesIndexesNothing() throws Exception {
    IndexStats first = update(false);
    IndexStats second = update(false);

    assertThat(second.indexed()).isZero();
    assertThat(second.unchanged()).isEqualTo(3);
    assertThat(second.removed()).isZero();
    assertThat(second.sources()).isEqualTo(3);
    assertThat(second.passages()).isEqualTo(first.passages());
  }

  @Test
  void changedFileIsReindexedAndItsOldPassagesAreGone() throws Exception {
    update(false);
    write("bravo.md", "bravo-src", "Bravo statement", "Ministry of Bravo", "official-statement", "2025-11-25",
        "The ministry welcomed the visit.");

    IndexStats stats = update(false);

    assertThat(stats.indexed()).isEqualTo(1);
    assertThat(stats.unchanged()).isEqualTo(2);
    assertThat(stats.removed()).isZero();
    assertThat(stats.sources()).isEqualTo(3);
    assertThat(stats.passages()).isEqualTo(expectedPassages(load()));
    assertThat(search(indexDir, "protested")).isEmpty();
    assertThat(search(indexDir, "summoned")).isEmpty();
    assertThat(search(indexDir, "welcomed")).singleElement()
        .extracting(h -> h.passage().id()).isEqualTo("bravo-src#0");
  }

  @Test
  void changedIdInAChangedFileReplacesTheOldSource() throws Exception {
    update(false);
    write("bravo.md", "delta-src", "Delta", "Delta", "analysis", "2025-11-27", "The ministry welcomed the visit.");

    IndexStats stats = update(false);

    assertThat(stats.indexed()).isEqualTo(1);
    assertThat(stats.removed()).as("bravo-src is no longer yielded by its file").isEqualTo(1);
    try (PassageSearcher searcher = PassageSearcher.open(indexDir, new SentenceCache(analyzer))) {
      assertThat(searcher.sources().keySet()).containsExactly("alpha-src", "charlie-src", "delta-src");
    }
  }

  @Test
  void indexBroughtUpToDateScoresExactlyLikeOneBuiltAfresh() throws Exception {
    update(false);
    write("bravo.md", "bravo-src", "Bravo statement", "Ministry of Bravo", "official-statement", "2025-11-25",
        "The ministry welcomed the visit.");
    Files.delete(corpusDir.resolve("charlie.md"));
    update(false);
    Path fresh = tmp.resolve("fresh");
    new Indexer(fresh, analyzer, 2).update(load(), false, Progress.none());

    for (String word : List.of("the", "visit", "ministry", "welcomed", "routine")) {
      assertThat(search(indexDir, word)).as(word).isNotEmpty().isEqualTo(search(fresh, word));
    }
    try (PassageSearcher updated = PassageSearcher.open(indexDir, new SentenceCache(analyzer)); PassageSearcher built = PassageSearcher.open(fresh, new SentenceCache(analyzer))) {
      for (String word : List.of("the", "visit", "ministry", "patrols", "protested")) {
        assertThat(updated.idf(Stemmer.key(word))).as("idf of %s, deleted documents left out", word)
            .isEqualTo(built.idf(Stemmer.key(word)));
      }
    }
  }

  @Test
  void deletedFileIsRemoved() throws Exception {
    update(false);
    Files.delete(corpusDir.resolve("charlie.md"));

    IndexStats stats = update(false);

    assertThat(stats.indexed()).isZero();
    assertThat(stats.unchanged()).isEqualTo(2);
    assertThat(stats.removed()).isEqualTo(1);
    assertThat(stats.sources()).isEqualTo(2);
    assertThat(stats.passages()).isEqualTo(expectedPassages(load()));
    assertThat(search(indexDir, "patrols")).isEmpty();
  }

  @Test
  void fileThatNoLongerLoadsLeavesTheIndexAndIsReportedAsSkipped() throws Exception {
    update(false);
    Files.writeString(corpusDir.resolve("charlie.md"), "---\nid: charlie-src\nkind: nonsense\n---\nText.\n", UTF_8);

    IndexStats stats = update(false);

    assertThat(stats.removed()).isEqualTo(1);
    assertThat(stats.sources()).isEqualTo(2);
    assertThat(stats.skipped()).singleElement().satisfies(s -> assertThat(s.file()).isEqualTo("charlie.md"));
  }

  @Test
  void sourceDroppedFromAChangedFileCountsAsRemoved() throws Exception {
    Files.writeString(corpusDir.resolve("feed.jsonl"),
        "{\"id\": \"post-1\", \"kind\": \"social-media\", \"text\": \"First post about the visit.\"}\n"
            + "{\"id\": \"post-2\", \"kind\": \"social-media\", \"text\": \"Second post about patrols.\"}\n", UTF_8);
    assertThat(update(false).indexed()).isEqualTo(5);
    Files.writeString(corpusDir.resolve("feed.jsonl"),
        "{\"id\": \"post-1\", \"kind\": \"social-media\", \"text\": \"First post about the visit.\"}\n", UTF_8);

    IndexStats stats = update(false);

    assertThat(stats.sources()).isEqualTo(4);
    assertThat(stats.indexed()).isEqualTo(1);
    assertThat(stats.unchanged()).isEqualTo(3);
    assertThat(stats.removed()).as("post-2 is no longer yielded by its file").isEqualTo(1);
  }

  @Test
  void rebuildReindexesEverything() throws Exception {
    IndexStats first = update(false);

    IndexStats rebuilt = update(true);

    assertThat(rebuilt.indexed()).isEqualTo(3);
    assertThat(rebuilt.unchanged()).isZero();
    assertThat(rebuilt.removed()).isZero();
    assertThat(rebuilt.sources()).isEqualTo(3);
    assertThat(rebuilt.passages()).isEqualTo(first.passages());
  }

  @Test
  void secondWriterFailsFastBecauseTheIndexIsLocked() throws Exception {
    update(false);
    try (Directory dir = FSDirectory.open(indexDir);
         IndexWriter other = new IndexWriter(dir, new IndexWriterConfig())) {
      assertThatThrownBy(() -> update(false))
          .isInstanceOf(IndexLockedException.class)
          .hasMessageContaining("locked")
          .hasMessageContaining(indexDir.toString());
    }
    assertThat(update(false).unchanged()).as("usable again once the other writer is closed").isEqualTo(3);
  }

  @Test
  void lastCommitIsReadWhileAnotherWriterHoldsTheLock() throws Exception {
    IndexStats committed = update(false);
    Files.delete(corpusDir.resolve("charlie.md"));
    Files.writeString(corpusDir.resolve("notes.md"), "A note without front matter.\n", UTF_8);
    Files.writeString(corpusDir.resolve("bad.md"), "---\nid: bad\nkind: rumour\n---\nText.\n", UTF_8);
    LoadResult now = load();

    IndexStats read;
    try (Directory dir = FSDirectory.open(indexDir); Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      read = new Indexer(indexDir, analyzer, 1).lastCommit(now, "busy elsewhere");
    }

    assertThat(read).isEqualTo(new IndexStats(0, 0, 0, now.skipped(), committed.sources(), committed.passages(),
        now.warnings(), "busy elsewhere"));
    assertThat(read.updated()).isFalse();
    assertThat(read.skipped()).singleElement().satisfies(s -> assertThat(s.file()).isEqualTo("bad.md"));
    assertThat(read.warnings()).singleElement().asString().startsWith("notes.md: no front matter");
    assertThat(update(false).warnings()).as("an update reports the same warnings").isEqualTo(now.warnings());
  }

  @Test
  void lastCommitOfAnIndexNotYetCommittedSaysItIsBeingBuilt() throws Exception {
    Files.createDirectories(indexDir);
    try (Directory dir = FSDirectory.open(indexDir); Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      assertThatThrownBy(() -> new Indexer(indexDir, analyzer, 1).lastCommit(load(), "busy"))
          .isInstanceOf(IndexLockedException.class)
          .hasMessageContaining("being built by another corroborate run")
          .hasMessageContaining("no committed version yet");
    }
  }

  @Test
  void lastCommitOfAnIncompatibleIndexAsksForRebuild() throws Exception {
    update(false);
    setCommitData(Map.of(IndexFields.USER_FORMAT, "1", IndexFields.USER_ANALYSIS, analyzer.settings()));

    assertThatThrownBy(() -> new Indexer(indexDir, analyzer, 1).lastCommit(load(), "busy"))
        .isInstanceOf(IndexException.class)
        .isNotInstanceOf(IndexLockedException.class)
        .hasMessageContaining("incompatible")
        .hasMessageContaining("--rebuild");
  }

  @Test
  void indexOfAnotherFormatAsksForRebuild() throws Exception {
    update(false);
    setCommitData(Map.of(IndexFields.USER_FORMAT, "1", IndexFields.USER_ANALYSIS, analyzer.settings()));

    assertThatThrownBy(() -> update(false))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining("incompatible")
        .hasMessageContaining("--rebuild");

    IndexStats rebuilt = update(true);
    assertThat(rebuilt.indexed()).isEqualTo(3);
    assertThat(update(false).unchanged()).as("compatible after the rebuild").isEqualTo(3);
  }

  @Test
  void formatThreeIndexWithStoredAnalysisAsksForRebuild() throws Exception {
    update(false);
    setCommitData(Map.of(IndexFields.USER_FORMAT, "3", IndexFields.USER_ANALYSIS, analyzer.settings()));

    assertThat(IndexFields.FORMAT).isEqualTo("4");
    assertThatThrownBy(() -> update(false))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining("format 3")
        .hasMessageContaining("this version writes format 4")
        .hasMessageContaining("run 'corroborate index --rebuild'");
    assertThat(update(true).indexed()).as("a rebuild makes it usable").isEqualTo(3);
  }

  @Test
  void indexOfOtherAnalysisSettingsAsksForRebuild() throws Exception {
    update(false);
    TextAnalyzer otherModels = new TextAnalyzer() {
      @Override
      public List<Sentence> analyze(String text) {
        return analyzer.analyze(text);
      }

      @Override
      public String settings() {
        return "other-models-1.0";
      }
    };

    assertThatThrownBy(() -> new Indexer(indexDir, otherModels, 1).update(load(), false, Progress.none()))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining("other-models-1.0")
        .hasMessageContaining("--rebuild");
  }

  private void setCommitData(Map<String, String> data) throws IOException {
    try (Directory dir = FSDirectory.open(indexDir);
         IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      writer.setLiveCommitData(new TreeMap<>(data).entrySet());
      writer.commit();
    }
  }

  @Test
  void failedAnalysisKeepsThePreviousCommit() throws Exception {
    update(false);
    write("bravo.md", "bravo-src", "Bravo statement", "Ministry of Bravo", "official-statement", "2025-11-25",
        "The ministry welcomed the visit.");
    TextAnalyzer failing = new TextAnalyzer() {
      @Override
      public List<Sentence> analyze(String text) {
        throw new IllegalStateException("model exploded");
      }

      @Override
      public String settings() {
        return analyzer.settings();
      }
    };

    assertThatThrownBy(() -> new Indexer(indexDir, failing, 2).update(load(), false, Progress.none()))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining("model exploded");

    assertThat(search(indexDir, "protested")).as("old text still indexed").hasSize(1);
    assertThat(search(indexDir, "welcomed")).isEmpty();
    assertThat(update(false).indexed()).isEqualTo(1);
  }

  @Test
  void readOnlyIndexFolderIsAnIndexException() throws Exception {
    update(false);
    Files.setPosixFilePermissions(indexDir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(indexDir), "running as a user who can write to read-only folders (root)");
      write("bravo.md", "bravo-src", "B", "B", "analysis", "2025-11-25", "Changed text.");

      assertThatThrownBy(() -> update(false))
          .isInstanceOf(IndexException.class)
          .hasMessageContaining(indexDir.toString())
          .hasMessageContaining("writable");
    } finally {
      Files.setPosixFilePermissions(indexDir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void indexPathThatIsAFileIsAnIndexException() throws Exception {
    Files.writeString(indexDir, "not a folder");

    assertThatThrownBy(() -> update(false))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining(indexDir.toString());
  }

  @Test
  void storedPassagesRoundTripToTheSourceBody() throws Exception {
    update(false);
    SourceDocument alpha = load().sources().stream().filter(s -> s.id().equals("alpha-src")).findFirst().orElseThrow();
    List<Sentence> analysed = analyzer.analyze(alpha.body());

    List<Hit> hits = search(indexDir, "officials");

    assertThat(hits).singleElement().satisfies(hit -> {
      Passage p = hit.passage();
      assertThat(p.sourceId()).isEqualTo("alpha-src");
      assertThat(p.ordinal()).isEqualTo(1);
      assertThat(p.text()).isEqualTo("Officials said the visit was routine.");
      assertThat(p.text()).isEqualTo(alpha.body().substring(p.sentence().start(), p.sentence().end()));
      assertThat(p.tokens()).isNotEmpty().allSatisfy(t ->
          assertThat(t.text()).isEqualTo(alpha.body().substring(t.start(), t.end())));
      assertThat(p.sentence()).isEqualTo(analysed.get(1));
    });
  }

  @Test
  void everyStoredPassageEqualsAFreshAnalysis() throws Exception {
    update(false);
    try (PassageSearcher searcher = PassageSearcher.open(indexDir, new SentenceCache(analyzer))) {
      for (SourceDocument s : load().sources()) {
        List<Sentence> analysed = analyzer.analyze(s.body());
        for (int o = 0; o < analysed.size(); o++) {
          Sentence expected = analysed.get(o);
          Token probe = expected.tokens().stream().filter(Token::isContent).findFirst().orElseThrow();
          int ordinal = o;
          List<Hit> hits = searcher.search(List.of(QueryTerm.of(probe.key(), 1f)), 50);
          assertThat(hits).as("passage %s#%s", s.id(), o)
              .filteredOn(h -> h.passage().sourceId().equals(s.id()) && h.passage().ordinal() == ordinal)
              .singleElement()
              .satisfies(h -> assertThat(h.passage().sentence()).isEqualTo(expected));
        }
      }
    }
  }

  @Test
  void storedSourceMetadataRoundTripsWithoutTheBody() throws Exception {
    update(false);
    SourceDocument loaded = load().sources().stream().filter(s -> s.id().equals("bravo-src")).findFirst().orElseThrow();

    try (PassageSearcher searcher = PassageSearcher.open(indexDir, new SentenceCache(analyzer))) {
      SourceDocument stored = searcher.sources().get("bravo-src");
      assertThat(stored.title()).isEqualTo("Bravo statement");
      assertThat(stored.publisher()).isEqualTo("Ministry of Bravo");
      assertThat(stored.kind()).isEqualTo(SourceKind.OFFICIAL_STATEMENT);
      assertThat(stored.date()).isEqualTo(LocalDate.of(2025, 11, 25));
      assertThat(stored.file()).isEqualTo("bravo.md");
      assertThat(stored.fileHash()).isEqualTo(loaded.fileHash());
      assertThat(stored.body()).isEmpty();
      assertThat(searcher.passageCount()).isEqualTo(expectedPassages(load()));
    }
  }

  @Test
  void indexDoesNotDependOnTheNumberOfThreads() throws Exception {
    Path single = tmp.resolve("single");
    new Indexer(single, analyzer, 1).update(load(), false, Progress.none());
    new Indexer(indexDir, analyzer, 4).update(load(), false, Progress.none());

    for (String word : List.of("visit", "ministry", "the")) {
      assertThat(search(indexDir, word)).as(word).isEqualTo(search(single, word));
    }
  }

  @Test
  void progressReportsEveryAnalysedSource() throws Exception {
    List<String> seen = new java.util.ArrayList<>();

    new Indexer(indexDir, analyzer, 2).update(load(), false, (stage, done, total) -> seen.add(done + "/" + total));

    assertThat(seen).containsExactly("1/3", "2/3", "3/3");
  }
}
