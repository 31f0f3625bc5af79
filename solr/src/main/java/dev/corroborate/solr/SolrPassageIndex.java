package dev.corroborate.solr;

import dev.corroborate.analysis.Passage;
import dev.corroborate.analysis.Sentence;
import dev.corroborate.analysis.SentenceCache;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.index.IndexException;
import dev.corroborate.index.IndexFields;
import dev.corroborate.index.SourceCodec;
import dev.corroborate.retrieval.Hit;
import dev.corroborate.retrieval.PassageIndex;
import dev.corroborate.retrieval.QueryTerm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * A {@link PassageIndex} over a SolrCloud collection: the same ranking as the local searcher (BM25
 * with the collection's exact global statistics, see the configset). The sources and the passage
 * count are read when it opens; searches see the collection's last commit (Solr has no point-in-time
 * view across requests, so an update committed meanwhile is seen by later searches). Document
 * frequencies asked for IDF are cached for the life of the view. Thread-safe; closing it leaves the
 * client (owned by the backend) open.
 */
final class SolrPassageIndex implements PassageIndex {
  /** Documents per page when reading all sources or passages. */
  private static final int PAGE = 1000;
  private final SolrClient client;
  private final String collection;
  private final SentenceCache analysis;
  private final Map<String, SourceDocument> sources;
  private final int passageCount;
  /** Passages with at least one key: the {@code terms} field's document count. */
  private final long termsDocCount;
  private final Map<String, Long> docFreqs = new ConcurrentHashMap<>();

  private SolrPassageIndex(SolrClient client, String collection, SentenceCache analysis) throws IOException {
    this.client = client;
    this.collection = collection;
    this.analysis = analysis;
    this.sources = readSources();
    this.passageCount = Math.toIntExact(count(IndexFields.TYPE + ":" + IndexFields.TYPE_PASSAGE));
    this.termsDocCount = count(IndexFields.TERMS + ":*");
  }

  static SolrPassageIndex open(SolrClient client, String collection, SentenceCache analysis) throws IndexException {
    try {
      return new SolrPassageIndex(client, collection, analysis);
    } catch (IOException e) {
      throw new IndexException("cannot read the Solr collection " + collection + ": " + e.getMessage()
          + " (is it there and are its nodes up? 'corroborate solr init' creates it)", e);
    }
  }

  private Map<String, SourceDocument> readSources() throws IOException {
    List<SourceDocument> list = new ArrayList<>();
    for (SolrDocument d : all(IndexFields.TYPE + ":" + IndexFields.TYPE_SOURCE, List.of(IndexFields.META),
        List.of(SolrFields.ID))) {
      list.add(SourceCodec.decode((String) d.getFirstValue(IndexFields.META)));
    }
    list.sort(Comparator.comparing(SourceDocument::id));
    Map<String, SourceDocument> out = new LinkedHashMap<>();
    list.forEach(s -> out.put(s.id(), s));
    return out;
  }

  @Override
  public Map<String, SourceDocument> sources() {
    return sources;
  }

  @Override
  public int passageCount() {
    return passageCount;
  }

  @Override
  public List<Passage> passages() throws IOException {
    return passages(all(IndexFields.TYPE + ":" + IndexFields.TYPE_PASSAGE, passageFields(),
        List.of(IndexFields.SOURCE_ID, IndexFields.ORDINAL, SolrFields.ID)));
  }

  @Override
  public List<Passage> passagesOf(String sourceId) throws IOException {
    return passages(all("+" + IndexFields.TYPE + ":" + IndexFields.TYPE_PASSAGE + " +" + IndexFields.SOURCE_ID + ":"
        + ClientUtils.escapeQueryChars(sourceId), passageFields(), List.of(IndexFields.ORDINAL, SolrFields.ID)));
  }

  @Override
  public List<Hit> search(List<QueryTerm> terms, int k) throws IOException {
    if (terms.isEmpty()) {
      return List.of();
    }
    SolrDocumentList docs = query(SolrQueries.search(terms, k, this::boost)).getResults();
    List<Passage> passages = passages(docs);
    List<Hit> hits = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      hits.add(new Hit(passages.get(i), ((Number) docs.get(i).getFieldValue("score")).floatValue()));
    }
    return hits;
  }

  /** A term's boost; a phrase's scaled as the local searcher does, so that it weighs its own IDF. */
  private float boost(QueryTerm t) {
    if (t.keys().size() == 1) {
      return t.boost();
    }
    try {
      long df = count(SolrQueries.keys(t.keys()));
      if (df == 0) {
        return t.boost();
      }
      double wordsIdf = 0;
      for (String k : t.keys()) {
        wordsIdf += bm25Idf(docFreq(k), termsDocCount);
      }
      return (float) (t.boost() * bm25Idf(df, termsDocCount) / wordsIdf);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static double bm25Idf(long docFreq, long docCount) {
    return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
  }

  @Override
  public double idf(String key) {
    try {
      long df = docFreq(key);
      return Math.log(1 + (passageCount - df + 0.5) / (df + 0.5));
    } catch (IOException e) {
      return 1.0;
    }
  }

  private long docFreq(String key) throws IOException {
    Long known = docFreqs.get(key);
    if (known != null) {
      return known;
    }
    long df = count(SolrQueries.keys(List.of(key)));
    docFreqs.put(key, df);
    return df;
  }

  @Override
  public void close() {}

  private static List<String> passageFields() {
    return List.of(IndexFields.SOURCE_ID, IndexFields.ORDINAL, IndexFields.START, IndexFields.TEXT);
  }

  private List<Passage> passages(List<SolrDocument> docs) {
    List<String> texts = new ArrayList<>(docs.size());
    int[] starts = new int[docs.size()];
    for (int i = 0; i < docs.size(); i++) {
      texts.add((String) docs.get(i).getFirstValue(IndexFields.TEXT));
      starts[i] = ((Number) docs.get(i).getFirstValue(IndexFields.START)).intValue();
    }
    List<Sentence> sentences = analysis.sentences(texts, starts);
    List<Passage> out = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      SolrDocument d = docs.get(i);
      out.add(new Passage((String) d.getFirstValue(IndexFields.SOURCE_ID),
          ((Number) d.getFirstValue(IndexFields.ORDINAL)).intValue(), sentences.get(i)));
    }
    return out;
  }

  private long count(String query) throws IOException {
    return query(SolrQueries.count(query)).getResults().getNumFound();
  }

  /** Every document matching, in this order (ending with the unique key), paged with a cursor. */
  private List<SolrDocument> all(String query, List<String> fields, List<String> sort) throws IOException {
    SolrQuery q = new SolrQuery(query);
    q.set("defType", "lucene");
    q.setFields(fields.toArray(String[]::new));
    sort.forEach(f -> q.addSort(f, SolrQuery.ORDER.asc));
    q.setRows(PAGE);
    List<SolrDocument> out = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse r = query(q);
      out.addAll(r.getResults());
      String next = r.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return out;
      }
      cursor = next;
    }
  }

  private QueryResponse query(SolrQuery q) throws IOException {
    try {
      return client.query(collection, q);
    } catch (SolrServerException e) {
      throw new IOException("Solr collection " + collection + ": " + e.getMessage(), e);
    } catch (org.apache.solr.common.SolrException e) {
      throw new IOException("Solr collection " + collection + ": " + e.getMessage(), e);
    }
  }
}
