package dev.corroborate.backend;

import dev.corroborate.analysis.SentenceCache;
import dev.corroborate.analysis.TextAnalyzer;
import dev.corroborate.corpus.LoadResult;
import dev.corroborate.corpus.SourceCollection;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.index.IndexException;
import dev.corroborate.index.IndexStats;
import dev.corroborate.index.Indexer;
import dev.corroborate.index.Progress;
import dev.corroborate.retrieval.PassageIndex;
import java.util.List;

/**
 * Where the passages are kept and searched: the embedded Lucene index ({@link LocalBackend}, the
 * default) or another store (a SolrCloud collection, from the {@code solr} module, found through
 * {@link SearchBackendProvider}). Every backend holds the same documents (one per source, one per
 * sentence passage, with the same fields), updates them incrementally by content hash, and opens
 * {@link PassageIndex views} that rank alike, so a check gives the same results on any of them.
 * Implementations are thread-safe; an update and the views opened before it do not disturb each other.
 * Close a backend when done with it.
 */
public interface SearchBackend extends AutoCloseable {
  /** Where the passages are, for messages: e.g. {@code index .corroborate}. */
  String describe();

  /**
   * Brings the backend in line with the loaded corpus folder; imported collections are left as they are.
   *
   * @param rebuild drop everything first (also the way out of an incompatible index)
   * @param threads analysis threads
   */
  IndexStats update(LoadResult corpus, boolean rebuild, TextAnalyzer analyzer, int threads, Progress progress)
      throws IndexException;

  /**
   * What the backend holds now, without updating it, when {@link #update} found it locked by another
   * writer; {@code why} says why it was not updated.
   */
  IndexStats lastCommit(LoadResult corpus, String why, TextAnalyzer analyzer) throws IndexException;

  /** Streams collection files in (see {@link Indexer#importCollections}). */
  Indexer.ImportStats importCollections(List<SourceCollection> collections, boolean strict, TextAnalyzer analyzer,
      int threads, Progress progress) throws IndexException, BadInputException;

  /**
   * A view of what the backend holds (point-in-time on the local index; on SolrCloud the sources are
   * read at open and searches see the last commit); passages read through it are analysed through
   * {@code analysis}.
   */
  PassageIndex open(SentenceCache analysis) throws IndexException;

  /** Lets go of connections (views opened from it must be closed first); the local index holds none. */
  @Override
  default void close() {}
}
