package dev.corroborate.retrieval;

import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnit;
import dev.corroborate.lexicon.TermUnitizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a claim's term units into query terms: names and entities weigh double (an entity also
 * matches every alias phrase of it), predicates and other content words once, their synonyms at
 * half weight. Light verbs are left out.
 *
 * <p>The alias phrases of one entity form one group of alternatives, and so do a word and its
 * synonyms: a passage scores for the best match of the group only (see {@link QueryTerm}). A key
 * wanted by several units is asked for once, at its highest weight, in the group of the unit that
 * weighs it most (the first of them on a tie); a group of one term is no group.
 */
public final class ClaimQuery {
  private ClaimQuery() {}

  public static List<QueryTerm> of(List<TermUnit> units, Lexicon lexicon, AliasTable aliases) {
    Map<List<String>, QueryTerm> terms = new LinkedHashMap<>();
    for (TermUnit u : units) {
      switch (u.kind()) {
        case ENTITY -> {
          String group = "entity " + u.head();
          for (AliasTable.Phrase p : aliases.phrasesOf(u.head())) {
            add(terms, new QueryTerm(p.keys(), 2.0f, group));
          }
        }
        case NAME -> new java.util.TreeSet<>(u.keys()).forEach(k -> add(terms, QueryTerm.of(
            // A name's initials are looked for as the word they spell ("owr" for "Office of Water Regulation").
            k.startsWith(TermUnitizer.ACRONYM) ? k.substring(TermUnitizer.ACRONYM.length()) : k, 2.0f)));
        default -> {
          if (lexicon.isLight(u.head())) {
            continue;
          }
          String group = "word " + u.head();
          add(terms, new QueryTerm(List.of(u.head()), 1.0f, group));
          for (String syn : new java.util.TreeSet<>(lexicon.synonyms(u.head()))) {
            add(terms, new QueryTerm(List.of(syn), 0.5f, group));
          }
        }
      }
    }
    Map<String, Integer> groupSizes = new HashMap<>();
    terms.values().forEach(t -> {
      if (t.group() != null) {
        groupSizes.merge(t.group(), 1, Integer::sum);
      }
    });
    List<QueryTerm> out = new ArrayList<>(terms.size());
    for (QueryTerm t : terms.values()) {
      boolean alone = t.group() != null && groupSizes.get(t.group()) == 1;
      out.add(alone ? new QueryTerm(t.keys(), t.boost()) : t);
    }
    return out;
  }

  /** Keeps one term per keys: the one of highest boost, the earlier on a tie. */
  private static void add(Map<List<String>, QueryTerm> terms, QueryTerm t) {
    terms.merge(t.keys(), t, (old, now) -> now.boost() > old.boost() ? now : old);
  }
}
