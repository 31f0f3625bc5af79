package dev.corroborate.stance;

import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.TermUnit;
import java.util.Set;

/**
 * Who does what a verb says: the name, entity or noun after "by" for a passive verb, else the
 * nearest name or entity before the verb in its clause, with the names coordinated before it ("A and
 * B met": both). Pronouns and common-noun subjects give no agent (unknown): "the ministry said" may
 * well be the claim's actor.
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
        return coordinated(v, u);
      }
      if (t.pos().equals("PRON") || t.pos().equals("NOUN") || t.isVerb()) {
        return null;
      }
    }
    return null;
  }

  /**
   * The agent ending with this entity, with the entities coordinated before it: in "Germany and
   * France met" both are the agent, so a passage where either does it is about the same actors.
   */
  private static Agent coordinated(SentenceView v, TermUnit last) {
    Set<String> keys = new java.util.HashSet<>(last.keys());
    String display = last.display();
    int from = last.from();
    while (from >= 2) {
      Token joint = v.tokens.get(from - 1);
      boolean and = joint.key().equals("and") || joint.text().equals("&") || joint.text().equals(",");
      TermUnit before = v.unitAt(from - 2);
      if (!and || before == null || !before.isEntity()) {
        break;
      }
      keys.addAll(before.keys());
      display = before.display() + (joint.text().equals(",") ? ", " : " and ") + display;
      from = before.from();
    }
    return new Agent(keys, display, false);
  }
}
