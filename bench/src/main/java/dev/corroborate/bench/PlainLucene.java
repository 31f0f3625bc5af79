package dev.corroborate.bench;

import dev.corroborate.index.IndexFields;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The plain-Lucene reference: the same sentences corroborate indexed (read back from its index,
 * untimed), one document each, analysed by StandardAnalyzer, the text stored; no NLP. The same
 * RAM buffer as corroborate's writer; Lucene's default merge scheduler; one commit at the end.
 */
final class PlainLucene {
  private PlainLucene() {}

  static void run(Path corroborateIndex, Path out, int threads) throws Exception {
    List<String> sentences = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(corroborateIndex))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = reader.storedFields();
      for (ScoreDoc sd : searcher.search(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE)),
          reader.maxDoc()).scoreDocs) {
        sentences.add(stored.document(sd.doc, java.util.Set.of(IndexFields.TEXT)).get(IndexFields.TEXT));
      }
    }
    long bytes = 0;
    long words = 0;
    for (String s : sentences) {
      bytes += s.getBytes(StandardCharsets.UTF_8).length;
      words += Harness.countWords(s);
    }
    double cpu0 = Measure.cpuSeconds();
    long t0 = System.nanoTime();
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(128);
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(out), config)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> parts = new ArrayList<>();
      int per = (sentences.size() + threads - 1) / threads;
      for (int t = 0; t < threads; t++) {
        List<String> part = sentences.subList(Math.min(sentences.size(), t * per),
            Math.min(sentences.size(), (t + 1) * per));
        parts.add(pool.submit(() -> {
          for (String s : part) {
            Document d = new Document();
            d.add(new TextField("text", s, Field.Store.YES));
            writer.addDocument(d);
          }
          return null;
        }));
      }
      for (Future<?> f : parts) {
        f.get();
      }
      pool.shutdown();
      writer.commit();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    String st = "plain";
    Measure.print(st, "threads", threads);
    Measure.print(st, "seconds", secs);
    Measure.print(st, "cpu_seconds", Measure.cpuSeconds() - cpu0);
    Measure.print(st, "sentence_docs", sentences.size());
    Measure.print(st, "text_bytes", bytes);
    Measure.print(st, "text_words", words);
    Measure.print(st, "docs_per_s", sentences.size() / secs);
    Measure.print(st, "mb_per_s", bytes / 1e6 / secs);
    Measure.print(st, "words_per_s", words / secs);
    Measure.print(st, "index_mib", Measure.sizeBytes(out) / (1024.0 * 1024.0));
    Measure.memory(st);
  }
}
