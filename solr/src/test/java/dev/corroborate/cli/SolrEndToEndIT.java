package dev.corroborate.cli;

import dev.corroborate.solr.SolrCloudCluster;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The core's end-to-end suite ({@link EndToEndIT}: every golden case byte for byte, the bundled
 * corpus's key dispute, determinism across thread counts) run through the command line with
 * {@code --backend solr} on a real two-node SolrCloud (2 shards x 2 replicas), each run on a fresh
 * collection.
 */
class SolrEndToEndIT extends EndToEndIT {
  private static SolrCloudCluster solr;
  private static final AtomicInteger COLLECTIONS = new AtomicInteger();

  @BeforeAll
  static void start() throws Exception {
    solr = new SolrCloudCluster();
  }

  @AfterAll
  static void stop() throws Exception {
    if (solr != null) {
      solr.close();
    }
  }

  @Override
  protected List<String> where(Path index) throws Exception {
    String collection = "e2e" + COLLECTIONS.incrementAndGet();
    solr.createCollection(collection);
    return List.of("--backend", "solr", "--solr-url", solr.url(), "--collection", collection);
  }
}
