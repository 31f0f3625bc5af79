package dev.corroborate.index;

import dev.corroborate.analysis.Segment;
import dev.corroborate.analysis.RetrievalKeys;
import dev.corroborate.analysis.TextAnalyzer;
import dev.corroborate.corpus.SourceDocument;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.util.BytesRef;

/**
 * Writes sources to an index writer as they come: each source's body is cut into sentences and
 * words and given its keys on a pool of threads, and written in the order the sources were given,
 * so the index is the same whatever the thread timing. At most {@code 64 × threads} sources are in
 * flight, so memory stays bounded however many are streamed through. Not thread-safe: one caller
 * adds. Close it to stop the pool.
 */
final class SourceWriter implements AutoCloseable {
  private record Pending(SourceDocument source, String origin, Future<List<Document>> docs) {}

  private final IndexWriter writer;
  private final TextAnalyzer analyzer;
  private final ExecutorService pool;
  private final int maxInFlight;
  private final Deque<Pending> pending = new ArrayDeque<>();
  private final IntConsumer onWritten;
  private int written;
  private long passages;

  /** A writer on {@code threads} analysis threads; {@code onWritten} hears the count after each source is written. */
  SourceWriter(IndexWriter writer, TextAnalyzer analyzer, int threads, IntConsumer onWritten) {
    this.writer = writer;
    this.onWritten = onWritten;
    this.analyzer = analyzer;
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "corroborate-analysis");
      t.setDaemon(true);
      return t;
    });
    this.maxInFlight = 64 * threads;
  }

  /** Queues a source from this origin for writing; may write earlier ones first. */
  void add(SourceDocument s, String origin) throws IOException, IndexException {
    if (pending.size() >= maxInFlight) {
      writeOldest();
    }
    pending.add(new Pending(s, origin, pool.submit(() -> documents(analyzer, s, origin))));
  }

  /** Writes everything queued. */
  void flush() throws IOException, IndexException {
    while (!pending.isEmpty()) {
      writeOldest();
    }
  }

  int written() {
    return written;
  }

  long passages() {
    return passages;
  }

  private void writeOldest() throws IOException, IndexException {
    Pending p = pending.poll();
    try {
      List<Document> docs = p.docs().get();
      writer.addDocuments(docs);
      written++;
      passages += docs.size() - 1;
      onWritten.accept(written);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IndexException("indexing interrupted; the previous index is kept", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw new IndexException("analysis of " + p.source().id() + " failed: " + cause, cause);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** The source's document followed by one document per sentence. */
  static List<Document> documents(TextAnalyzer analyzer, SourceDocument s, String origin) {
    List<Segment> sentences = analyzer.segment(s.body());
    List<Document> docs = new ArrayList<>(sentences.size() + 1);
    docs.add(sourceDoc(s, origin));
    for (int o = 0; o < sentences.size(); o++) {
      docs.add(passageDoc(s, o, sentences.get(o)));
    }
    return docs;
  }

  private static Document sourceDoc(SourceDocument s, String origin) {
    Document d = new Document();
    d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_SOURCE, Field.Store.NO));
    d.add(new StringField(IndexFields.ORIGIN, origin, Field.Store.YES));
    d.add(new StringField(IndexFields.SOURCE_ID, s.id(), Field.Store.YES));
    d.add(new StringField(IndexFields.FILE, s.file(), Field.Store.YES));
    d.add(new StringField(IndexFields.FILE_HASH, s.fileHash(), Field.Store.YES));
    d.add(new StoredField(IndexFields.META, SourceCodec.encode(s)));
    return d;
  }

  private static Document passageDoc(SourceDocument s, int ordinal, Segment sentence) {
    Document d = new Document();
    d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_PASSAGE, Field.Store.NO));
    d.add(new StringField(IndexFields.SOURCE_ID, s.id(), Field.Store.YES));
    d.add(new StringField(IndexFields.FILE, s.file(), Field.Store.NO));
    d.add(new StoredField(IndexFields.ORDINAL, ordinal));
    d.add(new SortedDocValuesField(IndexFields.SOURCE_ID_SORT, new BytesRef(s.id())));
    d.add(new NumericDocValuesField(IndexFields.ORDINAL_SORT, ordinal));
    d.add(new StoredField(IndexFields.START, sentence.start()));
    d.add(new StoredField(IndexFields.TEXT, sentence.text()));
    d.add(new TextField(IndexFields.TERMS, RetrievalKeys.joined(sentence.words()), Field.Store.NO));
    return d;
  }
}
