package dev.corroborate.conflicts;

import dev.corroborate.retrieval.Hit;
import dev.corroborate.stance.ClaimFrame;
import dev.corroborate.stance.Cue;
import dev.corroborate.stance.IdfSource;
import dev.corroborate.stance.SourceVoice;
import dev.corroborate.stance.Stance;
import dev.corroborate.stance.StanceEngine;
import dev.corroborate.stance.StanceJudgement;
import java.io.IOException;
import java.util.ArrayList;
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

  public List<ConflictPair> find(Proposition p) throws IOException {
    ClaimFrame frame = engine.frame(p.text(), idf);
    List<ConflictPair> out = new ArrayList<>();
    for (Hit h : search.candidates(frame)) {
      if (h.passage().sourceId().equals(p.sourceId()) || !SentenceShape.isSentence(h.passage())) {
        continue;
      }
      SourceVoice voice = voices.getOrDefault(h.passage().sourceId(), SourceVoice.none());
      StanceJudgement j = engine.judge(frame, h.passage().tokens(), voice);
      Optional<Cue> cue = rules.conflictCue(p, h.passage(), j);
      if (cue.isEmpty() && rules.samePredicate(p, h.passage(), j)) {
        cue = numbers.find(p.tokens(), h.passage().tokens());
      }
      cue.ifPresent(c -> out.add(new ConflictPair(p, h.passage(), j, c)));
    }
    return out;
  }
}
