package dev.corroborate.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

class BatchWriterTest {
  private static List<SolrInputDocument> docs(String unit, int n) {
    List<SolrInputDocument> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SolrInputDocument d = new SolrInputDocument();
      d.setField("id", unit + "#" + i);
      d.setField("file", unit);
      out.add(d);
    }
    return out;
  }

  @Test
  void unitsAreSentWholeInBatchesAndTheFewestCopiesAreKeptPerUnit() throws Exception {
    List<Integer> batchSizes = new ArrayList<>();
    int[] copies = {2, 1};
    BatchWriter w = new BatchWriter(batch -> {
      batchSizes.add(batch.size());
      return copies[batchSizes.size() - 1];
    }, unit -> { }, 5, new BatchWriter.Retry(1, 0));
    w.add("a", docs("a", 3));
    w.add("b", docs("b", 3));
    w.add("c", docs("c", 2));
    w.flush();
    assertThat(batchSizes).containsExactly(6, 2);
    assertThat(w.sent()).isEqualTo(Map.of("a", 3, "b", 3, "c", 2));
    assertThat(w.copies()).isEqualTo(Map.of("a", 2, "b", 2, "c", 1));
    assertThat(w.failures()).isEmpty();
    assertThat(w.written()).isEqualTo(3);
    assertThat(w.resent()).as("no send failed").isFalse();
  }

  @Test
  void aUnitThatKeepsFailingIsDeletedAndNamedWhileTheOthersOfItsBatchGoThrough() throws Exception {
    List<String> deleted = new ArrayList<>();
    List<Integer> attempts = new ArrayList<>();
    BatchWriter w = new BatchWriter(batch -> {
      attempts.add(batch.size());
      if (batch.stream().anyMatch(d -> "bad".equals(d.getFieldValue("file")))) {
        throw new IOException("refused\nsecond line");
      }
      return BatchWriter.UNKNOWN_COPIES;
    }, deleted::add, 10, new BatchWriter.Retry(3, 0));
    w.add("good", docs("good", 4));
    w.add("bad", docs("bad", 4));
    w.flush();
    assertThat(attempts).as("3 tries of the batch, then each unit alone").containsExactly(8, 8, 8, 4, 4);
    assertThat(w.sent()).isEqualTo(Map.of("good", 4));
    assertThat(deleted).containsExactly("bad");
    assertThat(w.resent()).as("failed sends may have landed in part").isTrue();
    assertThat(w.failures()).containsExactly(
        new BatchWriter.Failure("bad", "refused (after 3 attempts of its batch and 1 alone)"));
  }
}
