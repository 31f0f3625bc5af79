package dev.corroborate.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corroborate.index.IndexException;
import dev.corroborate.index.IndexFields;
import dev.corroborate.index.IndexLockedException;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.UpdateResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;

/**
 * The collection's write lock, as the local index has one: one document ({@value #ID}, type
 * {@value #TYPE}) created with Solr's optimistic concurrency ({@code _version_ = -1}: only if it does
 * not exist), so of two runs that update the same collection at once the second fails with
 * {@link IndexLockedException} (and {@code check} reads what the collection holds, as locally).
 *
 * <p>A process that dies cannot release it, so the holder refreshes a heartbeat every {@link
 * #HEARTBEAT_MILLIS}; a lock whose heartbeat is older than {@link #STALE_MILLIS} is taken over (again
 * with optimistic concurrency, so two runs cannot both take it). Each refresh checks the lock's
 * version: a holder whose lock was taken over learns it at {@link #release} and its update fails. The
 * document has no matching keys, file or source, so searches and statistics never see it.
 */
final class SolrWriteLock implements AutoCloseable {
  static final String ID = "lock:writer";
  static final String TYPE = "lock";
  static final long HEARTBEAT_MILLIS = 10_000;
  static final long STALE_MILLIS = 60_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SolrClient client;
  private final String collection;
  private final String describe;
  private final LongSupplier clock;
  private final ScheduledExecutorService heartbeat;
  private final String holder;
  private volatile long version;
  private volatile String lost;
  private boolean released;

  private SolrWriteLock(SolrClient client, String collection, String describe, LongSupplier clock, long version,
      String holder) {
    this.client = client;
    this.collection = collection;
    this.describe = describe;
    this.clock = clock;
    this.version = version;
    this.holder = holder;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "corroborate-solr-lock");
      t.setDaemon(true);
      return t;
    });
    heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT_MILLIS, HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Takes the lock or throws {@link IndexLockedException} naming its holder. */
  static SolrWriteLock acquire(SolrClient client, String collection, String describe, LongSupplier clock)
      throws IndexException, IOException, SolrServerException {
    String holder = holderName();
    try {
      return new SolrWriteLock(client, collection, describe, clock, write(client, collection, holder, clock, -1),
          holder);
    } catch (SolrException e) {
      if (e.code() != SolrException.ErrorCode.CONFLICT.code) {
        throw e;
      }
    }
    SolrDocument held = client.getById(collection, ID);
    if (held == null) {
      throw locked(describe, "another corroborate run", "(it was just released: run again)");
    }
    JsonNode meta = JSON.readTree((String) held.getFirstValue(IndexFields.META));
    long beat = meta.path("heartbeat").asLong();
    String who = meta.path("holder").asText("another corroborate run");
    if (clock.getAsLong() - beat < STALE_MILLIS) {
      throw locked(describe, who + " since " + meta.path("since").asText("?"), "");
    }
    try {
      long taken = write(client, collection, holder, clock, ((Number) held.getFirstValue("_version_")).longValue());
      return new SolrWriteLock(client, collection, describe, clock, taken, holder);
    } catch (SolrException e) {
      if (e.code() == SolrException.ErrorCode.CONFLICT.code) {
        throw locked(describe, "another corroborate run", "(it took over a stale lock just now)");
      }
      throw e;
    }
  }

  private static IndexLockedException locked(String describe, String who, String more) {
    return new IndexLockedException("the " + describe + " is locked: " + who + " is updating it" + (more.isEmpty()
        ? "" : " " + more) + " (wait for it to finish and run again; a lock whose holder stopped is taken over after "
        + STALE_MILLIS / 1000 + " s)", null);
  }

  /** Writes the lock document if its version is {@code expected} (-1: absent); returns the new version. */
  private static long write(SolrClient client, String collection, String holder, LongSupplier clock, long expected)
      throws IOException, SolrServerException {
    ObjectNode meta = JSON.createObjectNode();
    long now = clock.getAsLong();
    meta.put("holder", holder);
    meta.put("since", Instant.ofEpochMilli(now).toString());
    meta.put("heartbeat", now);
    SolrInputDocument d = new SolrInputDocument();
    d.addField(SolrFields.ID, ID);
    d.addField(IndexFields.TYPE, TYPE);
    d.addField(IndexFields.META, meta.toString());
    d.addField("_version_", expected);
    UpdateRequest add = new UpdateRequest();
    add.add(d);
    add.setParam("versions", "true");
    UpdateResponse r = add.process(client, collection);
    Object adds = r.getResponse().get("adds");
    if (adds instanceof org.apache.solr.common.util.NamedList<?> list && list.get(ID) instanceof Number v) {
      return v.longValue();
    }
    SolrDocument written = client.getById(collection, ID);
    return ((Number) written.getFirstValue("_version_")).longValue();
  }

  private void beat() {
    if (lost != null) {
      return;
    }
    try {
      version = write(client, collection, holder, clock, version);
    } catch (SolrException e) {
      if (e.code() == SolrException.ErrorCode.CONFLICT.code) {
        lost = "its lock was taken over by another run (no heartbeat for " + STALE_MILLIS / 1000 + " s)";
      }
    } catch (IOException | SolrServerException | RuntimeException e) {
      // A missed beat; the next one tries again.
    }
  }

  /** Refreshes the heartbeat now (tests). */
  void beatNow() {
    beat();
  }

  /** Releases the lock after a finished update; throws when it was taken over meanwhile. */
  void release() throws IndexException {
    close();
    if (lost != null) {
      throw new IndexException("the update of the " + describe + " may have interleaved with another run: " + lost
          + "; run the same command again");
    }
  }

  /** Stops the heartbeat and deletes the lock if it is still this run's (quietly: a failure leaves it to go stale). */
  @Override
  public void close() {
    if (released) {
      return;
    }
    released = true;
    heartbeat.shutdownNow();
    if (lost != null) {
      return;
    }
    try {
      UpdateRequest delete = new UpdateRequest();
      delete.deleteById(ID, version);
      delete.process(client, collection);
    } catch (SolrException | IOException | SolrServerException e) {
      // Not released: the next run takes it over once its heartbeat is stale.
    }
  }

  private static String holderName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "unknown host";
    }
    return "corroborate (process " + ProcessHandle.current().pid() + " on " + host + ")";
  }
}
