package dev.corroborate.index;

/** Field names and format constants of the corroborate Lucene index, shared by writer and reader. */
public final class IndexFields {
  /**
   * Bumped whenever stored fields or their meaning change; older indexes must be rebuilt. Format 4:
   * passages keep their text and offsets but no stored analysis (it is made when a passage is read),
   * the searchable keys are made without tagging ({@link dev.corroborate.analysis.RetrievalKeys}),
   * and every source records where it came from ({@link #ORIGIN}).
   */
  public static final String FORMAT = "4";
  public static final String USER_FORMAT = "corroborate.format";
  public static final String USER_ANALYSIS = "corroborate.analysis";

  public static final String TYPE = "type";
  public static final String TYPE_PASSAGE = "passage";
  public static final String TYPE_SOURCE = "source";
  public static final String SOURCE_ID = "source_id";
  public static final String FILE = "file";
  public static final String FILE_HASH = "file_hash";
  /**
   * Where a source came from: {@link #ORIGIN_CORPUS} for the corpus folder, or {@code import:NAME}
   * for a collection imported from the file NAME. Each origin is updated on its own: indexing the
   * corpus folder leaves imported collections alone, and importing a file leaves the rest.
   */
  public static final String ORIGIN = "origin";
  public static final String ORIGIN_CORPUS = "corpus";
  public static final String ORIGIN_IMPORT = "import:";
  public static final String META = "meta";
  public static final String ORDINAL = "ordinal";
  /** Sort-only doc values of a passage's source id, so ties in score are cut by source id. */
  public static final String SOURCE_ID_SORT = "source_id_sort";
  /** Sort-only doc values of a passage's ordinal, cutting ties within a source. */
  public static final String ORDINAL_SORT = "ordinal_sort";
  public static final String START = "start";
  public static final String TEXT = "text";
  /** Searchable field: the matching keys of the passage's words, whitespace-separated. */
  public static final String TERMS = "terms";

  private IndexFields() {}
}
