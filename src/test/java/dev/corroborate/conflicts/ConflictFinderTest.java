package dev.corroborate.conflicts;

import static dev.corroborate.conflicts.Texts.passage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.analysis.Passage;
import dev.corroborate.retrieval.Hit;
import dev.corroborate.stance.Cue;
import dev.corroborate.stance.IdfSource;
import dev.corroborate.stance.SourceVoice;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The finder on the real stance engine, with a fixed list of candidates standing in for retrieval:
 * which judgements become conflicts and which are noise.
 */
class ConflictFinderTest {
  private static List<ConflictPair> find(String proposition, Passage... candidates) throws IOException {
    List<Hit> hits = new ArrayList<>();
    for (Passage p : candidates) {
      hits.add(new Hit(p, 1f));
    }
    ConflictFinder finder = new ConflictFinder(Texts.ENGINE, IdfSource.uniform(), (frame, limit) -> hits.subList(0, Math.min(limit, hits.size())), Map.of());
    Proposition p = new PropositionExtractor(Texts.ENGINE).extract(passage("a", 0, proposition), SourceVoice.none())
        .orElseThrow();
    return finder.find(p);
  }

  private static List<Cue.Kind> kinds(List<ConflictPair> pairs) {
    return pairs.stream().map(p -> p.cue().kind()).toList();
  }

  @Test
  void anotherActorForTheSameDeedConflicts() throws IOException {
    List<ConflictPair> pairs = find("The ceasefire talks were initiated by Norway.",
        passage("b", 0, "The ceasefire talks were initiated by Kenya, the spokesman said."));
    assertThat(kinds(pairs)).containsExactly(Cue.Kind.ROLE_CONFLICT);
    assertThat(pairs.get(0).judged().sourceId()).isEqualTo("b");
  }

  @Test
  void aCommonNounIsAnActorInTruePassives() throws IOException {
    assertThat(kinds(find("The new school roof was paid for by the district.",
        passage("b", 0, "The new school roof was paid for by the province, officials said."))))
        .containsExactly(Cue.Kind.ROLE_CONFLICT);
  }

  @Test
  void aMeansAfterByIsNoActor() throws IOException {
    assertThat(find("The governor spoke by radio with the rescue teams.",
        passage("b", 0, "The governor spoke by telephone with the rescue teams."))).isEmpty();
  }

  @Test
  void negationAndRefutationConflict() throws IOException {
    assertThat(kinds(find("The contractor inspected the dam before the flood.",
        passage("b", 0, "The contractor had not inspected the dam before the flood."))))
        .containsExactly(Cue.Kind.NEGATION);
    assertThat(kinds(find("The contractor inspected the dam before the flood.",
        passage("c", 0, "The contractor denied that it inspected the dam before the flood."))))
        .containsExactly(Cue.Kind.REFUTATION);
  }

  @Test
  void incompatibleNumbersOfAnAgreeingPassageConflict() throws IOException {
    assertThat(kinds(find("The landslide buried 14 houses in the valley.",
        passage("b", 0, "The landslide buried 9 houses in the valley."))))
        .containsExactly(Cue.Kind.NUMBER_MISMATCH);
  }

  @Test
  void agreementSameSourceAndHeadlinesAreNoConflict() throws IOException {
    assertThat(find("The contractor inspected the dam before the flood.",
        passage("b", 0, "The contractor inspected the dam before the flood, records show."),
        passage("a", 4, "The contractor had not inspected the dam before the flood."),
        passage("c", 0, "Contractor Had Not Inspected Dam Before Flood"))).isEmpty();
  }

  @Test
  void copiesOfOneTextCountOnceSoTheyDoNotCrowdOutTheConflict() throws IOException {
    List<Passage> candidates = new ArrayList<>();
    for (int i = 0; i < 3 * ConflictFinder.DISTINCT - 1; i++) {
      candidates.add(passage(String.format("copy%02d", i), 0, "The contractor inspected the dam before the flood."));
    }
    candidates.add(passage("z", 0, "The contractor had not inspected the dam before the flood."));
    List<ConflictPair> pairs = find("The contractor inspected the dam before the flood.", candidates.toArray(Passage[]::new));
    assertThat(pairs).extracting(p -> p.judged().sourceId()).containsExactly("z");
  }
}
