package dev.corroborate.verdict;

import dev.corroborate.analysis.Passage;
import dev.corroborate.claims.Claim;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.stance.Stance;
import dev.corroborate.stance.StanceJudgement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Verdict stage: combines passage judgements per source, then sources per claim.
 *
 * <p>Per source: what the source says in its own voice decides. What it reports another party as
 * asserting ("the Courier reported that ...", "Rivera denied that ...") is evidence of that party's
 * position, not of the reporting source's: it is credited to the party (recognised as one of the
 * corpus's publishers when its name matches one, see {@link Parties}), and the reporting source only
 * mentions the claim. A party's reported position counts towards the verdict unless the party's own
 * sources in the corpus take a side. Per claim: supported when some source or counted party supports
 * and none contradicts, contradicted for the reverse, contested when both, unverified when neither.
 * Stateless and thread-safe.
 */
public final class VerdictAggregator {
  /** Passages quoted per source at most. */
  static final int MAX_EVIDENCE = 3;

  /** A judged passage. */
  public record Judged(Passage passage, StanceJudgement judgement) {}

  private final Parties parties;

  /** An aggregator that knows no corpus voices: every named holder of reported speech is a party of its own. */
  public VerdictAggregator() {
    this(Parties.none());
  }

  public VerdictAggregator(Parties parties) {
    this.parties = parties;
  }

  public ClaimResult aggregate(Claim claim, List<Judged> judged, Map<String, SourceDocument> sources) {
    Map<String, List<Judged>> bySource = new TreeMap<>();
    for (Judged j : judged) {
      if (j.judgement().stance() != Stance.UNRELATED) {
        bySource.computeIfAbsent(j.passage().sourceId(), k -> new ArrayList<>()).add(j);
      }
    }
    List<SourceAssessment> assessed = new ArrayList<>();
    Map<String, List<Judged>> byParty = new TreeMap<>();
    Map<String, Parties.Party> partyOf = new TreeMap<>();
    bySource.forEach((id, list) -> {
      SourceDocument s = sources.get(id);
      if (s == null) {
        return;
      }
      Map<String, String> credited = new TreeMap<>();
      for (Judged j : list) {
        if (!j.judgement().stance().decisive() || !j.judgement().attribution().namedOther()) {
          continue;
        }
        Parties.Party party = parties.resolve(j.judgement().attribution());
        if (party.publisher().equals(s.displayName())) {
          continue;
        }
        credited.put(j.passage().id(), party.name());
        partyOf.putIfAbsent(party.key(), party);
        byParty.computeIfAbsent(party.key(), k -> new ArrayList<>()).add(j);
      }
      assessed.add(assessSource(s, list, credited));
    });
    assessed.sort(Comparator.comparing((SourceAssessment a) -> a.stance().ordinal())
        .thenComparing(a -> a.source().date() == null ? LocalDate.MAX : a.source().date())
        .thenComparing(a -> a.source().id()));
    List<ReportedParty> reported = new ArrayList<>();
    byParty.forEach((key, list) -> reported.add(reportedParty(partyOf.get(key), list, assessed, sources)));
    reported.sort(Comparator.comparing((ReportedParty r) -> r.stance().ordinal()).thenComparing(ReportedParty::name));
    boolean sup = assessed.stream().anyMatch(a -> a.stance() == Stance.SUPPORTS)
        || reported.stream().anyMatch(r -> r.counted() && r.stance() == Stance.SUPPORTS);
    boolean con = assessed.stream().anyMatch(a -> a.stance() == Stance.CONTRADICTS)
        || reported.stream().anyMatch(r -> r.counted() && r.stance() == Stance.CONTRADICTS);
    Verdict verdict = Verdict.of(sup, con);
    return new ClaimResult(claim, verdict, verdictReason(assessed, reported, sources), assessed, reported);
  }

  private static ReportedParty reportedParty(Parties.Party party, List<Judged> reports, List<SourceAssessment> assessed,
      Map<String, SourceDocument> sources) {
    List<Stance> stances = reports.stream().map(j -> j.judgement().stance()).distinct().toList();
    Stance stance = stances.size() == 1 ? stances.get(0) : Stance.MENTIONS;
    List<Judged> chosen = reports.stream()
        .sorted(Comparator.comparing((Judged j) -> -j.judgement().confidence())
            .thenComparing(j -> j.passage().sourceId()).thenComparingInt(j -> j.passage().ordinal()))
        .limit(MAX_EVIDENCE).toList();
    List<String> via = reports.stream().map(j -> j.passage().sourceId()).distinct().sorted().toList();
    boolean ownWordsInCorpus = party.inCorpus() && assessed.stream()
        .anyMatch(a -> a.source().displayName().equals(party.publisher()) && a.stance().decisive());
    String reason;
    if (stances.size() > 1) {
      reason = "reported on both sides";
    } else if (ownWordsInCorpus) {
      reason = "reported to " + verb(stance) + " it; its own sources in the corpus decide";
    } else {
      reason = "reported to " + verb(stance) + " it by " + names(via, sources);
    }
    double confidence = chosen.stream().mapToDouble(j -> j.judgement().confidence()).max().orElse(0);
    return new ReportedParty(party.name(), party.publisher(), stance, confidence, via,
        chosen.stream().map(VerdictAggregator::evidence).toList(), stance.decisive() && !ownWordsInCorpus, reason);
  }

  private static String verb(Stance s) {
    return s.label().replaceAll("s$", "");
  }

  /** The stance and its explanation that a source's passage judgements combine into. */
  public record Combined(Stance stance, String reason) {}

  /**
   * Combines one source's passage judgements: its own words decide (the strongest decisive
   * passage); failing those, one-sided relayed speech counts with its stance, while relaying both
   * sides only mentions the claim; a source with no decisive passage mentions it, and one with no
   * related passage is silent ({@link Stance#UNRELATED}).
   */
  public Combined combine(List<StanceJudgement> judgements) {
    List<StanceJudgement> own = judgements.stream().filter(j -> j.stance().decisive() && j.attribution().ownVoice())
        .toList();
    List<StanceJudgement> relayed = judgements.stream()
        .filter(j -> j.stance().decisive() && !j.attribution().ownVoice()).toList();
    if (!own.isEmpty()) {
      StanceJudgement best = own.stream().min(Comparator.comparing((StanceJudgement j) -> -j.confidence())
          .thenComparing(j -> j.stance() == Stance.CONTRADICTS ? 0 : 1)).orElseThrow();
      Stance stance = best.stance();
      long other = own.stream().filter(j -> j.stance() != stance).count();
      return new Combined(stance, "in its own words the source " + stance.label() + " the claim"
          + (other > 0 ? " (its strongest passage; " + other + " weaker passage(s) point the other way)" : ""));
    }
    if (!relayed.isEmpty()) {
      boolean mixed = relayed.stream().map(StanceJudgement::stance).distinct().count() > 1;
      if (mixed) {
        return new Combined(Stance.MENTIONS, "relays both sides: " + relayed.stream()
            .map(j -> j.attribution().holder() + " " + j.stance().label()).distinct().collect(Collectors.joining(", ")));
      }
      Stance stance = relayed.get(0).stance();
      return new Combined(stance, "relays what " + relayed.stream().map(j -> j.attribution().holder()).distinct()
          .collect(Collectors.joining(" and ")) + " said, which " + stance.label() + " the claim");
    }
    if (judgements.stream().anyMatch(j -> j.stance() != Stance.UNRELATED)) {
      return new Combined(Stance.MENTIONS, "mentions the claim's subject without taking a side");
    }
    return new Combined(Stance.UNRELATED, "says nothing about the claim");
  }

  SourceAssessment assessSource(SourceDocument source, List<Judged> list) {
    return assessSource(source, list, Map.of());
  }

  /**
   * One source's position; {@code credited} maps the ids of its passages that report another party's
   * position to that party's name: they are evidence of the party's position, not of the source's.
   */
  SourceAssessment assessSource(SourceDocument source, List<Judged> list, Map<String, String> credited) {
    Combined combined = combine(list.stream().filter(j -> !credited.containsKey(j.passage().id()))
        .map(Judged::judgement).toList());
    if (!credited.isEmpty()) {
      String reports = "reports that " + list.stream().filter(j -> credited.containsKey(j.passage().id()))
          .map(j -> credited.get(j.passage().id()) + " " + j.judgement().stance().label() + " it").distinct()
          .collect(Collectors.joining(" and "));
      combined = combined.stance().decisive()
          ? new Combined(combined.stance(), combined.reason() + "; it also " + reports)
          : new Combined(Stance.MENTIONS, reports + ", without taking a side itself");
    }
    Stance stance = combined.stance();
    String reason = combined.reason();
    List<Judged> chosen = list.stream()
        .filter(j -> j.judgement().stance() == stance || (stance == Stance.MENTIONS && j.judgement().stance().decisive()))
        .sorted(Comparator.comparing((Judged j) -> -j.judgement().confidence())
            .thenComparingInt(j -> j.passage().ordinal()))
        .limit(MAX_EVIDENCE)
        .toList();
    if (chosen.isEmpty()) {
      chosen = list.stream().sorted(Comparator.comparing((Judged j) -> -j.judgement().confidence())
          .thenComparingInt(j -> j.passage().ordinal())).limit(1).toList();
    }
    double confidence = chosen.stream().mapToDouble(j -> j.judgement().confidence()).max().orElse(0);
    List<Evidence> evidence = chosen.stream().map(VerdictAggregator::evidence).toList();
    return new SourceAssessment(source, stance, confidence, evidence, reason);
  }

  private static Evidence evidence(Judged j) {
    Passage p = j.passage();
    StanceJudgement s = j.judgement();
    return new Evidence(p.id(), p.sentence().start(), p.sentence().end(), p.text(), s.stance(), s.confidence(),
        s.reason(), s.matched(), s.cues(), s.attribution().ownVoice() ? "" : s.attribution().holder(),
        s.attribution().citing());
  }

  private static String names(List<String> ids, Map<String, SourceDocument> sources) {
    return ids.stream().map(id -> sources.containsKey(id) ? sources.get(id).displayName() : id).distinct()
        .collect(Collectors.joining(", "));
  }

  private static String verdictReason(List<SourceAssessment> assessed, List<ReportedParty> reported,
      Map<String, SourceDocument> sources) {
    String own = verdictReason(assessed);
    List<String> parts = new ArrayList<>();
    for (ReportedParty r : reported) {
      if (r.counted()) {
        parts.add(r.displayName() + " " + r.stance().label() + " it (as reported by " + names(r.via(), sources) + ")");
      }
    }
    if (parts.isEmpty()) {
      return own;
    }
    boolean anyDecisive = assessed.stream().anyMatch(a -> a.stance().decisive());
    String base = anyDecisive ? own : own.replace("no source supports or contradicts it; ", "");
    return (base.equals("no source addresses it") ? "" : base + "; ") + "reported: " + String.join("; ", parts);
  }

  private static String verdictReason(List<SourceAssessment> assessed) {
    List<String> parts = new ArrayList<>();
    for (Stance st : List.of(Stance.SUPPORTS, Stance.CONTRADICTS, Stance.MENTIONS)) {
      List<String> names = assessed.stream().filter(a -> a.stance() == st)
          .map(a -> a.source().displayName()).distinct().toList();
      if (!names.isEmpty()) {
        parts.add(names.size() + (names.size() == 1 ? " source " : " sources ") + st.label().replaceAll("s$", "")
            + (names.size() == 1 ? "s" : "") + " it (" + String.join(", ", names) + ")");
      }
    }
    if (parts.isEmpty()) {
      return "no source addresses it";
    }
    boolean decisive = assessed.stream().anyMatch(a -> a.stance().decisive());
    return (decisive ? "" : "no source supports or contradicts it; ") + String.join("; ", parts);
  }
}
