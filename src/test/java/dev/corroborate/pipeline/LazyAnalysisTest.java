package dev.corroborate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.analysis.Sentence;
import dev.corroborate.analysis.SentenceCache;
import dev.corroborate.claims.Claim;
import dev.corroborate.claims.ClaimsLoader;
import dev.corroborate.corpus.CorpusLoader;
import dev.corroborate.corpus.LoadResult;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.index.Indexer;
import dev.corroborate.index.Progress;
import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnitizer;
import dev.corroborate.retrieval.ClaimQuery;
import dev.corroborate.retrieval.Hit;
import dev.corroborate.retrieval.PassageSearcher;
import dev.corroborate.stance.ClaimFrame;
import dev.corroborate.stance.SourceVoice;
import dev.corroborate.stance.StanceEngine;
import dev.corroborate.stance.StanceJudgement;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index keeps no analysis; retrieved passages are analysed when read. Judged against every
 * bundled claim, each retrieved passage gets the judgement that the analysis of its whole source
 * body (what indexing used to store) gives it.
 */
class LazyAnalysisTest {
  @TempDir Path index;

  @Test
  void retrievedPassagesAreJudgedAsEagerlyAnalysedOnes() throws Exception {
    OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer();
    LoadResult corpus = new CorpusLoader().load(Path.of("corpus"));
    new Indexer(index, analyzer, 2).update(corpus, false, Progress.none());
    Map<String, Sentence> eager = new HashMap<>();
    for (SourceDocument s : corpus.sources()) {
      List<Sentence> sentences = analyzer.analyze(s.body());
      for (int i = 0; i < sentences.size(); i++) {
        eager.put(s.id() + "#" + i, sentences.get(i));
      }
    }
    Lexicon lexicon = Lexicon.shipped();
    AliasTable aliases = AliasTable.shippedPlus(Path.of("corpus").resolve(Pipeline.ALIASES_FILE));
    StanceEngine engine = new StanceEngine(analyzer, new TermUnitizer(lexicon, aliases));
    List<Claim> claims = new ClaimsLoader().load(Path.of("claims.yaml"));
    int judged = 0;
    try (PassageSearcher searcher = PassageSearcher.open(index, new SentenceCache(analyzer, 1000, 2))) {
      for (Claim c : claims) {
        ClaimFrame frame = engine.frame(c.text(), searcher);
        for (Hit h : searcher.search(ClaimQuery.of(frame.termUnits(), lexicon, aliases), Pipeline.CANDIDATES)) {
          Sentence before = eager.get(h.passage().id());
          assertThat(h.passage().sentence()).isEqualTo(before);
          SourceDocument s = searcher.sources().get(h.passage().sourceId());
          SourceVoice voice = SourceVoice.of(lexicon, aliases, s.speaker(), s.publisher());
          StanceJudgement lazy = engine.judge(frame, h.passage().tokens(), voice);
          assertThat(lazy).as("%s on %s", c.id(), h.passage().id()).isEqualTo(engine.judge(frame, before.tokens(), voice));
          judged++;
        }
      }
    }
    assertThat(judged).isGreaterThan(claims.size() * 5);
  }
}
