package dev.corroborate.conflicts;

import static dev.corroborate.conflicts.Texts.passage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.analysis.Passage;
import dev.corroborate.stance.Attribution;
import dev.corroborate.stance.Cue;
import dev.corroborate.stance.Stance;
import dev.corroborate.stance.StanceJudgement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropositionGrouperTest {
  private static final Cue NEG = new Cue(Cue.Kind.NEGATION, "not", "negation");

  private static ConflictPair pair(Passage prop, Passage judged) {
    Proposition p = new Proposition(prop, 0, prop.tokens().size(), prop.text(), "", true);
    StanceJudgement j = new StanceJudgement(Stance.CONTRADICTS, 0.8, 0.9, List.of(NEG), List.of(),
        Attribution.own(judged.tokens().size()));
    return new ConflictPair(p, judged, j, NEG);
  }

  private static List<String> ids(List<Passage> ps) {
    return ps.stream().map(Passage::id).toList();
  }

  @Test
  void pairsSharingAPassageFormOneGroupWithTwoSides() {
    Passage a = passage("a", 0, "The dam was inspected in May.");
    Passage b = passage("b", 1, "The dam was not inspected in May.");
    Passage c = passage("c", 2, "The dam was inspected in May, engineers said.");
    Passage d = passage("d", 0, "The mayor opened the bridge.");
    Passage e = passage("e", 0, "The mayor did not open the bridge.");
    List<ConflictPair> pairs = new ArrayList<>(List.of(pair(a, b), pair(b, c), pair(e, d), pair(c, b)));
    List<ConflictGroup> groups = new PropositionGrouper().group(pairs);
    assertThat(groups).hasSize(2);
    ConflictGroup first = groups.get(0);
    assertThat(ids(first.sideA())).containsExactly("a#0", "c#2");
    assertThat(ids(first.sideB())).containsExactly("b#1");
    assertThat(first.pairs()).hasSize(3);
    assertThat(ids(groups.get(1).sideA())).containsExactly("d#0");
    assertThat(ids(groups.get(1).sideB())).containsExactly("e#0");
  }

  @Test
  void theOrderOfPairsDoesNotMatter() {
    Passage a = passage("a", 0, "The dam was inspected in May.");
    Passage b = passage("b", 1, "The dam was not inspected in May.");
    Passage c = passage("c", 2, "The dam was inspected in May, engineers said.");
    List<ConflictPair> pairs = new ArrayList<>(List.of(pair(a, b), pair(c, b), pair(b, a)));
    List<ConflictGroup> once = new PropositionGrouper().group(pairs);
    Collections.reverse(pairs);
    assertThat(new PropositionGrouper().group(pairs)).isEqualTo(once);
  }
}
