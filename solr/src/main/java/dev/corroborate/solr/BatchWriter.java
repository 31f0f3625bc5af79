package dev.corroborate.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;

/**
 * Sends documents to a collection in batches of whole units (a corpus file's sources: at least
 * {@code batchDocs} documents a batch, a unit never split), retrying a failed batch with exponential
 * backoff; when a batch still fails, each of its units is tried once alone so the failure is pinned
 * to the unit that causes it. A unit that cannot be written has whatever of it landed deleted again,
 * so the collection holds each unit whole or not at all; the failures are kept, one per unit, with
 * the reason. Not thread-safe.
 */
final class BatchWriter {
  /**
   * Sends one batch and returns the replication factor Solr achieved for it (the fewest copies any of
   * its documents reached, the leader's included), or {@link #UNKNOWN_COPIES}; the real one is
   * {@code client.add(collection, docs)}, tests inject failures.
   */
  interface Sender {
    int send(List<SolrInputDocument> docs) throws IOException, SolrServerException;
  }

  /** What a sender returns when the client does not say how many copies a batch reached. */
  static final int UNKNOWN_COPIES = Integer.MAX_VALUE;

  /** How hard to try: attempts per batch, and the wait before the second attempt (doubling after). */
  record Retry(int attempts, long firstBackoffMillis) {
    Retry {
      if (attempts < 1 || firstBackoffMillis < 0) {
        throw new IllegalArgumentException("attempts >= 1 and backoff >= 0");
      }
    }
  }

  /** A unit that could not be written, and why. */
  record Failure(String unit, String reason) {}

  private final Sender sender;
  private final Deleter deleter;
  private final int batchDocs;
  private final Retry retry;
  private final Map<String, List<SolrInputDocument>> pending = new LinkedHashMap<>();
  private final List<Failure> failures = new ArrayList<>();
  private int pendingDocs;
  private int written;
  private boolean resent;
  /** Documents sent per unit, of the units that went through. */
  private final Map<String, Integer> sent = new LinkedHashMap<>();
  /** The fewest copies Solr reported for any batch of a unit, of the units that went through. */
  private final Map<String, Integer> copies = new LinkedHashMap<>();

  /** Deletes whatever landed of a unit that could not be written. */
  interface Deleter {
    void delete(String unit) throws IOException, SolrServerException, InterruptedException;
  }

  BatchWriter(Sender sender, Deleter deleter, int batchDocs, Retry retry) {
    this.sender = sender;
    this.deleter = deleter;
    this.batchDocs = batchDocs;
    this.retry = retry;
  }

  /** Queues one unit's documents; sends a batch once enough are queued. */
  void add(String unit, List<SolrInputDocument> docs) throws InterruptedException {
    pending.merge(unit, docs, (a, b) -> {
      List<SolrInputDocument> both = new ArrayList<>(a);
      both.addAll(b);
      return both;
    });
    pendingDocs += docs.size();
    if (pendingDocs >= batchDocs) {
      flush();
    }
  }

  /** Sends what is queued. */
  void flush() throws InterruptedException {
    if (pending.isEmpty()) {
      return;
    }
    Map<String, List<SolrInputDocument>> batch = new LinkedHashMap<>(pending);
    pending.clear();
    pendingDocs = 0;
    Attempt whole = attempt(flatten(batch), retry.attempts());
    if (whole.error() == null) {
      written += batch.size();
      batch.forEach((unit, docs) -> landed(unit, docs.size(), whole.copies()));
      return;
    }
    String error = whole.error();
    String tries = retry.attempts() + (retry.attempts() == 1 ? " attempt" : " attempts");
    if (batch.size() == 1) {
      fail(batch.keySet().iterator().next(), error + " (after " + tries + ")");
      return;
    }
    for (Map.Entry<String, List<SolrInputDocument>> e : batch.entrySet()) {
      Attempt alone = attempt(e.getValue(), 1);
      if (alone.error() == null) {
        written++;
        landed(e.getKey(), e.getValue().size(), alone.copies());
      } else {
        fail(e.getKey(), alone.error() + " (after " + tries + " of its batch and 1 alone)");
      }
    }
  }

  private void landed(String unit, int docs, int reached) {
    sent.merge(unit, docs, Integer::sum);
    copies.merge(unit, reached, Math::min);
  }

  /**
   * Whether any send failed (and was retried or given up): a failed send may have landed in part, so
   * the collection may hold documents that the retry replaced (deleted ones to merge away).
   */
  boolean resent() {
    return resent;
  }

  /** Units written so far. */
  int written() {
    return written;
  }

  /** Documents sent per unit, of the units that went through (acknowledged by Solr). */
  Map<String, Integer> sent() {
    return Map.copyOf(sent);
  }

  /**
   * The fewest copies Solr reported for any batch of each unit that went through ({@link #UNKNOWN_COPIES}
   * when the client does not say).
   */
  Map<String, Integer> copies() {
    return Map.copyOf(copies);
  }

  /** Units that could not be written, in the order they were added. */
  List<Failure> failures() {
    return List.copyOf(failures);
  }

  private void fail(String unit, String reason) throws InterruptedException {
    String cleanup = "";
    try {
      deleter.delete(unit);
    } catch (IOException | SolrServerException | SolrException e) {
      cleanup = "; its partly written documents could not be deleted (" + oneLine(e)
          + "), so run 'corroborate index --rebuild' once the collection is healthy";
    }
    failures.add(new Failure(unit, reason + cleanup));
  }

  /** How a send ended: the copies reached when it went through (error null), else the last error. */
  private record Attempt(int copies, String error) {}

  /** Sends with retries. */
  private Attempt attempt(List<SolrInputDocument> docs, int attempts) throws InterruptedException {
    long backoff = retry.firstBackoffMillis();
    String error = null;
    for (int i = 0; i < attempts; i++) {
      if (i > 0) {
        Thread.sleep(backoff);
        backoff *= 2;
      }
      try {
        return new Attempt(sender.send(docs), null);
      } catch (IOException | SolrServerException | SolrException e) {
        error = oneLine(e);
        resent = true;
      }
    }
    return new Attempt(0, error);
  }

  private static List<SolrInputDocument> flatten(Map<String, List<SolrInputDocument>> batch) {
    List<SolrInputDocument> out = new ArrayList<>();
    batch.values().forEach(out::addAll);
    return out;
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
