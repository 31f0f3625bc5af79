package dev.corroborate.retrieval;

import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a claim's term units into query terms: names and entities weigh double (an entity also
 * matches every alias phrase of it), predicates and other content words once, their synonyms at
 * half weight. Light verbs are left out.
 */
public final class ClaimQuery {
  private ClaimQuery() {}

  public static List<QueryTerm> of(List<TermUnit> units, Lexicon lexicon, AliasTable aliases) {
    Map<List<String>, Float> terms = new LinkedHashMap<>();
    for (TermUnit u : units) {
      switch (u.kind()) {
        case ENTITY -> {
          for (AliasTable.Phrase p : aliases.phrasesOf(u.head())) {
            terms.merge(p.keys(), 2.0f, Math::max);
          }
        }
        case NAME -> u.keys().forEach(k -> terms.merge(List.of(k), 2.0f, Math::max));
        default -> {
          if (lexicon.isLight(u.head())) {
            continue;
          }
          terms.merge(List.of(u.head()), 1.0f, Math::max);
          for (String syn : lexicon.synonyms(u.head())) {
            terms.merge(List.of(syn), 0.5f, Math::max);
          }
        }
      }
    }
    List<QueryTerm> out = new ArrayList<>();
    terms.forEach((k, b) -> out.add(new QueryTerm(k, b)));
    return out;
  }
}
