package dev.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

class GreedyTaggerTest {
  private static final String[] SENTENCE = {"The", "company", "said", "about", "1,200", "workers", "were", "on",
      "strike", "and", "that", "two", "berths", "remained", "open", "."};

  @Test
  void theGreedyModelKeepsTheModelsOwnFeatureGeneratorsAndTags() throws Exception {
    POSModel original = new POSModel(OpenNlpAnalyzer.open(OpenNlpAnalyzer.POS));
    POSModel greedy = OpenNlpAnalyzer.greedy(original);
    // Carried in the model, the description is read by every thread alike; left out, OpenNLP filled
    // in its default lazily and without a lock, and two threads could race on it.
    byte[] kept = greedy.getArtifact(OpenNlpAnalyzer.FEATURE_GENERATOR);
    assertThat(kept).isEqualTo((byte[]) original.getArtifact(OpenNlpAnalyzer.FEATURE_GENERATOR));
    assertThat(OpenNlpAnalyzer.tagger(greedy).tag(SENTENCE)).containsExactly(new POSTaggerME(original).tag(SENTENCE));
  }

  @Test
  void taggersMadeAtOnceOnAFreshModelAllTag() throws Exception {
    POSModel greedy = OpenNlpAnalyzer.greedy(new POSModel(OpenNlpAnalyzer.open(OpenNlpAnalyzer.POS)));
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<String[]>> tags = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        tags.add(pool.submit(() -> {
          start.await();
          return OpenNlpAnalyzer.tagger(greedy).tag(SENTENCE);
        }));
      }
      String[] first = tags.get(0).get();
      assertThat(first).hasSize(SENTENCE.length);
      for (Future<String[]> f : tags) {
        assertThat(f.get()).containsExactly(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
