package dev.corroborate.solr;

import dev.corroborate.analysis.SentenceCache;
import dev.corroborate.analysis.TextAnalyzer;
import dev.corroborate.backend.SearchBackend;
import dev.corroborate.corpus.LoadResult;
import dev.corroborate.corpus.SourceCollection;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.diag.BadInputException;
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
import java.util.HashMap;
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
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.UpdateResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
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
  /** Every document but the write lock. */
  private static final String SOURCES_AND_PASSAGES = IndexFields.TYPE + ":(" + IndexFields.TYPE_SOURCE + " OR "
      + IndexFields.TYPE_PASSAGE + ")";
  /** Files per delete-by-query (Solr's default limit is 1024 clauses). */
  private static final int DELETE_CHUNK = 500;
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

  String collection() {
    return settings.collection();
  }

  @Override
  public String describe() {
    return "Solr collection " + collection() + " at " + String.join(",", settings.urls());
  }

  @Override
  public IndexStats update(LoadResult corpus, boolean rebuild, TextAnalyzer analyzer, int threads, Progress progress)
      throws IndexException {
    try (SolrWriteLock lock = lock()) {
      if (rebuild) {
        retrying(() -> client.deleteByQuery(collection(), SOURCES_AND_PASSAGES));
      }
      UpdatePlan plan = UpdatePlan.of(rebuild ? Map.of() : indexedFiles(IndexFields.ORIGIN_CORPUS), corpus.sources());
      for (String file : plan.filesToDelete()) {
        deleteFile(file);
      }
      BatchWriter written = write(plan.todo(), IndexFields.ORIGIN_CORPUS, analyzer, threads, progress);
      List<BatchWriter.Failure> failures = new ArrayList<>(written.failures());
      boolean deleted = rebuild || !plan.filesToDelete().isEmpty() || written.resent();
      if (deleted || !plan.todo().isEmpty()) {
        // Nothing to commit otherwise: a commit would only open new searchers on every replica for the
        // lock document's add.
        commit(deleted);
      }
      List<String> warnings = new ArrayList<>(corpus.warnings());
      underReplicated(written.copies()).ifPresent(warnings::add);
      failures.addAll(verify(written.sent(), plan.todo(), analyzer, threads, warnings));
      int[] counts = counts();
      if (!failures.isEmpty()) {
        throw new IndexException(failureMessage(failures,
            (int) plan.todo().stream().map(SourceDocument::file).distinct().count()));
      }
      lock.release();
      return new IndexStats(plan.todo().size(), plan.unchanged(), plan.removed(), corpus.skipped(), counts[0],
          counts[1], warnings, "");
    } catch (IOException | SolrServerException | SolrException e) {
      throw new IndexException("cannot update the " + describe() + ": " + e.getMessage()
          + " (are its nodes up? 'corroborate solr init' creates the collection)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IndexException("update of the " + describe() + " interrupted", e);
    }
  }

  /** Takes the collection's write lock (see {@link SolrWriteLock}); close it when done. */
  SolrWriteLock lock() throws IndexException, IOException, SolrServerException {
    return SolrWriteLock.acquire(client, collection(), describe(), System::currentTimeMillis);
  }

  String failureMessage(List<BatchWriter.Failure> failures, int tried) {
    return failureMessage(failures, tried, "file", "files");
  }

  /** Names each unit that could not be written, with the reason, under a line counting them. */
  String failureMessage(List<BatchWriter.Failure> failures, int tried, String unit, String units) {
    StringBuilder sb = new StringBuilder();
    sb.append(failures.size()).append(' ').append(failures.size() == 1 ? unit : units).append(" of ").append(tried)
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
   * acknowledged. Documents acknowledged by both replicas of a shard but not yet committed can be gone
   * when the shard's leader node stops before the commit (seen in SolrNodeFailureIT: every file short
   * by the documents of that shard; a second commit did not bring them back, writing them again did).
   * A file found short is written once more and committed, with a warning; one still short is deleted
   * (whole or absent) and returned as a failure.
   */
  List<BatchWriter.Failure> verify(Map<String, Integer> sent, List<SourceDocument> todo,
      TextAnalyzer analyzer, int threads, List<String> warnings) throws IOException, SolrServerException,
      InterruptedException, IndexException {
    List<String> shortFiles = shortFiles(sent);
    if (shortFiles.isEmpty()) {
      return List.of();
    }
    warnings.add(files(shortFiles.size()) + " missing documents that Solr had acknowledged, after the commit (a"
        + " shard changed leader?), and written again: " + String.join(", ", shortFiles));
    List<SourceDocument> again = todo.stream().filter(s -> shortFiles.contains(s.file())).toList();
    BatchWriter rewritten = write(again, IndexFields.ORIGIN_CORPUS, analyzer, threads, Progress.none());
    commit(true);
    List<BatchWriter.Failure> out = new ArrayList<>(rewritten.failures());
    for (String file : shortFiles(rewritten.sent())) {
      deleteFile(file);
      out.add(new BatchWriter.Failure(file, "documents acknowledged by Solr were missing after the commit, even"
          + " after writing them again (a shard without a leader?); deleted again"));
    }
    commit(true);
    return out;
  }

  private static String files(int n) {
    return n + (n == 1 ? " file was" : " files were");
  }

  /**
   * A warning when some files' batches reached fewer copies than the collection keeps per shard (a
   * replica down or recovering while they were sent): they are committed, and Solr brings the other
   * replicas up to date when they recover, but until then one node holds them.
   */
  java.util.Optional<String> underReplicated(Map<String, Integer> copies) {
    int replicas = replicasPerShard();
    List<String> files = copies.entrySet().stream().filter(e -> e.getValue() < replicas).map(Map.Entry::getKey)
        .sorted().toList();
    if (files.isEmpty()) {
      return java.util.Optional.empty();
    }
    int fewest = copies.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    return java.util.Optional.of(files.size() + (files.size() == 1 ? " file" : " files") + " reached only " + fewest
        + " of " + replicas + " copies when written (a replica down or recovering; Solr brings it up to date when it"
        + " recovers): " + String.join(", ", files));
  }

  /** The files holding fewer (or more) documents than were sent for them (asked a few hundred files at a time). */
  List<String> shortFiles(Map<String, Integer> sent) throws IOException, SolrServerException {
    List<String> files = new ArrayList<>(new TreeSet<>(sent.keySet()));
    List<String> out = new ArrayList<>();
    for (int from = 0; from < files.size(); from += DELETE_CHUNK) {
      List<String> chunk = files.subList(from, Math.min(files.size(), from + DELETE_CHUNK));
      SolrQuery q = SolrQueries.count("*:*");
      q.addFilterQuery(IndexFields.FILE + ":(" + String.join(" OR ",
          chunk.stream().map(ClientUtils::escapeQueryChars).toList()) + ")");
      q.setFacet(true);
      q.addFacetField(IndexFields.FILE);
      q.setFacetLimit(-1);
      q.setFacetMinCount(1);
      Map<String, Long> held = new HashMap<>();
      var field = client.query(collection(), q).getFacetField(IndexFields.FILE);
      if (field != null && field.getValues() != null) {
        field.getValues().forEach(c -> held.put(c.getName(), c.getCount()));
      }
      for (String file : chunk) {
        if (held.getOrDefault(file, 0L) != sent.get(file).longValue()) {
          out.add(file);
        }
      }
    }
    return out;
  }

  /** Analyses the sources on {@code threads} threads, in order, and streams them in batches. */
  BatchWriter write(List<SourceDocument> todo, String origin, TextAnalyzer analyzer,
      int threads, Progress progress) throws InterruptedException, IndexException {
    BatchWriter batches = new BatchWriter(senders.apply(this::send), this::deleteFile, batchDocs, retry);
    int n = Math.max(1, Math.min(threads, todo.size()));
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "corroborate-analysis");
      t.setDaemon(true);
      return t;
    });
    try {
      int window = 64 * n;
      List<Future<List<SolrInputDocument>>> inFlight = new ArrayList<>();
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

  /** Adds a batch; returns the replication factor Solr achieved for it, when the client can tell. */
  private int send(List<SolrInputDocument> docs) throws IOException, SolrServerException {
    UpdateResponse response = client.add(collection(), docs);
    return client instanceof CloudSolrClient cloud
        ? cloud.getMinAchievedReplicationFactor(collection(), response.getResponse())
        : BatchWriter.UNKNOWN_COPIES;
  }

  /** The fewest replicas any shard of the collection has, when the client knows the cluster's state. */
  private int replicasPerShard() {
    if (!(client instanceof CloudSolrClient cloud)) {
      return 0;
    }
    try {
      DocCollection state = cloud.getClusterState().getCollectionOrNull(collection());
      return state == null ? 0
          : state.getSlices().stream().mapToInt(slice -> slice.getReplicas().size()).min().orElse(0);
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** Deletes every document of a corpus file or imported record. */
  void deleteFile(String file) throws IOException, SolrServerException, InterruptedException {
    deleteFiles(List.of(file));
  }

  /** Deletes every document of these corpus files or imported records, a few hundred per request. */
  void deleteFiles(List<String> files) throws IOException, SolrServerException, InterruptedException {
    for (int from = 0; from < files.size(); from += DELETE_CHUNK) {
      StringBuilder q = new StringBuilder(IndexFields.FILE).append(":(");
      for (int i = from; i < Math.min(files.size(), from + DELETE_CHUNK); i++) {
        q.append(i > from ? " OR " : "").append(ClientUtils.escapeQueryChars(files.get(i)));
      }
      String query = q.append(')').toString();
      retrying(() -> client.deleteByQuery(collection(), query));
    }
  }

  /**
   * Commits, waiting for the new searchers, and, with {@code expunge}, merges segments holding deleted
   * documents (so document frequencies, and so scores, are as in a fresh index); retried with backoff
   * as batches are (a shard whose leader went down refuses commits until a new leader is elected).
   * Only sources and passages matter for scores: the lock document's old versions, deleted at each
   * heartbeat and release, carry no matching keys, so an update that deleted no data does not
   * expunge (rewriting a shard's segments for them cost 3 s of a 17 s index of Reuters).
   */
  void commit(boolean expunge) throws IOException, SolrServerException, InterruptedException {
    UpdateRequest commit = new UpdateRequest();
    commit.setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true);
    if (expunge) {
      commit.setParam("expungeDeletes", "true");
    }
    retrying(() -> commit.process(client, collection()));
  }

  interface Call {
    void run() throws IOException, SolrServerException;
  }

  /** Runs a call with the batches' retries and backoff; the last failure is thrown. */
  void retrying(Call call) throws IOException, SolrServerException, InterruptedException {
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

  int[] counts() throws IOException, SolrServerException {
    return new int[] {
      (int) client.query(collection(), SolrQueries.count(IndexFields.TYPE + ":" + IndexFields.TYPE_SOURCE))
          .getResults().getNumFound(),
      (int) client.query(collection(), SolrQueries.count(IndexFields.TYPE + ":" + IndexFields.TYPE_PASSAGE))
          .getResults().getNumFound()
    };
  }

  /** What the collection holds of one origin, by file. */
  private Map<String, IndexedFile> indexedFiles(String origin) throws IOException, SolrServerException {
    return indexedByOrigin(IndexFields.ORIGIN + ":" + ClientUtils.escapeQueryChars(origin), new HashMap<>())
        .getOrDefault(origin, Map.of());
  }

  /**
   * What the collection holds, by origin and file, of the sources matching {@code filter}; fills
   * {@code originOfId} with each source id's origin.
   */
  Map<String, Map<String, IndexedFile>> indexedByOrigin(String filter, Map<String, String> originOfId)
      throws IOException, SolrServerException {
    Map<String, Map<String, IndexedFile>> out = new TreeMap<>();
    SolrQuery q = new SolrQuery("+" + IndexFields.TYPE + ":" + IndexFields.TYPE_SOURCE + " +" + filter);
    q.set("defType", "lucene");
    q.setFields(IndexFields.SOURCE_ID, IndexFields.FILE, IndexFields.FILE_HASH, IndexFields.ORIGIN);
    q.addSort(SolrFields.ID, SolrQuery.ORDER.asc);
    q.setRows(PAGE);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      var r = client.query(collection(), q);
      for (SolrDocument d : r.getResults()) {
        String file = (String) d.getFirstValue(IndexFields.FILE);
        String origin = (String) d.getFirstValue(IndexFields.ORIGIN);
        String id = (String) d.getFirstValue(IndexFields.SOURCE_ID);
        originOfId.put(id, origin);
        out.computeIfAbsent(origin, o -> new TreeMap<>()).computeIfAbsent(file, f -> new IndexedFile(
            (String) d.getFirstValue(IndexFields.FILE_HASH), new TreeSet<>())).sourceIds().add(id);
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
      TextAnalyzer analyzer, int threads, Progress progress) throws IndexException, BadInputException {
    return new SolrImport(this, analyzer, threads).run(collections, strict, progress);
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
