package dev.corroborate.eval;

import dev.corroborate.analysis.Sentence;
import dev.corroborate.analysis.Stemmer;
import dev.corroborate.analysis.TextAnalyzer;
import dev.corroborate.analysis.Token;
import dev.corroborate.index.Progress;
import dev.corroborate.learn.StanceModel;
import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnitizer;
import dev.corroborate.stance.BodyStats;
import dev.corroborate.stance.ClaimFrame;
import dev.corroborate.stance.Descriptors;
import dev.corroborate.stance.IdfSource;
import dev.corroborate.stance.PreparedPassage;
import dev.corroborate.stance.SourceVoice;
import dev.corroborate.stance.Stance;
import dev.corroborate.stance.StanceEngine;
import dev.corroborate.stance.StanceFeatures;
import dev.corroborate.stance.StanceJudgement;
import dev.corroborate.verdict.VerdictAggregator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Classifies claim/document pairs on the production path of {@code check}: each document is analysed
 * once into sentence passages, every passage is judged against the claim by the {@link StanceEngine}
 * rules (for a document of a few dozen sentences this is what BM25 retrieval of the top 50 passages
 * returns), the judgements are combined as for a source in a report ({@link VerdictAggregator#combine}),
 * and the learned {@link StanceModel} decides from the rules' features. Word rarity (IDF) is counted
 * over the sentences of the documents being classified, as an index would. Runs on several threads.
 */
public final class EngineClassifier implements PairClassifier {
  private final TextAnalyzer analyzer;
  private final Lexicon lexicon;
  private final StanceEngine engine;
  private final StanceFeatures features;
  private final VerdictAggregator aggregator = new VerdictAggregator();
  private final StanceModel model;
  private final Set<Stance> allowed;
  private final int threads;

  /**
   * @param model   the learned model, or null to use the rules' combined stance alone
   * @param allowed the labels the task allows (e.g. only supports / contradicts for FEVER)
   */
  public EngineClassifier(TextAnalyzer analyzer, Lexicon lexicon, StanceModel model, Set<Stance> allowed, int threads) {
    this.analyzer = analyzer;
    this.lexicon = lexicon;
    this.engine = new StanceEngine(analyzer, new TermUnitizer(lexicon, AliasTable.shipped()));
    this.features = new StanceFeatures(lexicon);
    this.model = model;
    this.allowed = allowed.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(allowed);
    this.threads = Math.max(1, threads);
  }

  private record Doc(List<PreparedPassage> passages, List<BodyStats> passageStats, PreparedPassage whole,
      BodyStats stats, Descriptors descriptors) {}

  /** What the rules found for one pair: the combined stance and the learned model's features. */
  public record Judged(Stance ruleStance, StanceFeatures.Vector features) {}

  @Override
  public List<Stance> classify(List<LabelledPair> pairs, Progress progress) {
    List<Judged> judged = judge(pairs, progress);
    if (model == null) {
      List<Stance> out = new ArrayList<>(judged.size());
      for (Judged j : judged) {
        out.add(allowed.contains(j.ruleStance()) ? j.ruleStance() : fallback(j.ruleStance()));
      }
      return out;
    }
    // The model is read-only once loaded; its evaluation of 9,000 pairs is worth both cores.
    return parallel(judged.size(), i -> model.predict(judged.get(i).features(), allowed), "deciding stances",
        progress);
  }

  private Stance fallback(Stance rule) {
    for (Stance s : List.of(rule == Stance.CONTRADICTS ? Stance.CONTRADICTS : Stance.SUPPORTS, Stance.MENTIONS,
        Stance.UNRELATED, Stance.CONTRADICTS)) {
      if (allowed.contains(s)) {
        return s;
      }
    }
    return allowed.iterator().next();
  }

  /** Runs the rules on every pair; input order is kept. */
  public List<Judged> judge(List<LabelledPair> pairs, Progress progress) {
    Map<String, String> bodies = new LinkedHashMap<>();
    Map<String, String> claims = new LinkedHashMap<>();
    for (LabelledPair p : pairs) {
      bodies.putIfAbsent(p.bodyId(), p.body());
      claims.putIfAbsent(p.claim(), p.claim());
    }
    List<String> bodyIds = new ArrayList<>(bodies.keySet());
    List<Doc> docs = parallel(bodyIds.size(), i -> prepare(bodies.get(bodyIds.get(i))), "analysing documents", progress);
    Map<String, Doc> docById = new HashMap<>();
    for (int i = 0; i < bodyIds.size(); i++) {
      docById.put(bodyIds.get(i), docs.get(i));
    }
    IdfSource idf = idf(docs);
    Map<String, Double> squaredNorms = new HashMap<>();
    docById.forEach((id, d) -> squaredNorms.put(id, d.stats().squaredNorm(idf)));
    List<String> claimTexts = new ArrayList<>(claims.keySet());
    List<ClaimFrame> frames = parallel(claimTexts.size(), i -> engine.frame(claimTexts.get(i), idf),
        "analysing claims", progress);
    Map<String, ClaimFrame> frameByText = new HashMap<>();
    for (int i = 0; i < claimTexts.size(); i++) {
      frameByText.put(claimTexts.get(i), frames.get(i));
    }
    return parallel(pairs.size(), i -> judgePair(frameByText.get(pairs.get(i).claim()),
        docById.get(pairs.get(i).bodyId()), squaredNorms.get(pairs.get(i).bodyId())), "judging pairs", progress);
  }

  private Judged judgePair(ClaimFrame claim, Doc doc, double squaredNorm) {
    // What the document calls each name ("the container ship Stella Borea"), as check does with the
    // passages it retrieves.
    ClaimFrame frame = claim.withDescriptors(doc.descriptors());
    List<StanceJudgement> judgements = new ArrayList<>(doc.passages().size());
    for (PreparedPassage p : doc.passages()) {
      judgements.add(engine.judge(frame, p, SourceVoice.none()));
    }
    Stance rule = aggregator.combine(judgements).stance();
    double cover = engine.coverage(frame, doc.whole(), SourceVoice.none());
    return new Judged(rule, features.of(frame, judgements, doc.passageStats(), rule, cover, doc.stats(), squaredNorm));
  }

  private Doc prepare(String body) {
    List<Sentence> sentences = analyzer.analyze(body);
    List<PreparedPassage> passages = new ArrayList<>(sentences.size());
    List<BodyStats> stats = new ArrayList<>(sentences.size());
    List<Token> all = new ArrayList<>();
    for (Sentence s : sentences) {
      passages.add(engine.prepare(s.tokens()));
      stats.add(BodyStats.of(s.tokens(), lexicon));
      all.addAll(s.tokens());
    }
    return new Doc(passages, stats, engine.prepare(all), BodyStats.of(all, lexicon), engine.descriptorsOf(passages));
  }

  private static IdfSource idf(List<Doc> docs) {
    Map<String, Integer> df = new HashMap<>();
    int n = 0;
    for (Doc d : docs) {
      for (PreparedPassage p : d.passages()) {
        n++;
        Set<String> keys = new HashSet<>();
        for (Token t : p.tokens()) {
          keys.add(t.key());
          keys.add(Stemmer.key(t.text()));
        }
        keys.forEach(k -> df.merge(k, 1, Integer::sum));
      }
    }
    // Each key's value computed once: the pair stage asks for the same keys millions of times.
    int total = n;
    Map<String, Double> idf = new HashMap<>(df.size() * 2);
    df.forEach((key, f) -> idf.put(key, bm25Idf(total, f)));
    double unseen = bm25Idf(total, 0);
    return key -> idf.getOrDefault(key, unseen);
  }

  private static double bm25Idf(int passages, int df) {
    return Math.log(1 + (passages - df + 0.5) / (df + 0.5));
  }

  private <T> List<T> parallel(int count, IntFunction<T> task, String stage, Progress progress) {
    return Parallel.map(count, task, threads, stage, progress);
  }
}
