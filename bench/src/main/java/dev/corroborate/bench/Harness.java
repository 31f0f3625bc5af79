package dev.corroborate.bench;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.backend.LocalBackend;
import dev.corroborate.claims.Claim;
import dev.corroborate.corpus.CorpusLoader;
import dev.corroborate.corpus.SourceCollection;
import dev.corroborate.index.Indexer;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.pipeline.Pipeline;
import dev.corroborate.verdict.ClaimResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The end-to-end benchmark harness (driven by bench/run.sh). Each mode runs in its own JVM, so its
 * peak heap and RSS are its own:
 *
 * <ul>
 *   <li>{@code import INDEX THREADS FILE...}: imports collection files into a new or existing index
 *       through the same code as {@code corroborate import}; prints sources, passages, bytes and words
 *       of the bodies, seconds, rates, memory and index size.
 *   <li>{@code plain INDEX OUT THREADS}: the plain-Lucene reference: reads the passage texts from a
 *       corroborate index (not timed) and indexes each as one document with StandardAnalyzer (text
 *       stored), on THREADS threads; prints the same rates.
 *   <li>{@code check INDEX CLAIMS WARMUP}: checks the claims of a file (one claim a line) one at a
 *       time, after WARMUP unrecorded ones, and prints latency percentiles.
 * </ul>
 */
public final class Harness {
  private Harness() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: import|plain|check ...");
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "import" -> importCollections(rest);
      case "plain" -> PlainLucene.run(Path.of(rest[0]), Path.of(rest[1]), Integer.parseInt(rest[2]));
      case "check" -> check(rest);
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  private static void importCollections(String[] args) throws Exception {
    Path index = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    List<SourceCollection> collections = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      Path f = Path.of(args[i]);
      collections.add(SourceCollection.of(f, SourceCollection.Format.of(f)));
    }
    long[] text = BodyStats.of(collections);
    Pipeline pipeline = new Pipeline(new OpenNlpAnalyzer(), Lexicon.shipped(), new CorpusLoader(), threads);
    double cpu0 = Measure.cpuSeconds();
    long t0 = System.nanoTime();
    Indexer.ImportStats stats = pipeline.importCollections(collections, new LocalBackend(index), false, (s, d, t) -> { });
    double secs = (System.nanoTime() - t0) / 1e9;
    String st = "import";
    Measure.print(st, "threads", threads);
    Measure.print(st, "seconds", secs);
    Measure.print(st, "cpu_seconds", Measure.cpuSeconds() - cpu0);
    Measure.print(st, "indexed_sources", stats.index().indexed());
    Measure.print(st, "unchanged_sources", stats.index().unchanged());
    Measure.print(st, "sources_in_index", stats.index().sources());
    Measure.print(st, "passages_in_index", stats.index().passages());
    Measure.print(st, "body_bytes", text[0]);
    Measure.print(st, "body_words", text[1]);
    Measure.print(st, "docs_per_s", stats.index().indexed() / secs);
    Measure.print(st, "mb_per_s", text[0] / 1e6 / secs);
    Measure.print(st, "words_per_s", text[1] / secs);
    Measure.print(st, "index_mib", Measure.sizeBytes(index) / (1024.0 * 1024.0));
    Measure.memory(st);
  }

  private static void check(String[] args) throws Exception {
    Path index = Path.of(args[0]);
    List<String> texts = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank()).toList();
    int warmup = Integer.parseInt(args[2]);
    Path noCorpus = Files.createTempDirectory("bench-no-corpus");
    int threads = Integer.parseInt(args[3]);
    Pipeline pipeline = new Pipeline(new OpenNlpAnalyzer(), Lexicon.shipped(), new CorpusLoader(), threads);
    Map<dev.corroborate.verdict.Verdict, Integer> verdicts = new EnumMap<>(dev.corroborate.verdict.Verdict.class);
    try (Pipeline.Checker checker = pipeline.checker(noCorpus, new LocalBackend(index))) {
      for (int i = 0; i < warmup; i++) {
        checker.check(new Claim("warmup-" + i, texts.get(texts.size() - 1 - i % texts.size()), null, 1));
      }
      int n = texts.size() - warmup;
      double[] ms = new double[n];
      for (int i = 0; i < n; i++) {
        long t0 = System.nanoTime();
        ClaimResult r = checker.check(new Claim("c-" + i, texts.get(i), null, i + 1));
        ms[i] = (System.nanoTime() - t0) / 1e6;
        verdicts.merge(r.verdict(), 1, Integer::sum);
      }
      Arrays.sort(ms);
      String st = "check";
      Measure.print(st, "threads", threads);
      Measure.print(st, "passages_in_index", checker.passageCount());
      Measure.print(st, "claims", n);
      Measure.print(st, "p50_ms", percentile(ms, 50));
      Measure.print(st, "p95_ms", percentile(ms, 95));
      Measure.print(st, "p99_ms", percentile(ms, 99));
      Measure.print(st, "max_ms", ms[n - 1]);
      Measure.print(st, "mean_ms", Arrays.stream(ms).average().orElse(0));
      Measure.print(st, "verdicts", verdicts.toString().replace(" ", ""));
      Measure.memory(st);
    }
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** Bytes (UTF-8) and whitespace-separated words of the collections' bodies, read before timing. */
  static final class BodyStats {
    private BodyStats() {}

    static long[] of(List<SourceCollection> collections) throws Exception {
      long bytes = 0;
      long words = 0;
      for (SourceCollection c : collections) {
        try (SourceCollection.Cursor cursor = c.open()) {
          for (SourceCollection.Entry e = cursor.next(); e != null; e = cursor.next()) {
            if (e instanceof SourceCollection.Source s) {
              String body = s.source().body();
              bytes += body.getBytes(StandardCharsets.UTF_8).length;
              words += countWords(body);
            }
          }
        }
      }
      return new long[] {bytes, words};
    }
  }

  static long countWords(String text) {
    long n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean ws = Character.isWhitespace(text.charAt(i));
      if (!ws && !in) {
        n++;
      }
      in = !ws;
    }
    return n;
  }

  static BufferedReader reader(Path p) throws IOException {
    return Files.newBufferedReader(p, StandardCharsets.UTF_8);
  }
}
