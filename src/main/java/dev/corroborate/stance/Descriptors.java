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
 * noun ("The Stella Borea did not lose power"). And the titles they give a name ("Prime Minister Daniel
 * Osei"): a claim's "the Prime Minister" did what the passage says Osei did. Found in the passages
 * retrieved for one claim, which are about the same event. Immutable.
 *
 * @param namesByNoun  for a noun's key, the keys of each name it describes
 * @param namesByTitle for a title's key ("prime minist"), the keys of each name the sources give it
 */
public record Descriptors(Map<String, List<Set<String>>> namesByNoun, Map<String, List<Set<String>>> namesByTitle) {
  private static final Descriptors NONE = new Descriptors(Map.of(), Map.of());

  public Descriptors {
    namesByNoun = frozen(namesByNoun);
    namesByTitle = frozen(namesByTitle);
  }

  private static Map<String, List<Set<String>>> frozen(Map<String, List<Set<String>>> m) {
    Map<String, List<Set<String>>> copy = new TreeMap<>();
    m.forEach((k, v) -> copy.put(k, v.stream().map(Set::copyOf).toList()));
    return Collections.unmodifiableMap(copy);
  }

  /** None known: no claim noun stands for a name. */
  public static Descriptors none() {
    return NONE;
  }

  /** The descriptions found in these passages, titles left out. */
  public static Descriptors find(List<SentenceView> passages) {
    return find(passages, null);
  }

  /** The descriptions found in these passages, with the titles {@code lex} knows. */
  public static Descriptors find(List<SentenceView> passages, dev.corroborate.lexicon.Lexicon lex) {
    Map<String, List<Set<String>>> out = new TreeMap<>();
    Map<String, List<Set<String>>> titles = new TreeMap<>();
    for (SentenceView v : passages) {
      for (TermUnit u : v.units) {
        if (u.kind() != TermUnit.Kind.NAME) {
          continue;
        }
        // "Prime Minister Daniel Osei": the title words before the name's own words.
        String title = lex == null ? null : title(v, u, lex);
        if (title != null) {
          add(titles, title, u.keys());
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
    return out.isEmpty() && titles.isEmpty() ? NONE : new Descriptors(out, titles);
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

  /**
   * The title before a name as one key ("prime minist" for "Prime Minister Daniel Osei"): the title
   * words it opens with and those right before it ("Prime" is tagged as an adjective), or null.
   */
  private static String title(SentenceView v, TermUnit u, dev.corroborate.lexicon.Lexicon lex) {
    int from = u.from();
    while (from > 0 && lex.isTitle(v.tokens.get(from - 1).key()) && !v.tokens.get(from - 1).key().equals("the")) {
      from--;
    }
    int to = u.from();
    while (to < u.to() - 1 && lex.isTitle(v.tokens.get(to).key())) {
      to++;
    }
    return to == u.from() ? null : titleKey(v.tokens.subList(from, to));
  }

  /** The key of a title of these words ("prime minist"). */
  static String titleKey(List<Token> words) {
    StringBuilder sb = new StringBuilder();
    for (Token t : words) {
      sb.append(sb.length() > 0 ? " " : "").append(t.key());
    }
    return sb.toString();
  }

  /**
   * The one name the sources give this title ({@link #titleKey}: "Prime Minister Daniel Osei" for
   * "prime minist"), or null when they give it to none or to several: a title stands for a person
   * only when one person holds it in the sources.
   */
  Set<String> nameForTitle(String titleKey) {
    Set<String> fullest = null;
    for (Set<String> name : namesByTitle.getOrDefault(titleKey, List.of())) {
      if (fullest == null || name.size() > fullest.size()) {
        fullest = name;
      }
    }
    for (Set<String> name : namesByTitle.getOrDefault(titleKey, List.of())) {
      // "Prime Minister Osei" and "Prime Minister Daniel Osei" are one person.
      if (!fullest.containsAll(name)) {
        return null;
      }
    }
    return fullest;
  }

  /** The names this noun describes in the sources, if any. */
  List<Set<String>> namesFor(String nounKey) {
    return namesByNoun.getOrDefault(nounKey, List.of());
  }
}
