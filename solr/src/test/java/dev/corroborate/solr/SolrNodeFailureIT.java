package dev.corroborate.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.analysis.SentenceCache;
import dev.corroborate.claims.ClaimsLoader;
import dev.corroborate.corpus.CorpusLoader;
import dev.corroborate.index.IndexException;
import dev.corroborate.index.Progress;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.pipeline.CheckRun;
import dev.corroborate.pipeline.Pipeline;
import dev.corroborate.report.ReportFormat;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nodes of the SolrCloud stopping in the middle of a run: with two replicas of each shard, losing one
 * node is survived with the golden verdicts and stances; with no node left, the run stops with a message
 * naming the collection and what to do. Each test has a cluster of its own, since it stops nodes.
 */
class SolrNodeFailureIT {
  private static final OpenNlpAnalyzer ANALYZER = new OpenNlpAnalyzer();
  private SolrCloudCluster solr;

  @BeforeEach
  void start() throws Exception {
    solr = new SolrCloudCluster();
    solr.createCollection("nodes");
  }

  @AfterEach
  void stop() throws Exception {
    solr.close();
  }

  private static Pipeline pipeline() {
    return new Pipeline(ANALYZER, Lexicon.shipped(), new CorpusLoader(), 2);
  }

  /** Stops the node {@code index} once {@code afterBatches} batches went through. */
  private UnaryOperator<BatchWriter.Sender> stopNodeAfter(int afterBatches, int index, AtomicBoolean stopped) {
    AtomicInteger sent = new AtomicInteger();
    return real -> docs -> {
      int copies = real.send(docs);
      System.out.println("batch " + (sent.get() + 1) + ": " + docs.size() + " documents, " + copies + " copies");
      if (sent.incrementAndGet() == afterBatches && stopped.compareAndSet(false, true)) {
        try {
          JettySolrRunner node = solr.cluster.getJettySolrRunner(index);
          solr.cluster.stopJettySolrRunner(node);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      return copies;
    };
  }

  @Test
  void aNodeStoppedWhileIndexingIsSurvivedByTheReplicasWithTheSameVerdicts() throws Exception {
    AtomicBoolean stopped = new AtomicBoolean();
    SolrBackend backend = solr.backend("nodes", new BatchWriter.Retry(8, 500), 20, stopNodeAfter(2, 1, stopped));
    CheckRun run = pipeline().check("claims.yaml", new ClaimsLoader().load(Path.of("claims.yaml")), Path.of("corpus"),
        backend, Progress.none());
    assertThat(stopped).as("a node was stopped mid-run").isTrue();
    run.index().warnings().forEach(w -> System.out.println("update warning: " + w));
    assertThat(solr.cluster.getJettySolrRunners().stream().filter(JettySolrRunner::isRunning).count()).isEqualTo(1);
    String state = String.valueOf(solr.client().getClusterState().getCollection("nodes"));
    assertThat(run.index().sources()).as("sources after the update; %s", state)
        .isEqualTo(new CorpusLoader().load(Path.of("corpus")).sources().size());
    assertThat(run.report().sources()).as("sources seen by the check; %s", state).hasSize(run.index().sources());
    StringWriter json = new StringWriter();
    ReportFormat.JSON.renderer().render(run.report(), json);
    // Verdicts and every source's stance as in the golden report. Not byte for byte: in 2 of 6
    // instrumented runs the surviving replica of one shard kept 16 deleted documents (a batch sent
    // again after a partial first attempt) that the commit's expungeDeletes did not merge away there,
    // so document frequencies, one passage's BM25 score, evidence order and a confidence differed.
    // With every node up, deleted documents are merged away and the reports are identical (SolrBackendIT).
    assertThat(outcomes(json.toString())).isEqualTo(outcomes(
        Files.readString(Path.of("src/test/resources/golden/seed/expected.json"), StandardCharsets.UTF_8)));
  }

  /** Each claim's verdict and each source's stance on it, one line each. */
  private static List<String> outcomes(String reportJson) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode claim : new ObjectMapper().readTree(reportJson).get("claims")) {
      out.add(claim.get("id").asText() + ": " + claim.get("verdict").asText());
      for (JsonNode source : claim.get("sources")) {
        out.add(claim.get("id").asText() + " / " + source.get("source").asText() + ": "
            + source.get("stance").asText());
      }
    }
    return out;
  }

  @Test
  void withEveryNodeStoppedTheRunStopsWithAClearMessage() throws Exception {
    SolrBackend backend = solr.backend("nodes", new BatchWriter.Retry(2, 10), 50, UnaryOperator.identity());
    pipeline().index(Path.of("corpus"), backend, false, Progress.none());
    for (JettySolrRunner node : solr.cluster.getJettySolrRunners()) {
      solr.cluster.stopJettySolrRunner(node);
    }
    assertThatThrownBy(() -> backend.open(new SentenceCache(ANALYZER)))
        .isInstanceOf(IndexException.class)
        .hasMessageStartingWith("cannot read the Solr collection nodes: ")
        .hasMessageEndingWith("(is it there and are its nodes up? 'corroborate solr init' creates it)");
  }
}
