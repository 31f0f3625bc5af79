package dev.corroborate.retrieval;

import dev.corroborate.analysis.Passage;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.stance.IdfSource;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A view of indexed passages, whatever holds them (the local Lucene index, a SolrCloud
 * collection): the sources' metadata, BM25 search over the passages' matching keys, and the corpus
 * IDF. Every implementation ranks alike: BM25 (k1 1.2, b 0.75) over the {@code terms} field with
 * collection-wide statistics; the terms of one group count once (their best match); a phrase weighs
 * as the IDF of its own document frequency; ties in score go by source id, then position in the
 * source, also at the cut-off. Passages come back fully analysed (through a {@link
 * dev.corroborate.analysis.SentenceCache}). Thread-safe for reading; close it when done.
 */
public interface PassageIndex extends IdfSource, AutoCloseable {
  /** Every source, by id (sorted by id). */
  Map<String, SourceDocument> sources();

  /** Passages in the index. */
  int passageCount();

  /** Every passage, by source id, then position in the source. */
  List<Passage> passages() throws IOException;

  /** Every passage of a source, in order; empty for an unknown source. */
  List<Passage> passagesOf(String sourceId) throws IOException;

  /** The k best passages for these terms, best first (see the ranking above). */
  List<Hit> search(List<QueryTerm> terms, int k) throws IOException;

  /** BM25 inverse document frequency of a key among passages: {@code ln(1 + (N - df + 0.5) / (df + 0.5))}. */
  @Override
  double idf(String key);

  @Override
  void close() throws IOException;
}
