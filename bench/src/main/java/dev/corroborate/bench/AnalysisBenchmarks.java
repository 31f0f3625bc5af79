package dev.corroborate.bench;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.analysis.RetrievalKeys;
import dev.corroborate.analysis.Segment;
import dev.corroborate.analysis.Sentence;
import dev.corroborate.analysis.SentenceCache;
import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnitizer;
import dev.corroborate.retrieval.ClaimQuery;
import dev.corroborate.retrieval.QueryTerm;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Micro-benchmarks of the stages on one Reuters-like paragraph (about 120 words): what indexing
 * does per text (segment, keys), what check does per retrieved passage (full analysis, without and
 * with the sentence cache) and per claim (query building). Run: {@code bench/run.sh jmh}, or
 * {@code java -cp bench/target/benchmarks.jar:target/corroborate.jar org.openjdk.jmh.Main}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalysisBenchmarks {
  static final String TEXT = "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought "
      + "since early January and improving prospects for the coming temporao, although normal humidity levels "
      + "have not been restored, Comissaria Smith said in its weekly review. The dry period means the temporao "
      + "will be late this year. Arrivals for the week ended February 22 were 155,221 bags of 60 kilos making a "
      + "cumulative total for the season of 5.93 mln against 5.81 at the same stage last year. Again it seems "
      + "that cocoa delivered earlier on consignment was included in the arrivals figures.";
  static final String CLAIM = "Comissaria Smith said cocoa arrivals in Bahia rose to 155,221 bags in the week.";

  OpenNlpAnalyzer analyzer;
  SentenceCache cache;
  List<Segment> segments;
  List<String> words;
  TermUnitizer unitizer;
  Lexicon lexicon;
  AliasTable aliases;
  Sentence claim;

  @Setup
  public void setup() {
    analyzer = new OpenNlpAnalyzer();
    cache = new SentenceCache(analyzer);
    segments = analyzer.segment(TEXT);
    words = segments.get(0).words();
    lexicon = Lexicon.shipped();
    aliases = AliasTable.shipped();
    unitizer = new TermUnitizer(lexicon, aliases);
    claim = analyzer.analyze(CLAIM).get(0);
    analyzer.analyze(TEXT);
  }

  /** Index time: sentences and words of the paragraph. */
  @Benchmark
  public List<Segment> segment() {
    return analyzer.segment(TEXT);
  }

  /** Index time: the keys of one sentence's words. */
  @Benchmark
  public String retrievalKeys() {
    return RetrievalKeys.joined(words);
  }

  /** What indexing did before format 4, and what eval does: the full analysis (tags, lemmas) of the paragraph. */
  @Benchmark
  public List<Sentence> fullAnalysis() {
    return analyzer.analyze(TEXT);
  }

  /** Check time, cache miss: the full analysis of one retrieved sentence (lemma cache warm). */
  @Benchmark
  public Sentence analyzeRetrievedSentence() {
    Segment s = segments.get(0);
    return analyzer.analyzeSentence(s.text(), s.start());
  }

  /** Check time, cache hit: one retrieved sentence served from the sentence cache. */
  @Benchmark
  public Sentence cachedRetrievedSentence() {
    Segment s = segments.get(0);
    return cache.sentence(s.text(), s.start());
  }

  /** Check time, per claim: its term units and query terms. */
  @Benchmark
  public List<QueryTerm> claimQuery() {
    return ClaimQuery.of(unitizer.units(claim.tokens()), lexicon, aliases);
  }
}
