package dev.corroborate.conflicts;

import dev.corroborate.analysis.Passage;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnit;
import dev.corroborate.lexicon.TermUnitizer;
import dev.corroborate.stance.SourceVoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds omissions: sources on neither side of a contested proposition that cover its event but leave
 * the disputed point out. The event is what both sides share: the names and entities of the
 * proposition that the other side also names, and its other words the other side also uses; the
 * disputed point is the proposition's action (its verbs the other side also uses). A source covers
 * the event when one of its passages names every such entity (its own speaker or publisher counts)
 * and uses one of the shared words, with at least two such names and words written in it; it leaves the point out when none of its passages uses the
 * action. Such a source is labelled an omission, never a contradiction. Thread-safe.
 */
final class OmissionFinder {
  /** Names written in the passage plus shared words: at least this many, so one word alone is not coverage. */
  private static final int MIN_EVIDENCE = 2;

  private final TermUnitizer unitizer;
  private final Lexicon lexicon;
  private final Map<String, SourceDocument> sources;
  private final Map<String, List<Passage>> passagesBySource;
  private final Map<String, SourceVoice> voices;

  OmissionFinder(TermUnitizer unitizer, Map<String, SourceDocument> sources,
      Map<String, List<Passage>> passagesBySource, Map<String, SourceVoice> voices) {
    this.unitizer = unitizer;
    this.lexicon = unitizer.lexicon();
    this.sources = sources;
    this.passagesBySource = passagesBySource;
    this.voices = voices;
  }

  /** The omissions of a proposition with this canonical text's tokens, against the other side's passages. */
  List<Omission> find(Proposition canonical, List<Passage> otherSide, Set<String> sidesSources) {
    List<TermUnit> units = unitizer.units(canonical.tokens());
    List<Set<String>> otherKeys = new ArrayList<>();
    for (Passage p : otherSide) {
      otherKeys.add(keys(p));
    }
    Map<String, TermUnit> entities = new LinkedHashMap<>();
    Map<String, TermUnit> words = new LinkedHashMap<>();
    Map<String, TermUnit> actions = new LinkedHashMap<>();
    for (TermUnit u : units) {
      if (u.kind() == TermUnit.Kind.NUMBER || lexicon.isLight(u.head()) || lexicon.isAttribution(u.head())
          || otherKeys.stream().noneMatch(k -> intersects(k, u.keys()))) {
        continue;
      }
      Map<String, TermUnit> target = u.isEntity() ? entities : u.kind() == TermUnit.Kind.VERB ? actions : words;
      target.putIfAbsent(u.display().toLowerCase(java.util.Locale.ROOT), u);
    }
    List<Omission> out = new ArrayList<>();
    if (entities.isEmpty() || words.isEmpty() || actions.isEmpty()) {
      return out;
    }
    for (Map.Entry<String, List<Passage>> e : new java.util.TreeMap<>(passagesBySource).entrySet()) {
      String sourceId = e.getKey();
      if (sidesSources.contains(sourceId) || !sources.containsKey(sourceId)) {
        continue;
      }
      SourceVoice voice = voices.getOrDefault(sourceId, SourceVoice.none());
      Passage covering = null;
      List<String> covered = List.of();
      boolean statesAction = false;
      for (Passage p : e.getValue()) {
        Set<String> k = keys(p);
        if (actions.values().stream().anyMatch(a -> intersects(k, a.keys()))) {
          statesAction = true;
          break;
        }
        boolean allEntities = entities.values().stream().allMatch(u -> intersects(k, u.keys()) || voice.matches(u.keys()));
        List<String> shared = words.values().stream().filter(u -> intersects(k, u.keys())).map(TermUnit::display).toList();
        long named = entities.values().stream().filter(u -> intersects(k, u.keys())).count();
        if (!allEntities || shared.isEmpty() || named + shared.size() < MIN_EVIDENCE) {
          continue;
        }
        boolean better = covering == null
            || (SentenceShape.isSentence(p) && !SentenceShape.isSentence(covering))
            || (SentenceShape.isSentence(p) == SentenceShape.isSentence(covering) && shared.size() > covered.size());
        if (better) {
          covering = p;
          covered = shared;
        }
      }
      if (covering != null && !statesAction) {
        List<String> named = new ArrayList<>(displays(entities));
        named.addAll(covered);
        out.add(new Omission(sources.get(sourceId), covering, "covers the event ('" + String.join("', '", named)
            + "') but does not say '" + String.join("', '", displays(actions)) + "'"));
      }
    }
    return out;
  }

  private Set<String> keys(Passage p) {
    return unitizer.matchableKeys(p.tokens(), unitizer.units(p.tokens()));
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String x : b) {
      if (a.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> displays(Map<String, TermUnit> units) {
    return units.values().stream().map(TermUnit::display).toList();
  }
}
