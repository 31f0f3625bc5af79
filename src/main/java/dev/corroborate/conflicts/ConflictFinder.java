package dev.corroborate.conflicts;

import dev.corroborate.retrieval.Hit;
import dev.corroborate.stance.ClaimFrame;
import dev.corroborate.stance.Cue;
import dev.corroborate.stance.IdfSource;
import dev.corroborate.stance.NumberConflict;
import dev.corroborate.stance.SourceVoice;
import dev.corroborate.stance.StanceEngine;
import dev.corroborate.stance.StanceJudgement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the passages of other sources that conflict with one proposition: frames it as a claim,
 * retrieves its candidates with the same BM25 search {@code check} uses, judges each with the stance
 * engine, and keeps a contradiction whose cue {@link ConflictRules} accepts; for a passage the engine
 * finds in agreement or merely related, the {@link NumberConflict} rule may still find an
 * incompatible number or date. Thread-safe.
 */
public final class ConflictFinder {
  /** Distinct passage texts judged per proposition (copies of one text count once). */
  public static final int DISTINCT = 20;
  /** Passages retrieved per proposition, so that copies do not crowd out the distinct ones. */
  public static final int RETRIEVED = 3 * DISTINCT;
  /** The most passages retrieved per proposition however many copies there are. */
  public static final int MAX_RETRIEVED = 1000;

  private final StanceEngine engine;
  private final IdfSource idf;
  private final CandidateSearch search;
  private final Map<String, SourceVoice> voices;
  private final ConflictRules rules;
  private final NumberConflict numbers;

  public ConflictFinder(StanceEngine engine, IdfSource idf, CandidateSearch search,
      Map<String, SourceVoice> voices) {
    this.engine = engine;
    this.idf = idf;
    this.search = search;
    this.voices = Map.copyOf(voices);
    this.rules = new ConflictRules(engine.unitizer());
    this.numbers = new NumberConflict(engine.unitizer().lexicon());
  }

  /**
   * The retrieved passages: {@link #RETRIEVED} at first, four times more while copies leave fewer than
   * {@link #DISTINCT} distinct texts of other sources and more could be had, up to {@link #MAX_RETRIEVED}.
   */
  private List<Hit> candidates(ClaimFrame frame, Proposition p) throws IOException {
    int limit = RETRIEVED;
    while (true) {
      List<Hit> hits = search.candidates(frame, limit);
      java.util.Set<String> distinct = new java.util.HashSet<>();
      for (Hit h : hits) {
        if (!h.passage().sourceId().equals(p.sourceId())) {
          distinct.add(h.passage().text().strip());
        }
      }
      if (distinct.size() >= DISTINCT || hits.size() < limit || limit >= MAX_RETRIEVED) {
        return hits;
      }
      limit = Math.min(MAX_RETRIEVED, limit * 4);
    }
  }

  public List<ConflictPair> find(Proposition p) throws IOException {
    ClaimFrame frame = engine.frame(p.text(), idf);
    List<ConflictPair> out = new ArrayList<>();
    Map<String, Optional<Cue>> byText = new HashMap<>();
    for (Hit h : candidates(frame, p)) {
      if (h.passage().sourceId().equals(p.sourceId()) || !SentenceShape.isSentence(h.passage())) {
        continue;
      }
      String text = h.passage().text().strip();
      if (!byText.containsKey(text) && byText.size() >= DISTINCT) {
        continue;
      }
      Optional<Cue> cue = byText.get(text);
      if (cue != null && cue.isEmpty()) {
        continue;
      }
      SourceVoice voice = voices.getOrDefault(h.passage().sourceId(), SourceVoice.none());
      StanceJudgement j = engine.judge(frame, h.passage().tokens(), voice);
      if (cue == null) {
        cue = rules.conflictCue(p, h.passage(), j);
        if (cue.isEmpty() && rules.samePredicate(p, h.passage(), j)) {
          cue = numbers.find(p.tokens(), h.passage().tokens());
        }
        byText.put(text, cue);
      }
      cue.ifPresent(c -> out.add(new ConflictPair(p, h.passage(), j, c)));
    }
    return out;
  }
}
