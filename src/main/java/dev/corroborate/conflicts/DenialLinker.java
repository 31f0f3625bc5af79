package dev.corroborate.conflicts;

import dev.corroborate.analysis.Passage;
import dev.corroborate.stance.Attribution;
import dev.corroborate.stance.Stance;
import dev.corroborate.stance.StanceJudgement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds explicit denials to the groups they bear on: a denial by source D of source T's account joins
 * a group where T has a proposition on one side and D already stands on the other, on D's side. A
 * denial whose two sources do not already face each other in a group is left out: it does not say
 * which of T's propositions it denies. Stateless and thread-safe.
 */
public final class DenialLinker {
  /** The denial rule's judgement is certain of the cue, not of the coverage, which it does not measure. */
  private static final double CONFIDENCE = 0.6;
  private static final Comparator<Passage> BY_ID = PropositionGrouper.PASSAGE_ORDER;

  /** The groups, each with the denials that bear on it added. */
  public List<ConflictGroup> link(List<ConflictGroup> groups, List<Denial> denials, Map<String, Proposition> props) {
    List<ConflictGroup> out = new ArrayList<>(groups.size());
    for (ConflictGroup g : groups) {
      ConflictGroup linked = g;
      for (Denial d : denials) {
        linked = link(linked, d, props);
      }
      out.add(linked);
    }
    return out;
  }

  private static ConflictGroup link(ConflictGroup g, Denial d, Map<String, Proposition> props) {
    String denier = d.passage().sourceId();
    boolean present = g.sideA().stream().anyMatch(p -> p.id().equals(d.passage().id()))
        || g.sideB().stream().anyMatch(p -> p.id().equals(d.passage().id()));
    if (present) {
      return g;
    }
    Optional<Proposition> inA = deniedIn(g.sideA(), d, props);
    if (inA.isPresent() && hasSource(g.sideB(), denier)) {
      return new ConflictGroup(g.sideA(), plus(g.sideB(), d.passage()), plus(g.pairs(), pair(inA.get(), d)));
    }
    Optional<Proposition> inB = deniedIn(g.sideB(), d, props);
    if (inB.isPresent() && hasSource(g.sideA(), denier)) {
      return new ConflictGroup(plus(g.sideA(), d.passage()), g.sideB(), plus(g.pairs(), pair(inB.get(), d)));
    }
    return g;
  }

  private static Optional<Proposition> deniedIn(List<Passage> side, Denial d, Map<String, Proposition> props) {
    return side.stream().filter(p -> d.denied().contains(p.sourceId())).sorted(BY_ID)
        .map(p -> props.get(p.id())).filter(java.util.Objects::nonNull).findFirst();
  }

  private static boolean hasSource(List<Passage> side, String sourceId) {
    return side.stream().anyMatch(p -> p.sourceId().equals(sourceId));
  }

  private static ConflictPair pair(Proposition denied, Denial d) {
    StanceJudgement j = new StanceJudgement(Stance.CONTRADICTS, CONFIDENCE, 0, List.of(d.cue()), List.of(),
        Attribution.own(d.passage().tokens().size()));
    return new ConflictPair(denied, d.passage(), j, d.cue());
  }

  private static List<Passage> plus(List<Passage> side, Passage p) {
    List<Passage> out = new ArrayList<>(side);
    out.add(p);
    out.sort(BY_ID);
    return out;
  }

  private static List<ConflictPair> plus(List<ConflictPair> pairs, ConflictPair p) {
    List<ConflictPair> out = new ArrayList<>(pairs);
    out.add(p);
    out.sort(PropositionGrouper.PAIR_ORDER);
    return out;
  }
}
