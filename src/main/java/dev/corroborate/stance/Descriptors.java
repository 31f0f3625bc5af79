package dev.corroborate.stance;

import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.TermUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the sources call each name: the common nouns they put right before it or set beside it ("the
 * container ship Stella Borea", "museum director Ana Brandt", "Halden Mutual, the museum's insurer").
 * A claim that says "the ship" is then about the Stella Borea in a passage that names it without the
 * noun ("The Stella Borea did not lose power"). Found in the passages retrieved for one claim, which
 * are about the same event. Immutable.
 *
 * @param namesByNoun for a noun's key, the keys of each name it describes
 */
public record Descriptors(Map<String, List<Set<String>>> namesByNoun) {
  private static final Descriptors NONE = new Descriptors(Map.of());

  public Descriptors {
    Map<String, List<Set<String>>> copy = new TreeMap<>();
    namesByNoun.forEach((k, v) -> copy.put(k, v.stream().map(Set::copyOf).toList()));
    namesByNoun = Collections.unmodifiableMap(copy);
  }

  /** None known: no claim noun stands for a name. */
  public static Descriptors none() {
    return NONE;
  }

  /** The descriptions found in these passages. */
  public static Descriptors find(List<SentenceView> passages) {
    Map<String, List<Set<String>>> out = new TreeMap<>();
    for (SentenceView v : passages) {
      for (TermUnit u : v.units) {
        if (u.kind() != TermUnit.Kind.NAME) {
          continue;
        }
        // "the container ship Stella Borea": the noun right before the name.
        int before = u.from() - 1;
        if (before >= 0 && v.tokens.get(before).pos().equals("NOUN")) {
          add(out, v.tokens.get(before).key(), u.keys());
        }
        // "Halden Mutual, the museum's insurer,": a noun phrase set off by a comma after the name.
        int head = appositionHead(v, u.to());
        if (head >= 0) {
          add(out, v.tokens.get(head).key(), u.keys());
        }
      }
    }
    return out.isEmpty() ? NONE : new Descriptors(out);
  }

  /**
   * The noun heading "NAME, the/a/its ... NOUN," (or ending the sentence): the last noun before the
   * closing comma or the end, with only determiners, possessives, adjectives and nouns in between.
   */
  private static int appositionHead(SentenceView v, int afterName) {
    List<Token> t = v.tokens;
    if (afterName + 1 >= t.size() || !t.get(afterName).text().equals(",")) {
      return -1;
    }
    Token first = t.get(afterName + 1);
    if (!first.pos().equals("DET") && !first.pos().equals("PRON")) {
      return -1;
    }
    int head = -1;
    for (int k = afterName + 2; k < t.size(); k++) {
      Token x = t.get(k);
      String pos = x.pos();
      if (pos.equals("NOUN")) {
        head = k;
      } else if (x.text().equals(",") || x.text().equals(".")) {
        return head;
      } else if (!(pos.equals("ADJ") || pos.equals("PART") || pos.equals("PROPN") || pos.equals("DET"))) {
        return -1;
      }
    }
    return head;
  }

  private static void add(Map<String, List<Set<String>>> out, String noun, Set<String> name) {
    List<Set<String>> names = out.computeIfAbsent(noun, k -> new ArrayList<>());
    if (!names.contains(name)) {
      names.add(name);
    }
  }

  /** The names this noun describes in the sources, if any. */
  List<Set<String>> namesFor(String nounKey) {
    return namesByNoun.getOrDefault(nounKey, List.of());
  }
}
