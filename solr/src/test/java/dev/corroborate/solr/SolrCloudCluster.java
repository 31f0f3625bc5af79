package dev.corroborate.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/** A real two-node SolrCloud with embedded ZooKeeper in the test JVM, with corroborate's configset. */
public final class SolrCloudCluster implements AutoCloseable {
  static final int NODES = 2;
  static final int SHARDS = 2;
  static final int REPLICAS = 2;
  final MiniSolrCloudCluster cluster;
  private final Path base;

  /** A cluster with corroborate's configset uploaded (as an administrator would). */
  public SolrCloudCluster() throws Exception {
    this(true);
  }

  /** A cluster with corroborate's configset uploaded, or with none (for 'solr init' to upload it). */
  SolrCloudCluster(boolean withConfigset) throws Exception {
    base = Files.createTempDirectory("corroborate-solrcloud");
    MiniSolrCloudCluster.Builder builder = new MiniSolrCloudCluster.Builder(NODES, base.resolve("nodes"));
    if (withConfigset) {
      builder.addConfig(SolrConfigset.NAME, SolrConfigset.writeTo(base.resolve("configset")));
    }
    cluster = builder.build();
  }

  /** Creates a collection of 2 shards with 2 replicas each and waits until all 4 are active. */
  public void createCollection(String name) throws Exception {
    CollectionAdminRequest.createCollection(name, SolrConfigset.NAME, SHARDS, REPLICAS).process(client());
    cluster.waitForActiveCollection(name, 60, TimeUnit.SECONDS, SHARDS, SHARDS * REPLICAS);
  }

  /** The base URL of the first node, as a user gives it with --solr-url. */
  public String url() {
    return cluster.getJettySolrRunners().get(0).getBaseUrl().toString();
  }

  CloudSolrClient client() {
    return cluster.getSolrClient();
  }

  /** A backend on the cluster's client, for this collection. */
  SolrBackend backend(String collection, BatchWriter.Retry retry, int batchDocs) {
    return backend(collection, retry, batchDocs, UnaryOperator.identity());
  }

  /** A backend whose batches go through {@code senders} (to make them fail, or stop a node between them). */
  SolrBackend backend(String collection, BatchWriter.Retry retry, int batchDocs,
      UnaryOperator<BatchWriter.Sender> senders) {
    String url = cluster.getJettySolrRunners().get(0).getBaseUrl().toString();
    return new SolrBackend(new SolrSettings(java.util.List.of(url), collection), client(), false, retry, batchDocs,
        senders);
  }

  @Override
  public void close() throws Exception {
    cluster.shutdown();
  }
}
