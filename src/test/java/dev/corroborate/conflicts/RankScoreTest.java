package dev.corroborate.conflicts;

import static dev.corroborate.conflicts.Texts.passage;
import static dev.corroborate.conflicts.Texts.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.corpus.SourceKind;
import dev.corroborate.stance.Cue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankScoreTest {
  private static final Cue CUE = new Cue(Cue.Kind.NEGATION, "not", "negation");
  private static final SourceDocument OFFICIAL = source("ministry", "Ministry", SourceKind.PRESS_BRIEFING, "2024-01-02");
  private static final SourceDocument PAPER = source("paper", "Daily Paper", SourceKind.PRESS_REPORT, "2024-01-01");
  private static final SourceDocument BLOG = source("blog", "Blog", SourceKind.ANALYSIS, "2024-01-03");

  private static SideEvidence ev(SourceDocument s, int ordinal, boolean own) {
    return new SideEvidence(s, passage(s.id(), ordinal, "The dam was inspected."), own ? "" : "someone", own, CUE,
        "x#0", true);
  }

  private static ContestedProposition prop(String text, List<SideEvidence> sup, List<SideEvidence> con) {
    return new ContestedProposition(text.toLowerCase(java.util.Locale.ROOT), text, sup, con, List.of(),
        new RankScore(SideWeigher.weigh(sup), SideWeigher.weigh(con)));
  }

  @Test
  void officialCountsTwiceRelayedHalfAndASourceOnce() {
    assertThat(SideWeigher.weigh(List.of(ev(OFFICIAL, 0, true)))).isEqualTo(2.0);
    assertThat(SideWeigher.weigh(List.of(ev(PAPER, 0, true), ev(BLOG, 0, false)))).isEqualTo(1.5);
    assertThat(SideWeigher.weigh(List.of(ev(BLOG, 0, false), ev(BLOG, 1, true)))).as("its best passage counts")
        .isEqualTo(1.0);
  }

  @Test
  void theWeakerSideRanksFirstThenTheTotalThenTheText() {
    ContestedProposition lopsided = prop("A", List.of(ev(OFFICIAL, 0, true), ev(PAPER, 0, true)),
        List.of(ev(BLOG, 0, false)));
    ContestedProposition balanced = prop("B", List.of(ev(OFFICIAL, 0, true)), List.of(ev(PAPER, 0, true)));
    ContestedProposition small = prop("C", List.of(ev(BLOG, 0, true)), List.of(ev(PAPER, 0, true)));
    ContestedProposition smallToo = prop("D", List.of(ev(PAPER, 1, true)), List.of(ev(BLOG, 1, true)));
    List<ContestedProposition> all = new ArrayList<>(List.of(smallToo, lopsided, small, balanced));
    all.sort(RankScore.ORDER);
    assertThat(all).extracting(ContestedProposition::text).containsExactly("B", "C", "D", "A");
  }
}
