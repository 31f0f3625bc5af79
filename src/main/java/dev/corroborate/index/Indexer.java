package dev.corroborate.index;

import dev.corroborate.analysis.TextAnalyzer;
import dev.corroborate.corpus.LoadResult;
import dev.corroborate.corpus.Skip;
import dev.corroborate.corpus.SourceCollection;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
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
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

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
  /** Lucene's in-memory buffer before it writes a segment: large enough that a Reuters-sized import flushes once or twice. */
  private static final double RAM_BUFFER_MB = 128;

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
   * Brings the index in line with the loaded corpus folder; imported collections are left as they are.
   *
   * @param rebuild drop the existing index first (also the way out of an incompatible index)
   */
  public IndexStats update(LoadResult corpus, boolean rebuild, Progress progress) throws IndexException {
    return write(rebuild, writer -> {
      Map<String, IndexedFile> indexed = indexedFiles(writer, IndexFields.ORIGIN_CORPUS);
      UpdatePlan plan = UpdatePlan.of(indexed, corpus.sources());
      for (String file : plan.filesToDelete()) {
        writer.deleteDocuments(new Term(IndexFields.FILE, file));
      }
      List<SourceDocument> todo = plan.todo();
      try (SourceWriter sources = new SourceWriter(writer, analyzer, Math.min(threads, Math.max(1, todo.size())),
          n -> progress.update("analysing", n, todo.size()))) {
        for (SourceDocument s : todo) {
          sources.add(s, IndexFields.ORIGIN_CORPUS);
        }
        sources.flush();
      }
      return new IndexStats(todo.size(), plan.unchanged(), plan.removed(), corpus.skipped(), 0, 0, corpus.warnings(), "");
    });
  }

  /**
   * Imports a collection file straight into the index, reading it as a stream: each record is a
   * source, re-analysed only when its content hash changed since the last import of a file of the
   * same name; records gone from the file leave the index; the corpus folder's sources and other
   * collections are left as they are. One commit at the end, as for {@link #update}: a run that is
   * stopped leaves the previous commit intact.
   *
   * @param strict stop at the first skipped record (its problem is thrown as bad input) instead of
   *               counting it and going on
   */
  public ImportStats importCollections(List<SourceCollection> collections, boolean strict, Progress progress)
      throws IndexException, BadInputException {
    ImportCounts counts = new ImportCounts();
    IndexStats stats;
    try {
      stats = write(false, writer -> {
        Map<String, String> originOfId = new HashMap<>();
        Map<String, Map<String, IndexedFile>> byOrigin = indexedByOrigin(writer, originOfId);
        for (SourceCollection c : collections) {
          importOne(writer, c, strict, progress, counts, originOfId,
              byOrigin.getOrDefault(IndexFields.ORIGIN_IMPORT + c.name(), Map.of()));
        }
        return new IndexStats(counts.indexed, counts.unchanged, counts.removed, counts.skipped, 0, 0, List.of(), "");
      });
    } catch (StoppedException e) {
      throw e.bad;
    }
    return new ImportStats(stats, counts.empty);
  }

  /**
   * Imports one collection; {@code originOfId} holds the origin of every source id in the index
   * (as read before the import started, plus the sources imported since).
   */
  private void importOne(IndexWriter writer, SourceCollection collection, boolean strict, Progress progress,
      ImportCounts counts, Map<String, String> originOfId, Map<String, IndexedFile> indexed)
      throws IOException, IndexException {
    String origin = IndexFields.ORIGIN_IMPORT + collection.name();
    Set<String> seen = new HashSet<>();
    int total = (int) Math.max(1, collection.sizeBytes() / 1024);
    String stage = "importing " + collection.name() + " (KiB)";
    try (SourceWriter sources = new SourceWriter(writer, analyzer, threads, n -> { });
         SourceCollection.Cursor cursor = Stop.wrap(collection::open)) {
      for (SourceCollection.Entry e = Stop.wrap(cursor::next); e != null; e = Stop.wrap(cursor::next)) {
        progress.update(stage, (int) Math.min(total, cursor.bytesRead() / 1024), total);
        if (e instanceof SourceCollection.Empty) {
          counts.empty++;
        } else if (e instanceof SourceCollection.Skipped skipped) {
          skip(skipped.skip(), strict, counts);
        } else if (e instanceof SourceCollection.Source source) {
          SourceDocument s = source.source();
          String had = originOfId.putIfAbsent(s.id(), origin);
          if ((had != null && !had.equals(origin)) || !seen.add(s.file())) {
            skip(new Skip(collection.name(), source.line(), "duplicate id '" + s.id()
                + "' (already in the index from elsewhere, or earlier in this file)"), strict, counts);
            continue;
          }
          IndexedFile before = indexed.get(s.file());
          if (before != null && before.hash().equals(s.fileHash())) {
            counts.unchanged++;
            continue;
          }
          if (before != null) {
            writer.deleteDocuments(new Term(IndexFields.FILE, s.file()));
          }
          sources.add(s, origin);
          counts.indexed++;
        }
      }
      sources.flush();
      progress.update(stage, total, total);
    } catch (Stop e) {
      throw e;
    } catch (IOException e) {
      throw new IOException(collection.name() + ": " + e.getMessage(), e);
    }
    for (Map.Entry<String, IndexedFile> e : indexed.entrySet()) {
      if (!seen.contains(e.getKey())) {
        counts.removed += e.getValue().sourceIds().size();
        writer.deleteDocuments(new Term(IndexFields.FILE, e.getKey()));
      }
    }
  }

  private static void skip(Skip skip, boolean strict, ImportCounts counts) throws Stop {
    if (strict) {
      throw Stop.strict(skip);
    }
    counts.skipped.add(skip);
  }

  /**
   * What an import did: the index stats (indexed, unchanged, removed and skipped records of all the
   * files) and the records without a body, which are not sources.
   */
  public record ImportStats(IndexStats index, int empty) {}

  private static final class ImportCounts {
    int indexed;
    int unchanged;
    int removed;
    int empty;
    final List<Skip> skipped = new ArrayList<>();
  }

  /** Bad input met while writing: ends the work without a commit, and leaves {@link #write} as a {@link StoppedException}. */
  private static final class Stop extends IOException {
    private static final long serialVersionUID = 1L;
    final transient BadInputException bad;

    Stop(BadInputException bad) {
      super(bad.getMessage());
      this.bad = bad;
    }

    /** A skipped record under --strict. */
    static Stop strict(Skip skip) {
      return new Stop(new BadInputException(Diagnostic.at(skip.file(), skip.line(), 0, skip.reason(),
          "fix the record, or import without --strict to skip and count it")));
    }

    interface Read<T> {
      T get() throws IOException, BadInputException;
    }

    static <T> T wrap(Read<T> read) throws IOException {
      try {
        return read.get();
      } catch (BadInputException e) {
        throw new Stop(e);
      }
    }
  }

  /** Carries a {@link Stop} out of {@link #write}. */
  private static final class StoppedException extends IndexException {
    private static final long serialVersionUID = 1L;
    final transient BadInputException bad;

    StoppedException(BadInputException bad) {
      super(bad.getMessage());
      this.bad = bad;
    }
  }

  private interface Work {
    IndexStats run(IndexWriter writer) throws IOException, IndexException;
  }

  /** Opens the writer, runs the work, expunges deletes and commits once; the stats get the final counts. */
  private IndexStats write(boolean rebuild, Work work) throws IndexException {
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
        .setRAMBufferSizeMB(RAM_BUFFER_MB)
        .setMergePolicy(mergePolicy())
        // Merges run in the writing thread, so that all of them have ended when the update commits.
        .setMergeScheduler(new SerialMergeScheduler());
    try (Directory dir = FSDirectory.open(indexDir);
         IndexWriter writer = new IndexWriter(dir, config)) {
      if (!rebuild) {
        checkCompatible(writer);
      }
      IndexStats s = work.run(writer);
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
      return new IndexStats(s.indexed(), s.unchanged(), s.removed(), s.skipped(), counts[0], counts[1],
          s.warnings(), "");
    } catch (Stop e) {
      throw new StoppedException(e.bad);
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

  private static Map<String, IndexedFile> indexedFiles(IndexWriter writer, String origin) throws IOException {
    Map<String, IndexedFile> out = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = reader.storedFields();
      for (ScoreDoc sd : searcher.search(new TermQuery(new Term(IndexFields.ORIGIN, origin)),
          Math.max(1, reader.maxDoc())).scoreDocs) {
        Document d = stored.document(sd.doc);
        out.computeIfAbsent(d.get(IndexFields.FILE), f -> new IndexedFile(d.get(IndexFields.FILE_HASH), new TreeSet<>()))
            .sourceIds().add(d.get(IndexFields.SOURCE_ID));
      }
    }
    return out;
  }

  /**
   * What the index holds, read once before an import: the files of each origin, and (into {@code
   * originOfId}) the origin of every source id.
   */
  private static Map<String, Map<String, IndexedFile>> indexedByOrigin(IndexWriter writer,
      Map<String, String> originOfId) throws IOException {
    Map<String, Map<String, IndexedFile>> out = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = reader.storedFields();
      Set<String> fields = Set.of(IndexFields.SOURCE_ID, IndexFields.ORIGIN, IndexFields.FILE, IndexFields.FILE_HASH);
      for (ScoreDoc sd : searcher.search(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_SOURCE)),
          Math.max(1, reader.maxDoc())).scoreDocs) {
        Document d = stored.document(sd.doc, fields);
        String origin = d.get(IndexFields.ORIGIN);
        originOfId.put(d.get(IndexFields.SOURCE_ID), origin);
        out.computeIfAbsent(origin, o -> new HashMap<>())
            .computeIfAbsent(d.get(IndexFields.FILE), f -> new IndexedFile(d.get(IndexFields.FILE_HASH), new TreeSet<>()))
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
