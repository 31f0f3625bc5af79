package dev.corroborate.conflicts;

import dev.corroborate.analysis.Passage;
import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.stance.Cue;
import dev.corroborate.stance.Stance;
import dev.corroborate.stance.StanceJudgement;
import dev.corroborate.lexicon.TermUnitizer;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a judgement is a real conflict between two sources, not noise: the engine must
 * find a contradiction with a conflict cue (negation, refutation, role conflict, antonym, number
 * mismatch) and the two passages must be about the same thing, i.e. share the proposition's action.
 * Also says when two passages share the proposition's action at all, for the number rule.
 * Stateless and thread-safe.
 */
public final class ConflictRules {
  /** Share of the proposition's weight the other passage must cover. */
  public static final double MIN_COVERAGE = 0.5;

  /** How the engine's role-conflict detail names the claim's actor (see stance.ContradictionCues). */
  private static final String CLAIM_HAS = "where the claim has ";

  private final Lexicon lexicon;
  private final TermUnitizer unitizer;

  public ConflictRules(TermUnitizer unitizer) {
    this.unitizer = unitizer;
    this.lexicon = unitizer.lexicon();
  }

  /** The conflict cue of a judgement, or empty when it is no conflict. */
  public Optional<Cue> conflictCue(Proposition p, Passage judged, StanceJudgement j) {
    if (j.stance() != Stance.CONTRADICTS || j.coverage() < MIN_COVERAGE) {
      return Optional.empty();
    }
    Optional<Cue> cue = j.cues().stream().filter(c -> c.kind().contradicts()).findFirst();
    if (cue.isPresent() && cue.get().kind() == Cue.Kind.ROLE_CONFLICT && !betweenActors(p, judged, cue.get())) {
      return Optional.empty();
    }
    return cue;
  }

  /**
   * A role conflict is real only between two actors: each filler of the role (the passage's and the
   * proposition's) must be a name or entity, or the agent of a true passive ("were paid for by the
   * county": a form of "be" or "get" before the verb). A common noun after "by" with no passive is
   * a means, not an actor ("spoke by phone"), and gives noise.
   */
  boolean betweenActors(Proposition p, Passage judged, Cue cue) {
    String detail = cue.detail();
    int at = detail.lastIndexOf(CLAIM_HAS);
    if (at < 0) {
      return false;
    }
    String claimActor = detail.substring(at + CLAIM_HAS.length()).strip();
    String words = cue.words();
    boolean passageActor = unitizer.units(judged.tokens()).stream()
        .anyMatch(u -> u.isEntity() && words.endsWith(" " + u.display()))
        || (words.contains(" by ") && passiveAgent(judged.tokens(), words.substring(words.indexOf(" by ") + 4)));
    return passageActor && (isEntity(p.tokens(), claimActor) || passiveAgent(p.tokens(), claimActor));
  }

  /** Whether these words follow "by" after a verb in the passive voice ("was/were/been ... VERB by"). */
  private static boolean passiveAgent(List<Token> tokens, String agent) {
    String first = agent.split(" ")[0];
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i).key().equals("by")) {
        continue;
      }
      boolean agentFollows = false;
      for (int k = i + 1; k < Math.min(tokens.size(), i + 4); k++) {
        if (tokens.get(k).text().equals(first)) {
          agentFollows = true;
        }
      }
      if (!agentFollows) {
        continue;
      }
      int verb = i - 1;
      while (verb > 0 && !tokens.get(verb).isVerb() && i - verb <= 2) {
        verb--;
      }
      for (int a = verb - 1; a >= Math.max(0, verb - 3); a--) {
        String lemma = tokens.get(a).lemma();
        if (lemma.equals("be") || lemma.equals("get")) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isEntity(List<Token> tokens, String display) {
    return unitizer.units(tokens).stream().anyMatch(u -> u.isEntity() && u.display().equals(display));
  }

  /**
   * Whether the passage states the proposition's action: the engine finds it in support, or it
   * covers most of the proposition and uses one of its main verbs.
   */
  public boolean samePredicate(Proposition p, Passage judged, StanceJudgement j) {
    if (j.stance() == Stance.SUPPORTS) {
      return true;
    }
    if (j.stance() != Stance.MENTIONS || j.coverage() < 0.6) {
      return false;
    }
    Set<String> verbs = actions(p);
    for (Token t : judged.tokens()) {
      if (verbs.contains(t.key())) {
        return true;
      }
    }
    return false;
  }

  private Set<String> actions(Proposition p) {
    Set<String> out = new HashSet<>();
    for (Token t : p.tokens()) {
      if (t.isVerb() && !lexicon.isLight(t.key()) && !lexicon.isAttribution(t.key())) {
        out.add(t.key());
      }
    }
    return out;
  }
}
