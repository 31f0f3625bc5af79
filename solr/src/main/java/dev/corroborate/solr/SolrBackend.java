package dev.corroborate.solr;

import dev.corroborate.analysis.SentenceCache;
import dev.corroborate.analysis.TextAnalyzer;
import dev.corroborate.backend.SearchBackend;
import dev.corroborate.corpus.LoadResult;
import dev.corroborate.corpus.SourceCollection;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.index.IndexException;
import dev.corroborate.index.IndexFields;
import dev.corroborate.index.IndexStats;
import dev.corroborate.index.IndexedFile;
import dev.corroborate.index.Indexer;
import dev.corroborate.index.Progress;
import dev.corroborate.index.UpdatePlan;
import dev.corroborate.retrieval.PassageIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * A SolrCloud collection as the backend (see the configset in this module's resources). An update
 * works as the local one: the corpus folder's sources are compared with what the collection holds
 * by file content hash ({@link UpdatePlan}); the documents of gone or changed files are deleted; the
 * new and changed sources are analysed on {@code threads} threads and streamed in batches of whole
 * sources with retries and backoff ({@link BatchWriter}); one commit at the end, which also merges
 * deleted documents away so scores do not depend on the collection's history.
 *
 * <p>Unlike the local index, Solr commits what each batch brings when the update commits, not all or
 * nothing. The unit of failure is a corpus file: a file whose documents cannot be written, after the
 * retries, has whatever of it landed deleted again (so it is whole or absent) and is named, with the
 * reason, in the {@link IndexException} thrown after the commit of the others; the next update
 * retries it, since none of its sources holds its hash. Thread-safe; close it to close the client.
 */
public final class SolrBackend implements SearchBackend {
  /** Documents per batch sent to Solr. */
  static final int BATCH_DOCS = 1000;
  static final BatchWriter.Retry RETRY = new BatchWriter.Retry(4, 250);
  private static final int PAGE = 1000;
  private final SolrSettings settings;
  private final SolrClient client;
  private final boolean ownsClient;
  private final BatchWriter.Retry retry;
  private final int batchDocs;
  /** Wraps the sender of batches: the identity, except in tests that make batches fail. */
  private final UnaryOperator<BatchWriter.Sender> senders;

  /** A backend on its own client for these settings. */
  public SolrBackend(SolrSettings settings) {
    this(settings, new CloudHttp2SolrClient.Builder(settings.urls()).build(), true, RETRY, BATCH_DOCS,
        UnaryOperator.identity());
  }

  /** A backend on a client owned by the caller (tests), with these batches and retries, batches sent through {@code senders}. */
  SolrBackend(SolrSettings settings, SolrClient client, boolean ownsClient, BatchWriter.Retry retry, int batchDocs,
      UnaryOperator<BatchWriter.Sender> senders) {
    this.settings = settings;
    this.client = client;
    this.ownsClient = ownsClient;
    this.retry = retry;
    this.batchDocs = batchDocs;
    this.senders = senders;
  }

  private String collection() {
    return settings.collection();
  }

  @Override
  public String describe() {
    return "Solr collection " + collection() + " at " + String.join(",", settings.urls());
  }

  @Override
  public IndexStats update(LoadResult corpus, boolean rebuild, TextAnalyzer analyzer, int threads, Progress progress)
      throws IndexException {
    try {
      if (rebuild) {
        retrying(() -> client.deleteByQuery(collection(), "*:*"));
      }
      UpdatePlan plan = UpdatePlan.of(rebuild ? Map.of() : indexedFiles(IndexFields.ORIGIN_CORPUS), corpus.sources());
      for (String file : plan.filesToDelete()) {
        deleteFile(file);
      }
      BatchWriter written = write(plan.todo(), IndexFields.ORIGIN_CORPUS, analyzer, threads, progress);
      List<BatchWriter.Failure> failures = new ArrayList<>(written.failures());
      commit();
      failures.addAll(verify(written.sent(), plan.todo(), analyzer, threads));
      int[] counts = counts();
      if (!failures.isEmpty()) {
        throw new IndexException(failureMessage(failures,
            (int) plan.todo().stream().map(SourceDocument::file).distinct().count()));
      }
      return new IndexStats(plan.todo().size(), plan.unchanged(), plan.removed(), corpus.skipped(), counts[0],
          counts[1], corpus.warnings(), "");
    } catch (IOException | SolrServerException | SolrException e) {
      throw new IndexException("cannot update the " + describe() + ": " + e.getMessage()
          + " (are its nodes up? 'corroborate solr init' creates the collection)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IndexException("update of the " + describe() + " interrupted", e);
    }
  }

  private String failureMessage(List<BatchWriter.Failure> failures, int tried) {
    StringBuilder sb = new StringBuilder();
    sb.append(failures.size()).append(failures.size() == 1 ? " file" : " files").append(" of ").append(tried)
        .append(" could not be written to the ").append(describe()).append(" and")
        .append(failures.size() == 1 ? " is" : " are").append(" left out whole (the others are committed; run the"
            + " same command again to retry):");
    for (BatchWriter.Failure f : failures) {
      sb.append("\n  ").append(f.unit()).append(": ").append(f.reason());
    }
    return sb.toString();
  }

  /**
   * Checks, after the commit, that every file written holds as many documents as were sent and
   * acknowledged: a shard that lost its leader while batches were going can acknowledge documents
   * that a commit then does not show. A file found short is written once more and committed; one still
   * short is deleted (whole or absent) and returned as a failure.
   */
  private List<BatchWriter.Failure> verify(Map<String, Integer> sent, List<SourceDocument> todo,
      TextAnalyzer analyzer, int threads) throws IOException, SolrServerException, InterruptedException,
      IndexException {
    List<String> shortFiles = shortFiles(sent);
    if (shortFiles.isEmpty()) {
      return List.of();
    }
    List<SourceDocument> again = todo.stream().filter(s -> shortFiles.contains(s.file())).toList();
    BatchWriter rewritten = write(again, IndexFields.ORIGIN_CORPUS, analyzer, threads, Progress.none());
    commit();
    List<BatchWriter.Failure> out = new ArrayList<>(rewritten.failures());
    for (String file : shortFiles(rewritten.sent())) {
      deleteFile(file);
      out.add(new BatchWriter.Failure(file, "documents acknowledged by Solr were missing after the commit, twice"
          + " (a shard without a leader?); deleted again"));
    }
    commit();
    return out;
  }

  /** The files holding fewer (or more) documents than were sent for them. */
  private List<String> shortFiles(Map<String, Integer> sent) throws IOException, SolrServerException {
    if (sent.isEmpty()) {
      return List.of();
    }
    SolrQuery q = SolrQueries.count("*:*");
    q.setFacet(true);
    q.addFacetField(IndexFields.FILE);
    q.setFacetLimit(-1);
    q.setFacetMinCount(1);
    Map<String, Long> held = new java.util.HashMap<>();
    var field = client.query(collection(), q).getFacetField(IndexFields.FILE);
    if (field != null && field.getValues() != null) {
      field.getValues().forEach(c -> held.put(c.getName(), c.getCount()));
    }
    List<String> out = new ArrayList<>();
    sent.forEach((file, n) -> {
      if (held.getOrDefault(file, 0L) != n.longValue()) {
        out.add(file);
      }
    });
    return out;
  }

  /** Analyses the sources on {@code threads} threads, in order, and streams them in batches. */
  private BatchWriter write(List<SourceDocument> todo, String origin, TextAnalyzer analyzer,
      int threads, Progress progress) throws InterruptedException, IndexException {
    BatchWriter batches = new BatchWriter(senders.apply(docs -> client.add(collection(), docs)), this::deleteFile,
        batchDocs, retry);
    int n = Math.max(1, Math.min(threads, todo.size()));
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "corroborate-analysis");
      t.setDaemon(true);
      return t;
    });
    try {
      int window = 64 * n;
      List<Future<List<org.apache.solr.common.SolrInputDocument>>> inFlight = new ArrayList<>();
      int next = 0;
      for (int i = 0; i < todo.size(); i++) {
        while (next < todo.size() && next < i + window) {
          SourceDocument s = todo.get(next++);
          inFlight.add(pool.submit(() -> SolrDocuments.of(analyzer, s, origin)));
        }
        SourceDocument s = todo.get(i);
        try {
          batches.add(s.file(), inFlight.set(i, null).get());
        } catch (ExecutionException e) {
          throw new IndexException("analysis of " + s.id() + " failed: " + e.getCause(), e.getCause());
        }
        progress.update("analysing", i + 1, todo.size());
      }
      batches.flush();
      return batches;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Deletes every document of a corpus file (of any origin: import is not supported yet). */
  private void deleteFile(String file) throws IOException, SolrServerException, InterruptedException {
    retrying(() -> client.deleteByQuery(collection(), IndexFields.FILE + ":" + ClientUtils.escapeQueryChars(file)));
  }

  /**
   * Commits, waiting for the new searchers, and merges deleted documents away; retried with backoff
   * as batches are (a shard whose leader went down refuses commits until a new leader is elected).
   */
  private void commit() throws IOException, SolrServerException, InterruptedException {
    UpdateRequest commit = new UpdateRequest();
    commit.setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true);
    commit.setParam("expungeDeletes", "true");
    retrying(() -> commit.process(client, collection()));
  }

  private interface Call {
    void run() throws IOException, SolrServerException;
  }

  /** Runs a call with the batches' retries and backoff; the last failure is thrown. */
  private void retrying(Call call) throws IOException, SolrServerException, InterruptedException {
    long backoff = retry.firstBackoffMillis();
    for (int i = 1; ; i++) {
      try {
        call.run();
        return;
      } catch (IOException | SolrServerException | SolrException e) {
        if (i >= retry.attempts()) {
          throw e;
        }
      }
      Thread.sleep(backoff);
      backoff *= 2;
    }
  }

  private int[] counts() throws IOException, SolrServerException {
    return new int[] {
      (int) client.query(collection(), SolrQueries.count(IndexFields.TYPE + ":" + IndexFields.TYPE_SOURCE))
          .getResults().getNumFound(),
      (int) client.query(collection(), SolrQueries.count(IndexFields.TYPE + ":" + IndexFields.TYPE_PASSAGE))
          .getResults().getNumFound()
    };
  }

  /** What the collection holds of one origin, by file. */
  private Map<String, IndexedFile> indexedFiles(String origin) throws IOException, SolrServerException {
    Map<String, IndexedFile> out = new TreeMap<>();
    SolrQuery q = new SolrQuery("+" + IndexFields.TYPE + ":" + IndexFields.TYPE_SOURCE + " +" + IndexFields.ORIGIN
        + ":" + ClientUtils.escapeQueryChars(origin));
    q.set("defType", "lucene");
    q.setFields(IndexFields.SOURCE_ID, IndexFields.FILE, IndexFields.FILE_HASH);
    q.addSort(SolrFields.ID, SolrQuery.ORDER.asc);
    q.setRows(PAGE);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      var r = client.query(collection(), q);
      for (SolrDocument d : r.getResults()) {
        String file = (String) d.getFirstValue(IndexFields.FILE);
        out.computeIfAbsent(file, f -> new IndexedFile((String) d.getFirstValue(IndexFields.FILE_HASH),
            new TreeSet<>())).sourceIds().add((String) d.getFirstValue(IndexFields.SOURCE_ID));
      }
      String nextCursor = r.getNextCursorMark();
      if (nextCursor == null || nextCursor.equals(cursor)) {
        return out;
      }
      cursor = nextCursor;
    }
  }

  @Override
  public IndexStats lastCommit(LoadResult corpus, String why, TextAnalyzer analyzer) throws IndexException {
    try {
      int[] counts = counts();
      return new IndexStats(0, 0, 0, corpus.skipped(), counts[0], counts[1], corpus.warnings(), why);
    } catch (IOException | SolrServerException | SolrException e) {
      throw new IndexException("cannot read the " + describe() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Indexer.ImportStats importCollections(List<SourceCollection> collections, boolean strict,
      TextAnalyzer analyzer, int threads, Progress progress) throws IndexException {
    throw new IndexException("'import' into a Solr collection is not supported yet: import into the local index"
        + " (without --backend solr), or put the records in the corpus folder as .jsonl and run 'index --backend solr'");
  }

  @Override
  public PassageIndex open(SentenceCache analysis) throws IndexException {
    return SolrPassageIndex.open(client, collection(), analysis);
  }

  @Override
  public void close() {
    if (ownsClient) {
      try {
        client.close();
      } catch (IOException e) {
        // Nothing is lost: the client only held connections.
      }
    }
  }
}
