package dev.corroborate.retrieval;

import dev.corroborate.analysis.Passage;
import dev.corroborate.analysis.SentenceCache;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.index.IndexException;
import dev.corroborate.index.IndexFields;
import dev.corroborate.index.IndexReading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The local {@link PassageIndex}: BM25 search over the passages' matching keys in the last committed
 * Lucene index, and the sources' metadata. Opens a point-in-time reader, so an index update running meanwhile does not
 * change what one check sees. The index stores each passage's text and offsets only; the passages a
 * search returns are fully analysed when read, through a {@link SentenceCache} (shared by all
 * searches of this searcher), so their {@code tokens()} are what the full analysis gives.
 * Thread-safe for searching; close it when done.
 */
public final class PassageSearcher implements PassageIndex {
  /** Best score first, then source id, then position in the source. */
  private static final Sort HIT_ORDER = new Sort(SortField.FIELD_SCORE,
      new SortField(IndexFields.SOURCE_ID_SORT, SortField.Type.STRING),
      new SortField(IndexFields.ORDINAL_SORT, SortField.Type.LONG));
  /** How much the other matches of a group add to its best one. */
  private static final float GROUP_TIE_BREAKER = 0.0f;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Map<String, SourceDocument> sources;
  private final int passageCount;
  private final SentenceCache analysis;

  private PassageSearcher(DirectoryReader reader, SentenceCache analysis) throws IOException {
    this.reader = reader;
    this.analysis = analysis;
    this.searcher = new IndexSearcher(reader);
    this.sources = readSources();
    this.passageCount = searcher.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE)));
  }

  /** Opens the last commit of the index in this folder; retrieved passages are analysed through this cache. */
  public static PassageSearcher open(Path indexDir, SentenceCache analysis) throws IndexException {
    if (!Files.isDirectory(indexDir)) {
      throw new IndexException("no index at " + indexDir + " (run 'corroborate index' first)");
    }
    try {
      return new PassageSearcher(DirectoryReader.open(FSDirectory.open(indexDir)), analysis);
    } catch (IndexNotFoundException e) {
      throw new IndexException("no index at " + indexDir + " (run 'corroborate index' first)", e);
    } catch (IOException e) {
      throw new IndexException("cannot read the index " + indexDir + ": " + e.getMessage()
          + " (run 'corroborate index --rebuild')", e);
    }
  }

  private Map<String, SourceDocument> readSources() throws IOException {
    Map<String, SourceDocument> out = new LinkedHashMap<>();
    TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_SOURCE)),
        Math.max(1, reader.maxDoc()), new Sort(SortField.FIELD_DOC));
    StoredFields stored = reader.storedFields();
    List<SourceDocument> list = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      list.add(IndexReading.source(stored.document(sd.doc)));
    }
    list.sort(java.util.Comparator.comparing(SourceDocument::id));
    list.forEach(s -> out.put(s.id(), s));
    return out;
  }

  /** Every source in the index, by id (sorted by id). */
  @Override
  public Map<String, SourceDocument> sources() {
    return sources;
  }

  @Override
  public int passageCount() {
    return passageCount;
  }

  /** Every passage of the index, by source id, then position in the source, fully analysed (through the cache). */
  @Override
  public List<Passage> passages() throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE)),
        Math.max(1, reader.maxDoc()), new Sort(new SortField(IndexFields.SOURCE_ID_SORT, SortField.Type.STRING),
            new SortField(IndexFields.ORDINAL_SORT, SortField.Type.LONG)));
    StoredFields stored = reader.storedFields();
    List<Document> docs = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      docs.add(stored.document(sd.doc));
    }
    return IndexReading.passages(docs, analysis);
  }

  /**
   * The k best passages for these terms, best first; ties in score are broken by source id, then by
   * position in the source, also at the cut-off, so the result does not depend on the order in which
   * passages were indexed. Terms of one group count once: a passage scores for its best match of the
   * group only.
   */
  @Override
  public List<Hit> search(List<QueryTerm> terms, int k) throws IOException {
    if (terms.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder should = new BooleanQuery.Builder();
    Map<String, List<Query>> groups = new LinkedHashMap<>();
    for (QueryTerm t : terms) {
      Query q = clause(t);
      if (t.group() == null) {
        should.add(q, BooleanClause.Occur.SHOULD);
      } else {
        groups.computeIfAbsent(t.group(), g -> new ArrayList<>()).add(q);
      }
    }
    for (List<Query> alternatives : groups.values()) {
      should.add(alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, GROUP_TIE_BREAKER),
          BooleanClause.Occur.SHOULD);
    }
    BooleanQuery query = new BooleanQuery.Builder()
        .add(should.build(), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE)), BooleanClause.Occur.FILTER)
        .build();
    TopDocs top = searcher.search(query, k, HIT_ORDER, true);
    StoredFields stored = reader.storedFields();
    List<Document> docs = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      docs.add(stored.document(sd.doc));
    }
    List<Passage> passages = IndexReading.passages(docs, analysis);
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < docs.size(); i++) {
      hits.add(new Hit(passages.get(i), top.scoreDocs[i].score));
    }
    return hits;
  }

  /**
   * Every passage of a source, in order, fully analysed (through the cache): for callers that go
   * through sources rather than search them. Empty for an unknown source.
   */
  @Override
  public List<Passage> passagesOf(String sourceId) throws IOException {
    BooleanQuery query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.SOURCE_ID, sourceId)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE)), BooleanClause.Occur.FILTER)
        .build();
    TopDocs top = searcher.search(query, Math.max(1, reader.maxDoc()),
        new Sort(new SortField(IndexFields.ORDINAL_SORT, SortField.Type.LONG)));
    StoredFields stored = reader.storedFields();
    List<Document> docs = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      docs.add(stored.document(sd.doc));
    }
    return IndexReading.passages(docs, analysis);
  }

  /**
   * A term's query with its boost. A phrase is weighed as one term: Lucene's BM25 gives a phrase the
   * sum of its words' IDF, so a five-word alias would outweigh a one-word alias of the same entity
   * five times over; its boost is scaled so the phrase gets the IDF of its own document frequency.
   */
  private Query clause(QueryTerm t) throws IOException {
    if (t.keys().size() == 1) {
      return new BoostQuery(new TermQuery(new Term(IndexFields.TERMS, t.keys().get(0))), t.boost());
    }
    PhraseQuery phrase = new PhraseQuery(IndexFields.TERMS, t.keys().toArray(String[]::new));
    long docCount = reader.getDocCount(IndexFields.TERMS);
    int df = searcher.count(phrase);
    if (df == 0) {
      return new BoostQuery(phrase, t.boost());
    }
    double wordsIdf = 0;
    for (String k : t.keys()) {
      wordsIdf += bm25Idf(reader.docFreq(new Term(IndexFields.TERMS, k)), docCount);
    }
    return new BoostQuery(phrase, (float) (t.boost() * bm25Idf(df, docCount) / wordsIdf));
  }

  /** Lucene's BM25 IDF. */
  private static double bm25Idf(long docFreq, long docCount) {
    return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
  }

  /** BM25 inverse document frequency of a key among passages. */
  @Override
  public double idf(String key) {
    try {
      long df = reader.docFreq(new Term(IndexFields.TERMS, key));
      return Math.log(1 + (passageCount - df + 0.5) / (df + 0.5));
    } catch (IOException e) {
      return 1.0;
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
