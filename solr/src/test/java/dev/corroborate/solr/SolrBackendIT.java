package dev.corroborate.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.analysis.SentenceCache;
import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.TermUnitizer;
import dev.corroborate.retrieval.ClaimQuery;
import dev.corroborate.retrieval.PassageIndex;
import dev.corroborate.retrieval.QueryTerm;
import dev.corroborate.stance.StanceEngine;
import dev.corroborate.backend.LocalBackend;
import dev.corroborate.backend.SearchBackend;
import dev.corroborate.claims.Claim;
import dev.corroborate.claims.ClaimsLoader;
import dev.corroborate.corpus.CorpusLoader;
import dev.corroborate.corpus.LoadResult;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.index.IndexException;
import dev.corroborate.index.IndexFields;
import dev.corroborate.index.IndexLockedException;
import org.apache.solr.common.SolrInputDocument;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import dev.corroborate.index.IndexStats;
import dev.corroborate.index.Progress;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.pipeline.CheckRun;
import dev.corroborate.pipeline.Pipeline;
import dev.corroborate.report.ReportFormat;
import dev.corroborate.verdict.ClaimResult;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SolrCloud backend on a real two-node SolrCloud (2 shards × 2 replicas) against the local index:
 * the bundled corpus and the golden cases give the same reports, byte for byte, as the end-to-end
 * golden files the local backend is held to.
 */
class SolrBackendIT {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static SolrCloudCluster solr;
  private static final OpenNlpAnalyzer ANALYZER = new OpenNlpAnalyzer();

  @BeforeAll
  static void start() throws Exception {
    solr = new SolrCloudCluster();
    solr.createCollection("bundled");
  }

  @AfterAll
  static void stop() throws Exception {
    if (solr != null) {
      solr.close();
    }
  }

  private static Pipeline pipeline() {
    return new Pipeline(ANALYZER, Lexicon.shipped(), new CorpusLoader(), 2);
  }

  private static String json(CheckRun run) throws Exception {
    StringWriter out = new StringWriter();
    ReportFormat.JSON.renderer().render(run.report(), out);
    return out.toString();
  }

  private static CheckRun check(String claims, Path corpus, SearchBackend backend) throws Exception {
    List<Claim> loaded = new ClaimsLoader().load(Path.of(claims));
    return pipeline().check(claims, loaded, corpus, backend, Progress.none());
  }

  @Test
  void bundledCorpusGivesTheSameReportOnBothBackends(@TempDir Path index) throws Exception {
    CheckRun local = check("claims.yaml", Path.of("corpus"), new LocalBackend(index));
    CheckRun cloud = check("claims.yaml", Path.of("corpus"), solr.backend("bundled", SolrBackend.RETRY, 100));
    assertThat(cloud.index().sources()).isEqualTo(local.index().sources());
    assertThat(cloud.index().passages()).isEqualTo(local.index().passages());
    assertThat(cloud.report().results()).extracting(r -> r.claim().id() + " " + r.verdict())
        .containsExactlyElementsOf(local.report().results().stream()
            .map(r -> r.claim().id() + " " + r.verdict()).toList());
    assertThat(json(cloud)).isEqualTo(json(local))
        .isEqualTo(Files.readString(GOLDEN.resolve("seed/expected.json"), StandardCharsets.UTF_8));
    assertThat(cloud.report().results()).noneMatch(ClaimResult::unexpected);
  }

  /** The golden folders of the end-to-end suite that have a corpus of their own (the bundled one is tested above). */
  static List<Path> goldenCases() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs.filter(d -> Files.isDirectory(d.resolve("corpus"))).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void goldenCaseGivesItsGoldenReport(Path golden) throws Exception {
    String collection = "golden-" + golden.getFileName();
    solr.createCollection(collection);
    CheckRun cloud = check(golden.resolve("claims.yaml").toString(), golden.resolve("corpus"),
        solr.backend(collection, SolrBackend.RETRY, 100));
    assertThat(json(cloud)).isEqualTo(Files.readString(golden.resolve("expected.json"), StandardCharsets.UTF_8));
  }

  @Test
  void everyBundledClaimRetrievesTheSamePassagesWithTheSameScoresAndIdf(@TempDir Path index) throws Exception {
    SearchBackend local = new LocalBackend(index);
    SearchBackend cloud = solr.backend("bundled", SolrBackend.RETRY, 100);
    pipeline().index(Path.of("corpus"), local, false, Progress.none());
    pipeline().index(Path.of("corpus"), cloud, false, Progress.none());
    assertSameHits(local, cloud, Path.of("corpus"));
  }

  @Test
  void afterAnIncrementalUpdateWithAChangedFileScoresAreAsInAFreshLocalIndex(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus");
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      Files.createDirectories(corpus);
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    solr.createCollection("changed");
    SearchBackend cloud = solr.backend("changed", SolrBackend.RETRY, 100);
    pipeline().index(corpus, cloud, false, Progress.none());
    // One file changes: its documents are deleted and written again, which leaves deleted documents
    // in the shards' segments unless the commit merges them away.
    Path changed;
    try (Stream<Path> files = Files.list(corpus)) {
      changed = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
    }
    Files.writeString(changed, Files.readString(changed, StandardCharsets.UTF_8)
        + "\nA further sentence was added to this source after it was first indexed.\n", StandardCharsets.UTF_8);
    IndexStats update = pipeline().index(corpus, cloud, false, Progress.none());
    assertThat(update.indexed()).isEqualTo(1);
    SearchBackend fresh = new LocalBackend(dir.resolve("fresh"));
    pipeline().index(corpus, fresh, false, Progress.none());
    assertSameHits(fresh, cloud, corpus);
  }

  /** For every bundled claim, the 50 best hits have the same ids and float scores, and every key's idf is equal. */
  private static void assertSameHits(SearchBackend local, SearchBackend cloud, Path corpus) throws Exception {
    Lexicon lexicon = Lexicon.shipped();
    AliasTable aliases = AliasTable.shippedPlus(corpus.resolve(Pipeline.ALIASES_FILE));
    StanceEngine engine = new StanceEngine(ANALYZER, new TermUnitizer(lexicon, aliases));
    SentenceCache cache = new SentenceCache(ANALYZER);
    int hits = 0;
    int phrases = 0;
    try (PassageIndex a = local.open(cache); PassageIndex b = cloud.open(cache)) {
      assertThat(b.sources()).isEqualTo(a.sources());
      assertThat(b.passageCount()).isEqualTo(a.passageCount());
      assertThat(b.passagesOf("no-such-source")).isEmpty();
      for (Claim c : new ClaimsLoader().load(Path.of("claims.yaml"))) {
        List<QueryTerm> terms = ClaimQuery.of(engine.frame(c.text(), a).termUnits(), lexicon, aliases);
        for (QueryTerm t : terms) {
          for (String k : t.keys()) {
            assertThat(b.idf(k)).as("idf of %s", k).isEqualTo(a.idf(k));
          }
          phrases += t.keys().size() > 1 ? 1 : 0;
        }
        List<String> there = b.search(terms, Pipeline.CANDIDATES).stream()
            .map(h -> h.passage().id() + " " + h.score()).toList();
        List<String> here = a.search(terms, Pipeline.CANDIDATES).stream()
            .map(h -> h.passage().id() + " " + h.score()).toList();
        assertThat(there).as("hits of %s", c.id()).isEqualTo(here);
        hits += here.size();
      }
    }
    assertThat(hits).isGreaterThan(100);
    assertThat(phrases).as("alias phrases among the queries").isPositive();
  }

  @Test
  void aFileWhoseBatchKeepsFailingIsLeftOutWholeAndWrittenByTheNextUpdate() throws Exception {
    solr.createCollection("failing");
    LoadResult corpus = new CorpusLoader().load(Path.of("corpus"));
    SourceDocument victim = corpus.sources().get(corpus.sources().size() / 2);
    AtomicInteger injected = new AtomicInteger();
    // A batch holding the victim's documents lands in part (as when a node dies in the middle of it), then fails.
    UnaryOperator<BatchWriter.Sender> halfLandsThenFails = real -> docs -> {
      if (docs.stream().anyMatch(d -> victim.id().equals(d.getFieldValue(IndexFields.SOURCE_ID)))) {
        real.send(docs.subList(0, docs.size() / 2 + 1));
        injected.incrementAndGet();
        throw new IOException("injected failure");
      }
      return real.send(docs);
    };
    SearchBackend failing = solr.backend("failing", new BatchWriter.Retry(3, 10), 100, halfLandsThenFails);
    assertThatThrownBy(() -> pipeline().index(Path.of("corpus"), failing, false, Progress.none()))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining("1 file of " + corpus.sources().stream().map(SourceDocument::file).distinct().count())
        .hasMessageContaining(victim.file() + ": injected failure (after 3 attempts of its batch and 1 alone)");
    assertThat(injected).as("3 attempts of the batch, then 1 of the file alone").hasValue(4);
    SearchBackend healthy = solr.backend("failing", SolrBackend.RETRY, 100);
    try (PassageIndex view = healthy.open(new SentenceCache(ANALYZER))) {
      assertThat(view.sources()).doesNotContainKey(victim.id()).hasSize(corpus.sources().size() - 1);
      assertThat(view.passagesOf(victim.id())).isEmpty();
      assertThat(view.passages()).noneMatch(p -> p.sourceId().equals(victim.id()));
    }
    IndexStats retried = pipeline().index(Path.of("corpus"), healthy, false, Progress.none());
    assertThat(retried.indexed()).isEqualTo(1);
    assertThat(retried.sources()).isEqualTo(corpus.sources().size());
    assertThat(json(check("claims.yaml", Path.of("corpus"), healthy)))
        .isEqualTo(Files.readString(GOLDEN.resolve("seed/expected.json"), StandardCharsets.UTF_8));
  }

  @Test
  void updateIsIncrementalByContentHash() throws Exception {
    SearchBackend backend = solr.backend("bundled", SolrBackend.RETRY, 100);
    IndexStats first = pipeline().index(Path.of("corpus"), backend, false, Progress.none());
    IndexStats again = pipeline().index(Path.of("corpus"), backend, false, Progress.none());
    assertThat(again.indexed()).isZero();
    assertThat(again.unchanged()).isEqualTo(first.sources());
    assertThat(again.passages()).isEqualTo(first.passages());
  }

  @Test
  void aSecondUpdateWhileOneHoldsTheLockIsRefusedAndCheckReadsTheCollection() throws Exception {
    solr.createCollection("locked");
    SolrBackend first = solr.backend("locked", SolrBackend.RETRY, 100);
    pipeline().index(Path.of("corpus"), first, false, Progress.none());
    SolrBackend second = solr.backend("locked", SolrBackend.RETRY, 100);
    try (SolrWriteLock held = first.lock()) {
      assertThatThrownBy(() -> pipeline().index(Path.of("corpus"), second, true, Progress.none()))
          .isInstanceOf(IndexLockedException.class)
          .hasMessageStartingWith("the Solr collection locked at ")
          .hasMessageContaining(" is locked: corroborate (process " + ProcessHandle.current().pid() + " on ")
          .hasMessageEndingWith("(wait for it to finish and run again; a lock whose holder stopped is taken over"
              + " after 60 s)");
      CheckRun run = check("claims.yaml", Path.of("corpus"), second);
      assertThat(run.index().notUpdated()).as("check read the collection as it is").isNotEmpty();
      assertThat(json(run)).isEqualTo(Files.readString(GOLDEN.resolve("seed/expected.json"), StandardCharsets.UTF_8));
      held.release();
    }
    assertThat(pipeline().index(Path.of("corpus"), second, false, Progress.none()).unchanged()).isPositive();
    assertThat((Object) solr.client().getById("locked", SolrWriteLock.ID)).as("released").isNull();
  }

  @Test
  void aLockWithoutHeartbeatIsTakenOverAndItsFormerHolderLearnsIt() throws Exception {
    solr.createCollection("stale");
    SolrBackend backend = solr.backend("stale", SolrBackend.RETRY, 100);
    SolrWriteLock former = backend.lock();
    // Its process stops beating: the heartbeat in the collection ages past the limit.
    SolrInputDocument aged = new SolrInputDocument();
    aged.addField(SolrFields.ID, SolrWriteLock.ID);
    aged.addField(IndexFields.TYPE, SolrWriteLock.TYPE);
    aged.addField(IndexFields.META, "{\"holder\":\"a run that died\",\"since\":\"2026-01-01T00:00:00Z\",\"heartbeat\":"
        + (System.currentTimeMillis() - SolrWriteLock.STALE_MILLIS - 1000) + "}");
    solr.client().add("stale", aged);
    IndexStats taken = pipeline().index(Path.of("corpus"), backend, false, Progress.none());
    assertThat(taken.indexed()).isPositive();
    former.beatNow();
    assertThatThrownBy(former::release).isInstanceOf(IndexException.class)
        .hasMessageContaining("its lock was taken over by another run");
    assertThat((Object) solr.client().getById("stale", SolrWriteLock.ID)).as("released by the run that took it").isNull();
  }
}
