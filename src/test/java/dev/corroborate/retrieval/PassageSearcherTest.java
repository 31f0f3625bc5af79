package dev.corroborate.retrieval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.analysis.SentenceCache;
import dev.corroborate.analysis.Sentence;
import dev.corroborate.analysis.Stemmer;
import dev.corroborate.corpus.CorpusLoader;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.corpus.SourceKind;
import dev.corroborate.index.IndexException;
import dev.corroborate.index.Indexer;
import dev.corroborate.index.Progress;
import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnitizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageSearcherTest {
  private static OpenNlpAnalyzer analyzer;
  private static PassageSearcher searcher;
  private static final TermUnitizer UNITIZER = new TermUnitizer(Lexicon.shipped(), AliasTable.shipped());

  @TempDir static Path tmp;

  /**
   * File names sort in the opposite order of the ids, so index order (by file) differs from the
   * id order that breaks ties.
   */
  @BeforeAll
  static void indexCorpus() throws Exception {
    analyzer = new OpenNlpAnalyzer();
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    write(corpus, "1-zulu.md", "zulu-src", "official-readout", "2025-11-24",
        "Talks resumed in Geneva on Monday.",
        "The minister met the minister of trade.",
        "Talks resumed in Geneva on Monday.",
        "A minister appeared near the coast.");
    write(corpus, "2-alpha.md", "alpha-src", "press-report", "2025-11-25",
        "Talks resumed in Geneva on Monday.",
        "Beijing protested the decision strongly.",
        "The minister spoke about the harbour.");
    write(corpus, "3-mike.md", "mike-src", "analysis", "2025-11-26",
        "A frigate appeared near the coast.",
        "The People's Republic of China protested again.",
        "The minister spoke about trade policy.");
    Path index = tmp.resolve("index");
    new Indexer(index, analyzer, 2).update(new CorpusLoader().load(corpus), false, Progress.none());
    searcher = PassageSearcher.open(index, new SentenceCache(analyzer));
  }

  @AfterAll
  static void close() throws IOException {
    if (searcher != null) {
      searcher.close();
    }
  }

  static void write(Path dir, String file, String id, String kind, String date, String... paragraphs)
      throws IOException {
    Files.writeString(dir.resolve(file), "---\nid: " + id + "\ntitle: Title of " + id + "\npublisher: Publisher of "
        + id + "\nkind: " + kind + "\ndate: " + date + "\n---\n" + String.join("\n\n", paragraphs) + "\n", UTF_8);
  }

  private static QueryTerm term(String word) {
    return QueryTerm.of(Stemmer.key(word), 1f);
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(h -> h.passage().id()).toList();
  }

  @Test
  void passageWithTheRareMatchingWordRanksFirst() throws Exception {
    List<Hit> hits = searcher.search(List.of(term("minister"), term("frigate")), 10);

    assertThat(ids(hits).get(0)).isEqualTo("mike-src#0");
    assertThat(hits.get(0).passage().text()).isEqualTo("A frigate appeared near the coast.");
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    assertThat(ids(hits)).contains("zulu-src#3");
    assertThat(hits).extracting(Hit::score).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  void passageMatchingMoreTermsRanksHigher() throws Exception {
    List<Hit> hits = searcher.search(List.of(term("minister"), term("harbour")), 10);

    assertThat(ids(hits).get(0)).isEqualTo("alpha-src#2");
  }

  @Test
  void boostRaisesATermsWeight() throws Exception {
    List<Hit> plain = searcher.search(List.of(term("minister"), term("frigate")), 10);
    List<Hit> boosted = searcher.search(List.of(QueryTerm.of(Stemmer.key("minister"), 20f), term("frigate")), 10);

    assertThat(ids(plain).get(0)).isEqualTo("mike-src#0");
    assertThat(ids(boosted).get(0)).isNotEqualTo("mike-src#0");
  }

  @Test
  void tiesAreOrderedBySourceIdThenOrdinal() throws Exception {
    List<Hit> hits = searcher.search(List.of(term("Geneva")), 10);

    assertThat(ids(hits)).containsExactly("alpha-src#0", "zulu-src#0", "zulu-src#2");
    assertThat(hits).extracting(Hit::score).containsOnly(hits.get(0).score());
  }

  @Test
  void tieAtTheCutOffIsBrokenBySourceIdToo() throws Exception {
    assertThat(ids(searcher.search(List.of(term("Geneva")), 1))).containsExactly("alpha-src#0");
    assertThat(ids(searcher.search(List.of(term("Geneva")), 2))).containsExactly("alpha-src#0", "zulu-src#0");
  }

  @Test
  void kLimitsTheHits() throws Exception {
    assertThat(searcher.search(List.of(term("minister")), 2)).hasSize(2);
    assertThat(searcher.search(List.of(term("minister")), 50)).hasSize(4);
  }

  @Test
  void noTermsOrNoMatchGiveNoHits() throws Exception {
    assertThat(searcher.search(List.of(), 10)).isEmpty();
    assertThat(searcher.search(List.of(term("submarine")), 10)).isEmpty();
  }

  @Test
  void passagesOfASourceComeInOrderFullyAnalysed() throws Exception {
    String body = "Talks resumed in Geneva on Monday.\n\nBeijing protested the decision strongly.\n\n"
        + "The minister spoke about the harbour.";
    assertThat(searcher.passagesOf("alpha-src")).extracting(p -> p.sentence()).isEqualTo(analyzer.analyze(body));
    assertThat(searcher.passagesOf("no-such-source")).isEmpty();
  }

  @Test
  void hitsCarryTheStoredPassageWithOffsetsIntoTheBody() throws Exception {
    Hit hit = searcher.search(List.of(term("harbour")), 10).get(0);

    assertThat(hit.passage().sourceId()).isEqualTo("alpha-src");
    assertThat(hit.passage().ordinal()).isEqualTo(2);
    String body = "Talks resumed in Geneva on Monday.\n\nBeijing protested the decision strongly.\n\n"
        + "The minister spoke about the harbour.";
    assertThat(hit.passage().sentence()).isEqualTo(analyzer.analyze(body).get(2));
    assertThat(body.substring(hit.passage().sentence().start(), hit.passage().sentence().end()))
        .isEqualTo(hit.passage().text());
  }

  @Test
  void sourcesAreAllSourcesByIdInIdOrder() {
    assertThat(searcher.sources().keySet()).containsExactly("alpha-src", "mike-src", "zulu-src");
    SourceDocument zulu = searcher.sources().get("zulu-src");
    assertThat(zulu.id()).isEqualTo("zulu-src");
    assertThat(zulu.title()).isEqualTo("Title of zulu-src");
    assertThat(zulu.publisher()).isEqualTo("Publisher of zulu-src");
    assertThat(zulu.kind()).isEqualTo(SourceKind.OFFICIAL_READOUT);
    assertThat(zulu.date()).isEqualTo(LocalDate.of(2025, 11, 24));
    assertThat(zulu.file()).isEqualTo("1-zulu.md");
    assertThat(searcher.passageCount()).isEqualTo(10);
  }

  @Test
  void idfIsHigherForRarerKeys() {
    double frigate = searcher.idf(Stemmer.key("frigate"));   // 1 passage
    double geneva = searcher.idf(Stemmer.key("Geneva"));     // 3 passages
    double minister = searcher.idf(Stemmer.key("minister")); // 4 passages
    double missing = searcher.idf("nosuchkey");

    assertThat(missing).isGreaterThan(frigate);
    assertThat(frigate).isGreaterThan(geneva);
    assertThat(geneva).isGreaterThan(minister);
    assertThat(minister).isPositive();
    assertThat(frigate).isCloseTo(Math.log(1 + (10 - 1 + 0.5) / (1 + 0.5)), org.assertj.core.data.Offset.offset(1e-9));
  }

  private static List<QueryTerm> claimQuery(String claim) {
    List<Sentence> sentences = analyzer.analyze(claim);
    assertThat(sentences).hasSize(1);
    return ClaimQuery.of(UNITIZER.units(sentences.get(0).tokens()), UNITIZER.lexicon(), UNITIZER.aliases());
  }

  @Test
  void entityInTheClaimFindsItsAliasesInPassages() throws Exception {
    List<Hit> hits = searcher.search(claimQuery("China protested the decision."), 10);

    assertThat(ids(hits)).contains("alpha-src#1", "mike-src#1");
    assertThat(hits).filteredOn(h -> h.passage().id().equals("alpha-src#1")).singleElement()
        .satisfies(h -> assertThat(h.passage().text()).contains("Beijing").doesNotContain("China"));
  }

  @Test
  void entityCountsOnceWhateverAliasThePassageUses() throws Exception {
    List<Hit> hits = searcher.search(claimQuery("China protested the decision."), 10);

    assertThat(ids(hits).get(0)).isEqualTo("alpha-src#1");
  }

  @Test
  void termsOfAGroupCountOnceForAPassage() throws Exception {
    List<QueryTerm> apart = List.of(term("minister"), term("trade"));
    List<QueryTerm> grouped = List.of(term("minister").inGroup("g"), term("trade").inGroup("g"));

    float both = scoreOf(searcher.search(apart, 10), "zulu-src#1");
    float best = scoreOf(searcher.search(grouped, 10), "zulu-src#1");
    float tradeAlone = scoreOf(searcher.search(List.of(term("trade")), 10), "zulu-src#1");

    assertThat(best).isLessThan(both).isEqualTo(Math.max(tradeAlone,
        scoreOf(searcher.search(List.of(term("minister")), 10), "zulu-src#1")));
  }

  @Test
  void aPhraseWeighsAsMuchAsOneRareWordNotAsAllOfItsWords() throws Exception {
    List<String> phraseKeys = List.of(Stemmer.key("People"), "'s", Stemmer.key("Republic"), "of", "china");
    float phrase = scoreOf(searcher.search(List.of(new QueryTerm(phraseKeys, 1f)), 10), "mike-src#1");
    float oneWord = scoreOf(searcher.search(List.of(QueryTerm.of(Stemmer.key("Republic"), 1f)), 10), "mike-src#1");

    assertThat(phrase).as("the phrase is in one passage, like 'republic'").isCloseTo(oneWord,
        org.assertj.core.data.Offset.offset(oneWord * 0.01f));
  }

  private static float scoreOf(List<Hit> hits, String passageId) {
    return hits.stream().filter(h -> h.passage().id().equals(passageId)).findFirst()
        .orElseThrow(() -> new AssertionError(passageId + " not in " + ids(hits))).score();
  }

  @Test
  void multiWordAliasIsMatchedAsAPhrase() throws Exception {
    List<QueryTerm> phrase = List.of(new QueryTerm(
        List.of(Stemmer.key("People"), "'s", Stemmer.key("Republic"), "of", "china"), 2f));
    List<QueryTerm> scrambled = List.of(new QueryTerm(
        List.of(Stemmer.key("Republic"), Stemmer.key("People"), "of", "china"), 2f));

    assertThat(ids(searcher.search(phrase, 10))).containsExactly("mike-src#1");
    assertThat(searcher.search(scrambled, 10)).isEmpty();
  }

  @Test
  void openReadsAPointInTimeAndIgnoresLaterUpdates(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path index = dir.resolve("index");
    write(corpus, "a.md", "a-src", "analysis", "2025-11-24", "The frigate sailed.");
    new Indexer(index, analyzer, 1).update(new CorpusLoader().load(corpus), false, Progress.none());

    try (PassageSearcher before = PassageSearcher.open(index, new SentenceCache(analyzer))) {
      write(corpus, "a.md", "a-src", "analysis", "2025-11-24", "The submarine dived.");
      new Indexer(index, analyzer, 1).update(new CorpusLoader().load(corpus), false, Progress.none());

      assertThat(before.search(List.of(term("frigate")), 10)).hasSize(1);
      assertThat(before.search(List.of(term("submarine")), 10)).isEmpty();
      try (PassageSearcher after = PassageSearcher.open(index, new SentenceCache(analyzer))) {
        assertThat(after.search(List.of(term("frigate")), 10)).isEmpty();
        assertThat(after.search(List.of(term("submarine")), 10)).hasSize(1);
      }
    }
  }

  @Test
  void missingIndexFolderSaysToRunIndex(@TempDir Path dir) {
    Path missing = dir.resolve("no-index");

    assertThatThrownBy(() -> PassageSearcher.open(missing, new SentenceCache(analyzer)))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("run 'corroborate index'");
  }

  @Test
  void emptyIndexFolderSaysToRunIndex(@TempDir Path dir) {
    assertThatThrownBy(() -> PassageSearcher.open(dir, new SentenceCache(analyzer)))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining("run 'corroborate index'");
  }
}
