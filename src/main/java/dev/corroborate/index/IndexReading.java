package dev.corroborate.index;

import dev.corroborate.analysis.Passage;
import dev.corroborate.analysis.Sentence;
import dev.corroborate.corpus.SourceDocument;
import org.apache.lucene.document.Document;

/** Rebuilds records from stored index documents; used by the retrieval stage. */
public final class IndexReading {
  private IndexReading() {}

  public static SourceDocument source(Document d) {
    return SourceCodec.decode(d.get(IndexFields.META));
  }

  public static Passage passage(Document d) {
    String text = d.get(IndexFields.TEXT);
    int start = d.getField(IndexFields.START).numericValue().intValue();
    int ordinal = d.getField(IndexFields.ORDINAL).numericValue().intValue();
    Sentence s = new Sentence(start, start + text.length(), text,
        TokenCodec.decode(d.get(IndexFields.TOKENS), text, start));
    return new Passage(d.get(IndexFields.SOURCE_ID), ordinal, s);
  }
}
