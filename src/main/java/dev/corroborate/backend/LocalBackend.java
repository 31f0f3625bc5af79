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
import dev.corroborate.retrieval.PassageSearcher;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The embedded Lucene index in a folder ({@link Indexer} to write, {@link PassageSearcher} to read):
 * the default backend, nothing to install.
 *
 * @param dir the index folder
 */
public record LocalBackend(Path dir) implements SearchBackend {
  public LocalBackend {
    Objects.requireNonNull(dir, "dir");
  }

  @Override
  public String describe() {
    return "index " + dir;
  }

  @Override
  public IndexStats update(LoadResult corpus, boolean rebuild, TextAnalyzer analyzer, int threads, Progress progress)
      throws IndexException {
    return new Indexer(dir, analyzer, threads).update(corpus, rebuild, progress);
  }

  @Override
  public IndexStats lastCommit(LoadResult corpus, String why, TextAnalyzer analyzer) throws IndexException {
    return new Indexer(dir, analyzer, 1).lastCommit(corpus, why);
  }

  @Override
  public Indexer.ImportStats importCollections(List<SourceCollection> collections, boolean strict,
      TextAnalyzer analyzer, int threads, Progress progress) throws IndexException, BadInputException {
    return new Indexer(dir, analyzer, threads).importCollections(collections, strict, progress);
  }

  @Override
  public PassageIndex open(SentenceCache analysis) throws IndexException {
    return PassageSearcher.open(dir, analysis);
  }
}
