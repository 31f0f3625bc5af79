package dev.corroborate.index;

import dev.corroborate.analysis.Passage;
import dev.corroborate.analysis.SentenceCache;
import dev.corroborate.corpus.SourceDocument;
import org.apache.lucene.document.Document;

/** Rebuilds records from stored index documents; used by the retrieval stage. */
public final class IndexReading {
  private IndexReading() {}

  public static SourceDocument source(Document d) {
    return SourceCodec.decode(d.get(IndexFields.META));
  }

  /** A stored passage, fully analysed (through the cache) from its stored text and offset. */
  public static Passage passage(Document d, SentenceCache analysis) {
    String text = d.get(IndexFields.TEXT);
    int start = d.getField(IndexFields.START).numericValue().intValue();
    int ordinal = d.getField(IndexFields.ORDINAL).numericValue().intValue();
    return new Passage(d.get(IndexFields.SOURCE_ID), ordinal, analysis.sentence(text, start));
  }
}
