package dev.corroborate.solr;

import dev.corroborate.analysis.TextAnalyzer;
import dev.corroborate.corpus.Skip;
import dev.corroborate.corpus.SourceCollection;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import dev.corroborate.index.IndexException;
import dev.corroborate.index.IndexFields;
import dev.corroborate.index.IndexStats;
import dev.corroborate.index.IndexedFile;
import dev.corroborate.index.Indexer;
import dev.corroborate.index.Progress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;

/**
 * {@code import --backend solr}: streams collection files (JSON Lines, Reuters-21578) into a Solr
 * collection with the local import's rules. Each record is its own unit, known by its file key and
 * content hash: an unchanged record is skipped, a changed one replaced, one gone from its file
 * deleted; a source id already held from elsewhere (or twice in a file) is skipped and counted. The
 * records are analysed and sent in chunks, so memory stays bounded whatever the file's size; one
 * commit at the end, then every written record's document count is checked as in an update; a record
 * found short is deleted again and reported (the next import retries it), not rewritten, since the
 * import keeps no record once it is sent.
 *
 * <p>With {@code strict}, each file is read through once first and the first unusable record stops
 * the import before anything is sent, so nothing is written (Solr cannot take back what was sent).
 */
final class SolrImport {
  /** Records analysed and sent together. */
  private static final int CHUNK = 2000;
  private final SolrBackend solr;
  private final TextAnalyzer analyzer;
  private final int threads;
  private int indexed;
  private int unchanged;
  private int removed;
  private int empty;
  /** Whether records already held were replaced (their old documents deleted). */
  private boolean replaced;
  /** Whether a batch was sent again after a failed attempt (which may have landed in part). */
  private boolean resent;
  private final List<Skip> skipped = new ArrayList<>();
  private final Map<String, Integer> sent = new LinkedHashMap<>();
  private final Map<String, Integer> copies = new LinkedHashMap<>();
  private final List<BatchWriter.Failure> failures = new ArrayList<>();

  SolrImport(SolrBackend solr, TextAnalyzer analyzer, int threads) {
    this.solr = solr;
    this.analyzer = analyzer;
    this.threads = threads;
  }

  Indexer.ImportStats run(List<SourceCollection> collections, boolean strict, Progress progress)
      throws IndexException, BadInputException {
    try (SolrWriteLock lock = solr.lock()) {
      if (strict) {
        for (SourceCollection c : collections) {
          firstProblem(c);
        }
      }
      Map<String, String> originOfId = new HashMap<>();
      Map<String, Map<String, IndexedFile>> byOrigin = solr.indexedByOrigin("*:*", originOfId);
      for (SourceCollection c : collections) {
        importOne(c, progress, originOfId, byOrigin.getOrDefault(IndexFields.ORIGIN_IMPORT + c.name(), Map.of()));
      }
      if (indexed > 0 || removed > 0) {
        solr.commit(replaced || removed > 0 || resent);
      }
      List<String> warnings = new ArrayList<>();
      solr.underReplicated(copies).ifPresent(warnings::add);
      List<String> shortRecords = solr.shortFiles(sent);
      if (!shortRecords.isEmpty()) {
        solr.deleteFiles(shortRecords);
        solr.commit(true);
        shortRecords.forEach(r -> failures.add(new BatchWriter.Failure(r, "documents acknowledged by Solr were missing"
            + " after the commit (a shard changed leader?); deleted again")));
      }
      if (!failures.isEmpty()) {
        throw new IndexException(solr.failureMessage(failures, indexed, "record", "records"));
      }
      int[] counts = solr.counts();
      lock.release();
      return new Indexer.ImportStats(new IndexStats(indexed, unchanged, removed, skipped, counts[0], counts[1],
          warnings, ""), empty);
    } catch (IOException | SolrServerException | SolrException e) {
      throw new IndexException("cannot import into the " + solr.describe() + ": " + e.getMessage()
          + " (are its nodes up? 'corroborate solr init' creates the collection)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IndexException("import into the " + solr.describe() + " interrupted", e);
    }
  }

  /** Reads a file through (parsing only) and throws its first unusable record as bad input. */
  private static void firstProblem(SourceCollection collection) throws IOException, BadInputException {
    Set<String> ids = new HashSet<>();
    try (SourceCollection.Cursor cursor = collection.open()) {
      for (SourceCollection.Entry e = cursor.next(); e != null; e = cursor.next()) {
        Skip skip = null;
        if (e instanceof SourceCollection.Skipped s) {
          skip = s.skip();
        } else if (e instanceof SourceCollection.Source s && !ids.add(s.source().id())) {
          skip = new Skip(collection.name(), s.line(), "duplicate id '" + s.source().id() + "' (earlier in this file)");
        }
        if (skip != null) {
          throw strictProblem(skip);
        }
      }
    }
  }

  private static BadInputException strictProblem(Skip skip) {
    return new BadInputException(Diagnostic.at(skip.file(), skip.line(), 0, skip.reason(),
        "fix the record, or import without --strict to skip and count it"));
  }

  private void importOne(SourceCollection collection, Progress progress, Map<String, String> originOfId,
      Map<String, IndexedFile> held) throws IOException, BadInputException, SolrServerException, InterruptedException,
      IndexException {
    String origin = IndexFields.ORIGIN_IMPORT + collection.name();
    Set<String> seen = new HashSet<>();
    int total = (int) Math.max(1, collection.sizeBytes() / 1024);
    String stage = "importing " + collection.name() + " (KiB)";
    List<SourceDocument> chunk = new ArrayList<>();
    try (SourceCollection.Cursor cursor = collection.open()) {
      for (SourceCollection.Entry e = cursor.next(); e != null; e = cursor.next()) {
        progress.update(stage, (int) Math.min(total, cursor.bytesRead() / 1024), total);
        if (e instanceof SourceCollection.Empty) {
          empty++;
        } else if (e instanceof SourceCollection.Skipped s) {
          skipped.add(s.skip());
        } else if (e instanceof SourceCollection.Source source) {
          SourceDocument s = source.source();
          String had = originOfId.putIfAbsent(s.id(), origin);
          if ((had != null && !had.equals(origin)) || !seen.add(s.file())) {
            skipped.add(new Skip(collection.name(), source.line(), "duplicate id '" + s.id()
                + "' (already in the collection from elsewhere, or earlier in this file)"));
            continue;
          }
          IndexedFile before = held.get(s.file());
          if (before != null && before.hash().equals(s.fileHash())) {
            unchanged++;
            continue;
          }
          chunk.add(s);
          if (chunk.size() >= CHUNK) {
            send(chunk, held, origin);
            chunk = new ArrayList<>();
          }
        }
      }
    } catch (IOException e) {
      throw new IOException(collection.name() + ": " + e.getMessage(), e);
    }
    send(chunk, held, origin);
    progress.update(stage, total, total);
    List<String> gone = held.keySet().stream().filter(f -> !seen.contains(f)).sorted().toList();
    for (String f : gone) {
      removed += held.get(f).sourceIds().size();
    }
    solr.deleteFiles(gone);
  }

  /** Deletes the old versions of changed records, then analyses and sends the chunk. */
  private void send(List<SourceDocument> chunk, Map<String, IndexedFile> held, String origin)
      throws IOException, SolrServerException, InterruptedException, IndexException {
    if (chunk.isEmpty()) {
      return;
    }
    List<String> old = chunk.stream().map(SourceDocument::file).filter(held::containsKey).toList();
    replaced |= !old.isEmpty();
    solr.deleteFiles(old);
    BatchWriter batches = solr.write(chunk, origin, analyzer, threads, Progress.none());
    indexed += chunk.size();
    sent.putAll(batches.sent());
    copies.putAll(batches.copies());
    failures.addAll(batches.failures());
    resent |= batches.resent();
  }
}
