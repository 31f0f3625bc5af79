package dev.corroborate.index;

import dev.corroborate.analysis.Passage;
import dev.corroborate.analysis.Sentence;
import dev.corroborate.analysis.TextAnalyzer;
import dev.corroborate.corpus.LoadResult;
import dev.corroborate.corpus.SourceDocument;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * Index stage: keeps a Lucene index of the corpus's passages up to date. Only files whose content
 * hash changed are re-analysed; files gone from the corpus leave the index; everything is committed
 * at once at the end, so an interrupted run leaves the previous commit intact. Sources are analysed
 * in parallel on {@code threads} threads and written in corpus order, so the index is the same
 * whatever the thread timing. One writer per index: a second concurrent update fails fast with an
 * {@link IndexLockedException}, and {@link #lastCommit} reads the last commit meanwhile.
 */
public final class Indexer {
  private final Path indexDir;
  private final TextAnalyzer analyzer;
  private final int threads;

  public Indexer(Path indexDir, TextAnalyzer analyzer, int threads) {
    this.indexDir = indexDir;
    this.analyzer = analyzer;
    this.threads = Math.max(1, threads);
  }

  /** Tiered merging, with every segment that has a deleted document eligible for {@code forceMergeDeletes}. */
  private static TieredMergePolicy mergePolicy() {
    TieredMergePolicy policy = new TieredMergePolicy();
    policy.setForceMergeDeletesPctAllowed(0.0);
    return policy;
  }

  static Analyzer fieldAnalyzer() {
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(IndexFields.TERMS, new WhitespaceAnalyzer()));
  }

  /**
   * Brings the index in line with the loaded corpus.
   *
   * @param rebuild drop the existing index first (also the way out of an incompatible index)
   */
  public IndexStats update(LoadResult corpus, boolean rebuild, Progress progress) throws IndexException {
    try {
      Files.createDirectories(indexDir);
    } catch (IOException e) {
      throw new IndexException("cannot create index folder " + indexDir + ": " + e.getMessage()
          + " (choose a writable folder with --index)", e);
    }
    if (!Files.isWritable(indexDir)) {
      throw new IndexException("index folder " + indexDir + " is read-only (make it writable or choose another with --index)");
    }
    IndexWriterConfig config = new IndexWriterConfig(fieldAnalyzer())
        .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setCommitOnClose(false)
        .setMergePolicy(mergePolicy())
        // Merges run in the writing thread, so that all of them have ended when the update commits.
        .setMergeScheduler(new SerialMergeScheduler());
    try (Directory dir = FSDirectory.open(indexDir);
         IndexWriter writer = new IndexWriter(dir, config)) {
      if (!rebuild) {
        checkCompatible(writer);
      }
      Map<String, IndexedFile> indexed = indexedFiles(writer);
      Map<String, List<SourceDocument>> byFile = new LinkedHashMap<>();
      for (SourceDocument s : corpus.sources()) {
        byFile.computeIfAbsent(s.file(), f -> new ArrayList<>()).add(s);
      }
      int removed = 0;
      for (Map.Entry<String, IndexedFile> e : indexed.entrySet()) {
        if (!byFile.containsKey(e.getKey())) {
          removed += e.getValue().sourceIds().size();
          writer.deleteDocuments(new Term(IndexFields.FILE, e.getKey()));
        }
      }
      List<SourceDocument> todo = new ArrayList<>();
      int unchanged = 0;
      for (Map.Entry<String, List<SourceDocument>> e : byFile.entrySet()) {
        IndexedFile before = indexed.get(e.getKey());
        String hash = e.getValue().get(0).fileHash();
        if (before != null && hash.equals(before.hash())) {
          unchanged += e.getValue().size();
        } else {
          if (before != null) {
            Set<String> now = new HashSet<>();
            e.getValue().forEach(s -> now.add(s.id()));
            removed += (int) before.sourceIds().stream().filter(id -> !now.contains(id)).count();
            writer.deleteDocuments(new Term(IndexFields.FILE, e.getKey()));
          }
          todo.addAll(e.getValue());
        }
      }
      writeAnalysed(writer, todo, progress);
      // Deleted documents (of changed or removed files) still count in BM25's statistics until they
      // are merged away; expunge them so that the scores, and so the report, do not depend on the
      // index's history: an index brought up to date scores as one built afresh.
      writer.forceMergeDeletes(true);
      Map<String, String> commitData = new TreeMap<>();
      commitData.put(IndexFields.USER_FORMAT, IndexFields.FORMAT);
      commitData.put(IndexFields.USER_ANALYSIS, analyzer.settings());
      writer.setLiveCommitData(commitData.entrySet());
      writer.commit();
      int[] counts = countDocs(writer);
      return new IndexStats(todo.size(), unchanged, removed, corpus.skipped(), counts[0], counts[1],
          corpus.warnings(), "");
    } catch (LockObtainFailedException e) {
      throw new IndexLockedException("index " + indexDir + " is locked: another corroborate run is updating it"
          + " (wait for it to finish and run again; the lock goes with that process, even if it is killed)", e);
    } catch (AccessDeniedException e) {
      throw new IndexException("cannot write to the index " + indexDir + ": permission denied on " + e.getFile()
          + " (make it writable or choose another folder with --index)", e);
    } catch (IOException e) {
      throw new IndexException("cannot update the index " + indexDir + ": " + e.getMessage()
          + " (run 'corroborate index --rebuild' to start it afresh)", e);
    }
  }

  /**
   * The index as its last commit left it, without updating it: for reading while another process
   * holds the write lock. The counts of work done are 0; {@code why} says why it was not updated.
   *
   * @throws IndexLockedException when there is no commit yet (the first index is still being built)
   * @throws IndexException when the last commit is unreadable or made by an incompatible version
   */
  public IndexStats lastCommit(LoadResult corpus, String why) throws IndexException {
    try (Directory dir = FSDirectory.open(indexDir);
         DirectoryReader reader = DirectoryReader.open(dir)) {
      checkCompatible(reader.getIndexCommit().getUserData());
      IndexSearcher searcher = new IndexSearcher(reader);
      return new IndexStats(0, 0, 0, corpus.skipped(),
          searcher.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_SOURCE))),
          searcher.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE))),
          corpus.warnings(), why);
    } catch (IndexNotFoundException e) {
      throw new IndexLockedException("index " + indexDir + " is being built by another corroborate run and has"
          + " no committed version yet (wait for it to finish and run again)", e);
    } catch (IOException e) {
      throw new IndexException("cannot read the index " + indexDir + ": " + e.getMessage()
          + " (run 'corroborate index --rebuild' once the other run has finished)", e);
    }
  }

  private void checkCompatible(IndexWriter writer) throws IndexException, IOException {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live == null) {
      return;
    }
    live.forEach(e -> data.put(e.getKey(), e.getValue()));
    checkCompatible(data);
  }

  private void checkCompatible(Map<String, String> data) throws IndexException {
    if (data.isEmpty()) {
      return;
    }
    String format = data.get(IndexFields.USER_FORMAT);
    String analysis = data.get(IndexFields.USER_ANALYSIS);
    if (!IndexFields.FORMAT.equals(format) || !analyzer.settings().equals(analysis)) {
      throw new IndexException("index " + indexDir + " was made by an incompatible version of corroborate (format "
          + format + ", analysis " + analysis + "; this version writes format " + IndexFields.FORMAT + ", analysis "
          + analyzer.settings() + "): run 'corroborate index --rebuild'");
    }
  }

  private void writeAnalysed(IndexWriter writer, List<SourceDocument> todo, Progress progress)
      throws IOException, IndexException {
    if (todo.isEmpty()) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, todo.size()), r -> {
      Thread t = new Thread(r, "corroborate-analysis");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<List<Sentence>>> futures = new ArrayList<>(todo.size());
      for (SourceDocument s : todo) {
        futures.add(pool.submit(() -> analyzer.analyze(s.body())));
      }
      for (int i = 0; i < todo.size(); i++) {
        SourceDocument s = todo.get(i);
        List<Sentence> sentences = futures.get(i).get();
        List<Document> docs = new ArrayList<>(sentences.size() + 1);
        docs.add(sourceDoc(s));
        for (int o = 0; o < sentences.size(); o++) {
          docs.add(passageDoc(s, new Passage(s.id(), o, sentences.get(o))));
        }
        writer.addDocuments(docs);
        progress.update("analysing", i + 1, todo.size());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IndexException("indexing interrupted; the previous index is kept", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw new IndexException("analysis failed: " + cause, cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Document sourceDoc(SourceDocument s) {
    Document d = new Document();
    d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_SOURCE, Field.Store.NO));
    d.add(new StringField(IndexFields.SOURCE_ID, s.id(), Field.Store.YES));
    d.add(new StringField(IndexFields.FILE, s.file(), Field.Store.YES));
    d.add(new StringField(IndexFields.FILE_HASH, s.fileHash(), Field.Store.YES));
    d.add(new StoredField(IndexFields.META, SourceCodec.encode(s)));
    return d;
  }

  private static Document passageDoc(SourceDocument s, Passage p) {
    Document d = new Document();
    d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_PASSAGE, Field.Store.NO));
    d.add(new StringField(IndexFields.SOURCE_ID, s.id(), Field.Store.YES));
    d.add(new StringField(IndexFields.FILE, s.file(), Field.Store.NO));
    d.add(new StoredField(IndexFields.ORDINAL, p.ordinal()));
    d.add(new SortedDocValuesField(IndexFields.SOURCE_ID_SORT, new BytesRef(s.id())));
    d.add(new NumericDocValuesField(IndexFields.ORDINAL_SORT, p.ordinal()));
    d.add(new StoredField(IndexFields.START, p.sentence().start()));
    d.add(new StoredField(IndexFields.TEXT, p.text()));
    d.add(new StoredField(IndexFields.TOKENS, TokenCodec.encode(p.tokens(), p.sentence().start())));
    StringBuilder terms = new StringBuilder();
    p.tokens().forEach(t -> {
      if (!t.isPunctuation() && !t.key().isBlank()) {
        terms.append(t.key().replaceAll("\\s+", "_")).append(' ');
        String surface = dev.corroborate.analysis.Stemmer.key(t.text());
        if (!surface.equals(t.key()) && !surface.isBlank()) {
          terms.append(surface.replaceAll("\\s+", "_")).append(' ');
        }
      }
    });
    d.add(new TextField(IndexFields.TERMS, terms.toString(), Field.Store.NO));
    return d;
  }

  /** What the index holds of one corpus file: the hash it was indexed with and the sources it gave. */
  private record IndexedFile(String hash, Set<String> sourceIds) {}

  private static Map<String, IndexedFile> indexedFiles(IndexWriter writer) throws IOException {
    Map<String, IndexedFile> out = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = reader.storedFields();
      for (ScoreDoc sd : searcher.search(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_SOURCE)),
          Math.max(1, reader.maxDoc())).scoreDocs) {
        Document d = stored.document(sd.doc);
        out.computeIfAbsent(d.get(IndexFields.FILE), f -> new IndexedFile(d.get(IndexFields.FILE_HASH), new TreeSet<>()))
            .sourceIds().add(d.get(IndexFields.SOURCE_ID));
      }
    }
    return out;
  }

  private static int[] countDocs(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      return new int[] {
        searcher.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_SOURCE))),
        searcher.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE)))
      };
    }
  }
}
