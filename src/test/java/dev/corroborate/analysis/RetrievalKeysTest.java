package dev.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Index keys made without tagging: the keys a full analysis gives content words are among them. */
class RetrievalKeysTest {
  private static OpenNlpAnalyzer analyzer;

  @BeforeAll
  static void models() {
    analyzer = new OpenNlpAnalyzer();
  }

  @Test
  void surfaceKeysLemmaKeysOfIrregularFormsAndClitics() {
    assertThat(RetrievalKeys.of(List.of("Officials", "said", "prices", "rose", "."))).containsExactly(
        "offici", "say", "said", "price", "rise", "rose");
    assertThat(RetrievalKeys.of(List.of("It", "hadn't", "gone"))).containsExactly(
        "it", "have", "had", "not", "n't", "go", "gone");
    assertThat(RetrievalKeys.of(List.of("40,000", "dlrs", "Mrs"))).containsExactly(
        "40000", "40,000", "dlr", "dlrs", "mrs");
    assertThat(RetrievalKeys.of(List.of("\u201c", "--", ",", "$"))).as("no letter or digit: no key").isEmpty();
  }

  @Test
  void joinedKeysAreWhitespaceSeparated() {
    assertThat(RetrievalKeys.joined(List.of("The", "ships", "sailed"))).isEqualTo("the ship sail ");
  }

  /**
   * What a claim's query can ask for is the key of a content word as the full analysis gives it;
   * the segment's keys must hold it, or the passage could not be found.
   */
  @Test
  void everyContentKeyOfTheFullAnalysisIsAmongTheSegmentKeys() {
    String text = "The ministry said the frigate hadn't entered Japan's waters, and officials in Tokyo "
        + "told reporters that prices rose by 40,000 dlrs. The children were taken to the best schools. "
        + "She bought three ships, sold two and thought the deal was better than expected.\n\n"
        + "Analysts expect higher tariffs; the largest exporters fell silent after the talks began.";
    List<Sentence> full = analyzer.analyze(text);
    List<Segment> cut = analyzer.segment(text);
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < full.size(); i++) {
      List<String> keys = RetrievalKeys.of(cut.get(i).words());
      for (Token t : full.get(i).tokens()) {
        if (t.isContent() && !keys.contains(t.key())) {
          missing.add(t.text() + "/" + t.key());
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}
