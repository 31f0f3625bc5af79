package dev.corroborate.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.analysis.SentenceCache;
import dev.corroborate.backend.LocalBackend;
import dev.corroborate.backend.SearchBackend;
import dev.corroborate.corpus.CorpusLoader;
import dev.corroborate.corpus.SourceCollection;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.index.Indexer;
import dev.corroborate.index.Progress;
import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnitizer;
import dev.corroborate.pipeline.Pipeline;
import dev.corroborate.retrieval.ClaimQuery;
import dev.corroborate.retrieval.PassageIndex;
import dev.corroborate.retrieval.QueryTerm;
import dev.corroborate.stance.StanceEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --backend solr} on a real two-node SolrCloud against the local import of the same
 * JSON Lines file: same counts, same sources and passages, same hits with the same scores; re-import
 * is incremental per record; {@code --strict} stops at a bad record before anything is sent.
 */
class SolrImportIT {
  private static final OpenNlpAnalyzer ANALYZER = new OpenNlpAnalyzer();
  private static final String[] PLACES = {"harbour", "airport", "station", "bridge", "market", "stadium"};
  private static final String[] ACTS = {"closed", "reopened", "inspected", "evacuated", "repaired"};
  private static SolrCloudCluster solr;
  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    solr = new SolrCloudCluster();
    solr.createCollection("imported");
    solr.createCollection("strict");
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

  /** An invented wire of {@code n} stories; story {@code changed} (if any) says something else. */
  private static Path wire(String name, int n, int changed) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String place = PLACES[i % PLACES.length];
      String act = ACTS[(i / PLACES.length) % ACTS.length];
      String text = i == changed
          ? "Officials denied that the " + place + " had been " + act + ". The claim was false, they said."
          : "The city " + act + " the " + place + " on day " + (i + 1) + ". A spokesman said " + (i * 7 % 50)
              + " workers took part. Residents were told to expect delays.";
      lines.add("{\"id\": \"wire-" + i + "\", \"title\": \"Story " + i + "\", \"publisher\": \"Wire Service\","
          + " \"kind\": \"press-report\", \"date\": \"2024-05-" + (10 + i % 18) + "\", \"text\": \"" + text + "\"}");
    }
    return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
  }

  private static Indexer.ImportStats importInto(SearchBackend backend, Path file, boolean strict) throws Exception {
    return pipeline().importCollections(List.of(SourceCollection.jsonl(file)), backend, strict, Progress.none());
  }

  private static String counts(Indexer.ImportStats s) {
    return "indexed " + s.index().indexed() + ", unchanged " + s.index().unchanged() + ", removed "
        + s.index().removed() + ", skipped " + s.index().skipped().size() + ", sources " + s.index().sources()
        + ", passages " + s.index().passages();
  }

  /** Both backends hold the same sources and passages and rank the same passages the same for these claims. */
  private static void sameContent(SearchBackend local, SearchBackend cloud, String... claims) throws Exception {
    Lexicon lexicon = Lexicon.shipped();
    AliasTable aliases = AliasTable.shipped();
    StanceEngine engine = new StanceEngine(ANALYZER, new TermUnitizer(lexicon, aliases));
    SentenceCache cache = new SentenceCache(ANALYZER);
    try (PassageIndex a = local.open(cache); PassageIndex b = cloud.open(cache)) {
      assertThat(b.sources()).isEqualTo(a.sources());
      assertThat(b.passageCount()).isEqualTo(a.passageCount());
      for (String claim : claims) {
        List<QueryTerm> terms = ClaimQuery.of(engine.frame(claim, a).termUnits(), lexicon, aliases);
        List<String> here = a.search(terms, Pipeline.CANDIDATES).stream()
            .map(h -> h.passage().id() + " " + h.score()).toList();
        assertThat(here).as("hits of '%s'", claim).isNotEmpty();
        assertThat(b.search(terms, Pipeline.CANDIDATES).stream().map(h -> h.passage().id() + " " + h.score()).toList())
            .as("hits of '%s'", claim).isEqualTo(here);
      }
    }
  }

  @Test
  void importGivesWhatTheLocalImportGivesAndReimportIsIncrementalPerRecord(@TempDir Path index) throws Exception {
    SearchBackend local = new LocalBackend(index);
    SearchBackend cloud = solr.backend("imported", SolrBackend.RETRY, 40);
    Path wire = wire("wire.jsonl", 60, -1);
    Indexer.ImportStats here = importInto(local, wire, false);
    Indexer.ImportStats there = importInto(cloud, wire, false);
    assertThat(counts(there)).isEqualTo(counts(here)).startsWith("indexed 60, unchanged 0, removed 0, skipped 0");
    sameContent(local, cloud, "The city closed the harbour.", "Officials denied that the airport was evacuated.");

    // Story 7 changes, stories 58 and 59 are gone from the file.
    Path changed = wire("wire.jsonl", 58, 7);
    here = importInto(local, changed, false);
    there = importInto(cloud, changed, false);
    assertThat(counts(there)).isEqualTo(counts(here)).startsWith("indexed 1, unchanged 57, removed 2, skipped 0");
    sameContent(local, cloud, "Officials denied that the bridge had been closed.", "The city repaired the stadium.");
    try (PassageIndex view = cloud.open(new SentenceCache(ANALYZER))) {
      assertThat(view.sources()).doesNotContainKeys("wire-58", "wire-59").containsKey("wire-7");
      assertThat(view.passagesOf("wire-7")).extracting(p -> p.text()).anyMatch(t -> t.startsWith("Officials denied"))
          .noneMatch(t -> t.startsWith("The city"));
    }
  }

  @Test
  void strictImportStopsAtABadRecordBeforeAnythingIsSent() throws Exception {
    SearchBackend cloud = solr.backend("strict", SolrBackend.RETRY, 40);
    List<String> lines = new ArrayList<>(Files.readAllLines(wire("bad.jsonl", 20, -1)));
    lines.set(12, "{\"id\": \"wire-12\", \"publisher\": \"Wire Service\"}");
    Path bad = Files.write(dir.resolve("bad.jsonl"), lines, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> importInto(cloud, bad, true))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("bad.jsonl:13");
    try (PassageIndex view = cloud.open(new SentenceCache(ANALYZER))) {
      assertThat(view.sources()).isEmpty();
      assertThat(view.passageCount()).isZero();
    }
    Indexer.ImportStats lenient = importInto(cloud, bad, false);
    assertThat(lenient.index().indexed()).isEqualTo(19);
    assertThat(lenient.index().skipped()).singleElement().satisfies(s -> assertThat(s.line()).isEqualTo(13));
  }
}
