package dev.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Analysis on read gives what analysis at index time gave; the cache serves repeats and stays bounded. */
class SentenceCacheTest {
  private static final String TEXT = "The ministry said the frigate hadn't entered Japan's waters. "
      + "Officials in Tokyo denied it on Monday.\n\n\u201cWe will not back down,\u201d she said.";
  private static OpenNlpAnalyzer analyzer;

  @BeforeAll
  static void models() {
    analyzer = new OpenNlpAnalyzer();
  }

  @Test
  void aSentenceReadBackIsAnalysedAsTheWholeTextWas() {
    SentenceCache cache = new SentenceCache(analyzer);
    for (Sentence s : analyzer.analyze(TEXT)) {
      assertThat(cache.sentence(s.text(), s.start())).isEqualTo(s);
    }
  }

  @Test
  void severalSentencesOnThreadsGiveTheSameAsOneByOne() {
    List<Sentence> full = analyzer.analyze(TEXT + " " + TEXT.replace("Monday", "Tuesday"));
    List<String> texts = new ArrayList<>();
    int[] starts = new int[full.size()];
    for (int i = 0; i < full.size(); i++) {
      texts.add(full.get(i).text());
      starts[i] = full.get(i).start();
    }
    assertThat(new SentenceCache(analyzer, 100, 3).sentences(texts, starts)).isEqualTo(full);
  }

  @Test
  void repeatsAreServedFromTheCacheWithTheirOwnOffsets() {
    SentenceCache cache = new SentenceCache(analyzer);
    Sentence first = cache.sentence("The call took place on Monday.", 0);
    Sentence later = cache.sentence("The call took place on Monday.", 40);
    assertThat(cache.counts()).containsExactly(1, 1);
    assertThat(later.start()).isEqualTo(40);
    assertThat(later.tokens()).hasSameSizeAs(first.tokens());
    for (int i = 0; i < first.tokens().size(); i++) {
      Token a = first.tokens().get(i);
      Token b = later.tokens().get(i);
      assertThat(b.start()).isEqualTo(a.start() + 40);
      assertThat(List.of(b.text(), b.lemma(), b.pos(), b.key())).isEqualTo(List.of(a.text(), a.lemma(), a.pos(), a.key()));
    }
  }

  @Test
  void theLeastRecentlyUsedSentenceGoesFirstWhenFull() {
    SentenceCache cache = new SentenceCache(analyzer, 2, 1);
    cache.sentence("One.", 0);
    cache.sentence("Two.", 0);
    cache.sentence("One.", 0);
    cache.sentence("Three.", 0);
    cache.sentence("One.", 0);
    cache.sentence("Two.", 0);
    assertThat(cache.counts()).as("hits, misses").containsExactly(2, 4);
  }
}
