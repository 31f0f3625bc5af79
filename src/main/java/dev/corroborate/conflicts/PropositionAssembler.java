package dev.corroborate.conflicts;

import dev.corroborate.analysis.Passage;
import dev.corroborate.claims.ClaimText;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.lexicon.TermUnitizer;
import dev.corroborate.stance.SourceVoice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns conflict groups into ranked contested propositions: names each group by its {@link
 * CanonicalChooser canonical} proposition (whose side supports it), quotes every passage of both sides
 * with its cue and attribution, adds the {@link OmissionFinder omissions}, weighs the sides ({@link
 * RankScore}) and sorts best first. Groups whose passages carry no proposition of their own are left
 * out. Thread-safe.
 */
public final class PropositionAssembler {
  private final Map<String, SourceDocument> sources;
  private final Map<String, Proposition> propositions;
  private final CanonicalChooser chooser;
  private final OmissionFinder omissions;

  /**
   * @param propositions every candidate proposition, by passage id
   * @param passagesBySource every passage of the corpus, by source id
   */
  public PropositionAssembler(TermUnitizer unitizer, Map<String, SourceDocument> sources,
      Map<String, Proposition> propositions, Map<String, List<Passage>> passagesBySource,
      Map<String, SourceVoice> voices) {
    this.sources = Map.copyOf(sources);
    this.propositions = Map.copyOf(propositions);
    this.chooser = new CanonicalChooser(unitizer.lexicon(), this.sources);
    this.omissions = new OmissionFinder(unitizer, this.sources, passagesBySource, voices);
  }

  public List<ContestedProposition> assemble(List<ConflictGroup> groups) {
    Map<String, ContestedProposition> byId = new java.util.TreeMap<>();
    for (ConflictGroup g : groups) {
      assemble(g).ifPresent(p -> byId.merge(p.id(), p, PropositionAssembler::merge));
    }
    List<ContestedProposition> out = new ArrayList<>(byId.values());
    out.sort(RankScore.ORDER);
    return out;
  }

  /** Two groups named by the same text are one proposition: their sides and omissions joined. */
  private static ContestedProposition merge(ContestedProposition a, ContestedProposition b) {
    List<SideEvidence> supporting = union(a.supporting(), b.supporting());
    List<SideEvidence> contradicting = union(a.contradicting(), b.contradicting());
    Set<String> sided = new HashSet<>();
    supporting.forEach(e -> sided.add(e.source().id()));
    contradicting.forEach(e -> sided.add(e.source().id()));
    Map<String, Omission> omissions = new java.util.TreeMap<>();
    for (Omission o : a.omissions()) {
      omissions.putIfAbsent(o.source().id(), o);
    }
    for (Omission o : b.omissions()) {
      omissions.putIfAbsent(o.source().id(), o);
    }
    omissions.keySet().removeAll(sided);
    return new ContestedProposition(a.id(), a.text(), supporting, contradicting, List.copyOf(omissions.values()),
        new RankScore(SideWeigher.weigh(supporting), SideWeigher.weigh(contradicting)));
  }

  private static List<SideEvidence> union(List<SideEvidence> a, List<SideEvidence> b) {
    Map<String, SideEvidence> byPassage = new java.util.LinkedHashMap<>();
    for (SideEvidence e : a) {
      byPassage.putIfAbsent(e.passage().id(), e);
    }
    for (SideEvidence e : b) {
      byPassage.putIfAbsent(e.passage().id(), e);
    }
    List<SideEvidence> out = new ArrayList<>(byPassage.values());
    out.sort(java.util.Comparator.comparing(SideEvidence::passage, PropositionGrouper.PASSAGE_ORDER));
    return out;
  }

  Optional<ContestedProposition> assemble(ConflictGroup g) {
    List<Proposition> candidates = new ArrayList<>();
    for (Passage p : g.sideA()) {
      Optional.ofNullable(propositions.get(p.id())).ifPresent(candidates::add);
    }
    for (Passage p : g.sideB()) {
      Optional.ofNullable(propositions.get(p.id())).ifPresent(candidates::add);
    }
    Optional<Proposition> canonical = chooser.choose(candidates);
    if (canonical.isEmpty()) {
      return Optional.empty();
    }
    Proposition c = canonical.get();
    boolean aSupports = g.sideA().stream().anyMatch(p -> p.id().equals(c.passage().id()));
    List<Passage> forIt = aSupports ? g.sideA() : g.sideB();
    List<Passage> against = aSupports ? g.sideB() : g.sideA();
    List<SideEvidence> supporting = evidence(forIt, g);
    List<SideEvidence> contradicting = evidence(against, g);
    Set<String> sided = new TreeSet<>();
    supporting.forEach(e -> sided.add(e.source().id()));
    contradicting.forEach(e -> sided.add(e.source().id()));
    List<Omission> omitted = omissions.find(c, against, sided);
    RankScore score = new RankScore(SideWeigher.weigh(supporting), SideWeigher.weigh(contradicting));
    return Optional.of(new ContestedProposition(ClaimText.id(c.text()), c.text(), supporting,
        contradicting, omitted, score));
  }

  /**
   * One item per passage: its attribution, and the cue of its conflict with the other side, taken
   * from a pair whose other passage is in its source's own voice when there is one (a source's own
   * account before a relay of it), else from the first pair.
   */
  private List<SideEvidence> evidence(List<Passage> side, ConflictGroup g) {
    List<SideEvidence> out = new ArrayList<>();
    for (Passage p : side) {
      SourceDocument source = sources.get(p.sourceId());
      if (source == null) {
        continue;
      }
      ConflictPair chosen = null;
      for (ConflictPair pair : g.pairs()) {
        boolean isProposition = pair.proposition().passage().id().equals(p.id());
        if (!isProposition && !pair.judged().id().equals(p.id())) {
          continue;
        }
        if (chosen == null || (!otherOwnVoice(chosen, p) && otherOwnVoice(pair, p))) {
          chosen = pair;
        }
      }
      if (chosen != null) {
        boolean isProposition = chosen.proposition().passage().id().equals(p.id());
        Proposition own = propositions.get(p.id());
        String holder = own != null ? own.holder() : chosen.judgement().attribution().holder();
        boolean ownVoice = own != null ? own.ownVoice() : chosen.judgement().attribution().ownVoice();
        String citing = own != null ? own.citing() : chosen.judgement().attribution().citing();
        String other = isProposition ? chosen.judged().id() : chosen.proposition().passage().id();
        out.add(new SideEvidence(source, p, holder, ownVoice, citing, chosen.cue(), other, !isProposition));
      }
    }
    return out;
  }

  /** Whether the other passage of the pair speaks in its source's own voice. */
  private boolean otherOwnVoice(ConflictPair pair, Passage p) {
    boolean isProposition = pair.proposition().passage().id().equals(p.id());
    if (!isProposition) {
      return pair.proposition().ownVoice();
    }
    Proposition other = propositions.get(pair.judged().id());
    return other != null ? other.ownVoice() : pair.judgement().attribution().ownVoice();
  }
}
