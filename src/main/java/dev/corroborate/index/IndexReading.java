package dev.corroborate.index;

import dev.corroborate.analysis.Passage;
import dev.corroborate.analysis.Sentence;
import dev.corroborate.analysis.SentenceCache;
import dev.corroborate.corpus.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;

/** Rebuilds records from stored index documents; used by the retrieval stage. */
public final class IndexReading {
  private IndexReading() {}

  public static SourceDocument source(Document d) {
    return SourceCodec.decode(d.get(IndexFields.META));
  }

  /** Stored passages, fully analysed (through the cache, its misses on its threads), in order. */
  public static List<Passage> passages(List<Document> docs, SentenceCache analysis) {
    List<String> texts = new ArrayList<>(docs.size());
    int[] starts = new int[docs.size()];
    for (int i = 0; i < docs.size(); i++) {
      texts.add(docs.get(i).get(IndexFields.TEXT));
      starts[i] = docs.get(i).getField(IndexFields.START).numericValue().intValue();
    }
    List<Sentence> sentences = analysis.sentences(texts, starts);
    List<Passage> out = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      Document d = docs.get(i);
      out.add(new Passage(d.get(IndexFields.SOURCE_ID), d.getField(IndexFields.ORDINAL).numericValue().intValue(),
          sentences.get(i)));
    }
    return out;
  }

  /** A stored passage, fully analysed (through the cache) from its stored text and offset. */
  public static Passage passage(Document d, SentenceCache analysis) {
    String text = d.get(IndexFields.TEXT);
    int start = d.getField(IndexFields.START).numericValue().intValue();
    int ordinal = d.getField(IndexFields.ORDINAL).numericValue().intValue();
    return new Passage(d.get(IndexFields.SOURCE_ID), ordinal, analysis.sentence(text, start));
  }
}
