package dev.corroborate.stance;

import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.TermUnit;
import java.util.Set;

/**
 * Who does what a verb says: the name, entity or noun after "by" for a passive verb, else the
 * nearest name or entity before the verb in its clause. Pronouns and common-noun subjects give no
 * agent (unknown): "the ministry said" may well be the claim's actor.
 *
 * @param keys    the agent unit's keys
 * @param display the agent's words
 * @param passive true when found as "VERB by AGENT"
 */
record Agent(Set<String> keys, String display, boolean passive) {
  Agent {
    keys = Set.copyOf(keys);
  }

  boolean sameAs(Agent other) {
    for (String k : keys) {
      if (other.keys.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /** The agent of the verb at this token, or null when none is known. */
  static Agent of(SentenceView v, int verb) {
    for (int j = verb + 1; j <= Math.min(verb + 2, v.tokens.size() - 1); j++) {
      if (v.tokens.get(j).key().equals("by")) {
        for (int k = j + 1; k < Math.min(v.tokens.size(), j + 4); k++) {
          TermUnit u = v.unitAt(k);
          if (u != null && (u.isEntity() || v.tokens.get(k).pos().equals("NOUN"))) {
            return new Agent(u.isEntity() ? u.keys() : java.util.Set.of(u.head()), u.display(), true);
          }
          if (!v.tokens.get(k).pos().equals("DET") && !v.tokens.get(k).pos().equals("ADJ")) {
            break;
          }
        }
        return null;
      }
    }
    for (int i = verb - 1; i >= 0 && v.clause[i] == v.clause[verb]; i--) {
      Token t = v.tokens.get(i);
      TermUnit u = v.unitAt(i);
      if (u != null && u.isEntity()) {
        return new Agent(u.keys(), u.display(), false);
      }
      if (t.pos().equals("PRON") || t.pos().equals("NOUN") || t.isVerb()) {
        return null;
      }
    }
    return null;
  }
}
