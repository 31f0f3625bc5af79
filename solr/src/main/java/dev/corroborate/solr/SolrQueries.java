package dev.corroborate.solr;

import dev.corroborate.index.IndexFields;
import dev.corroborate.retrieval.QueryTerm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * The Solr request of a passage search, built to be the same Lucene query as the local searcher's:
 * a disjunction of the ungrouped terms, then one {@code maxscore} (DisjunctionMax, tie 0) per group
 * of two or more alternatives, each term with its boost; phrases of several keys boosted so that they
 * weigh the IDF of their own document frequency (the boost comes from {@code phraseBoost}).
 */
final class SolrQueries {
  /** Tie-breaker of a group: the other matches of a group add nothing to its best one. */
  static final String GROUP_TIE = "0.0";

  private SolrQueries() {}

  /** A term or phrase of keys on the {@code terms} field, unboosted, in the standard query syntax. */
  static String keys(List<String> keys) {
    if (keys.size() == 1) {
      return IndexFields.TERMS + ":" + ClientUtils.escapeQueryChars(keys.get(0));
    }
    StringBuilder sb = new StringBuilder(IndexFields.TERMS).append(":\"");
    for (int i = 0; i < keys.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(ClientUtils.escapeQueryChars(keys.get(i)));
    }
    return sb.append('"').toString();
  }

  /**
   * The search for these terms: the k best passages by score, then source id, then ordinal.
   *
   * @param phraseBoost the boost of a term of several keys (its own boost scaled), or of one key (its boost)
   */
  static SolrQuery search(List<QueryTerm> terms, int k, Function<QueryTerm, Float> phraseBoost) {
    SolrQuery q = new SolrQuery();
    List<String> should = new ArrayList<>();
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (QueryTerm t : terms) {
      String clause = keys(t.keys()) + "^" + Float.toString(phraseBoost.apply(t));
      if (t.group() == null) {
        should.add(clause);
      } else {
        groups.computeIfAbsent(t.group(), g -> new ArrayList<>()).add(clause);
      }
    }
    int g = 0;
    for (List<String> alternatives : groups.values()) {
      if (alternatives.size() == 1) {
        should.add(alternatives.get(0));
      } else {
        String param = "g" + g++;
        q.set(param, String.join(" ", alternatives));
        should.add("_query_:\"{!maxscore tie=" + GROUP_TIE + " v=$" + param + "}\"");
      }
    }
    q.setQuery(String.join(" ", should));
    q.set("defType", "lucene");
    q.set("q.op", "OR");
    q.addFilterQuery(IndexFields.TYPE + ":" + IndexFields.TYPE_PASSAGE);
    q.setRows(k);
    q.setFields(IndexFields.SOURCE_ID, IndexFields.ORDINAL, IndexFields.START, IndexFields.TEXT, "score");
    q.addSort("score", SolrQuery.ORDER.desc);
    q.addSort(IndexFields.SOURCE_ID, SolrQuery.ORDER.asc);
    q.addSort(IndexFields.ORDINAL, SolrQuery.ORDER.asc);
    return q;
  }

  /** How many documents match: rows 0. */
  static SolrQuery count(String query) {
    SolrQuery q = new SolrQuery(query);
    q.set("defType", "lucene");
    q.setRows(0);
    return q;
  }
}
