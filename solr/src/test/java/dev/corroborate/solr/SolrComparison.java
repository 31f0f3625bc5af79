package dev.corroborate.solr;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.backend.LocalBackend;
import dev.corroborate.backend.SearchBackend;
import dev.corroborate.claims.Claim;
import dev.corroborate.corpus.CorpusLoader;
import dev.corroborate.index.IndexStats;
import dev.corroborate.index.Progress;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.pipeline.Pipeline;
import dev.corroborate.verdict.ClaimResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures the local index against a two-node SolrCloud (2 shards x 2 replicas, in this JVM) on the
 * same machine: indexing throughput of a corpus folder and the latency of checking claims one at a
 * time, and counts the claims whose verdict differs. Not a test: run by hand (see the handoff notes).
 *
 * <p>Arguments: CORPUS_DIR CLAIMS_TXT (one claim a line) WARMUP THREADS
 */
public final class SolrComparison {
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    List<String> texts = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank()).toList();
    int warmup = Integer.parseInt(args[2]);
    int threads = Integer.parseInt(args[3]);
    Pipeline pipeline = new Pipeline(new OpenNlpAnalyzer(), Lexicon.shipped(), new CorpusLoader(), threads);
    Path noCorpus = Files.createTempDirectory("no-corpus");
    try (SolrCloudCluster solr = new SolrCloudCluster()) {
      solr.createCollection("bench");
      SearchBackend local = new LocalBackend(Files.createTempDirectory("bench-local"));
      SearchBackend cloud = solr.backend("bench", SolrBackend.RETRY, SolrBackend.BATCH_DOCS);
      double[] lat = null;
      List<List<ClaimResult>> results = new ArrayList<>();
      for (SearchBackend b : List.of(local, cloud)) {
        String name = b == local ? "local" : "solr";
        long t0 = System.nanoTime();
        IndexStats s = pipeline.index(corpus, b, false, Progress.none());
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%s.index sources=%d passages=%d seconds=%.1f sources_per_s=%.0f passages_per_s=%.0f%n",
            name, s.sources(), s.passages(), secs, s.sources() / secs, s.passages() / secs);
        long r0 = System.nanoTime();
        IndexStats again = pipeline.index(corpus, b, false, Progress.none());
        System.out.printf(Locale.ROOT, "%s.reindex_unchanged indexed=%d seconds=%.1f%n", name, again.indexed(),
            (System.nanoTime() - r0) / 1e9);
        List<ClaimResult> rs = new ArrayList<>();
        try (Pipeline.Checker checker = pipeline.checker(noCorpus, b)) {
          for (int i = 0; i < warmup; i++) {
            checker.check(new Claim("w" + i, texts.get(texts.size() - 1 - i), null, 1));
          }
          int n = texts.size() - warmup;
          lat = new double[n];
          for (int i = 0; i < n; i++) {
            long c0 = System.nanoTime();
            rs.add(checker.check(new Claim("c" + i, texts.get(i), null, i + 1)));
            lat[i] = (System.nanoTime() - c0) / 1e6;
          }
        }
        results.add(rs);
        double[] sorted = lat.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s.check claims=%d p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f mean_ms=%.1f%n", name,
            sorted.length, sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)],
            sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)],
            Arrays.stream(sorted).average().orElse(0));
      }
      int differ = 0;
      for (int i = 0; i < results.get(0).size(); i++) {
        ClaimResult a = results.get(0).get(i);
        ClaimResult b = results.get(1).get(i);
        if (a.verdict() != b.verdict() || !a.equals(b)) {
          differ++;
        }
      }
      System.out.printf(Locale.ROOT, "claims_with_different_results=%d of %d%n", differ, results.get(0).size());
      cloud.close();
    }
  }
}
