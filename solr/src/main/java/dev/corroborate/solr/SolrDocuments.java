package dev.corroborate.solr;

import dev.corroborate.analysis.RetrievalKeys;
import dev.corroborate.analysis.Segment;
import dev.corroborate.analysis.TextAnalyzer;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.index.IndexFields;
import dev.corroborate.index.SourceCodec;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;

/**
 * A source as Solr documents: the same fields as the local index's (see {@code SourceWriter}), with
 * a unique key each. The keys of a passage are left out when it has none, so that, as locally, only
 * passages with keys count in the {@code terms} field's statistics.
 */
final class SolrDocuments {
  private SolrDocuments() {}

  /** The source's passages in order, then its own document: see {@link SolrBackend} for why last. */
  static List<SolrInputDocument> of(TextAnalyzer analyzer, SourceDocument s, String origin) {
    List<Segment> sentences = analyzer.segment(s.body());
    List<SolrInputDocument> docs = new ArrayList<>(sentences.size() + 1);
    for (int o = 0; o < sentences.size(); o++) {
      docs.add(passage(s, o, sentences.get(o)));
    }
    docs.add(source(s, origin));
    return docs;
  }

  private static SolrInputDocument source(SourceDocument s, String origin) {
    SolrInputDocument d = new SolrInputDocument();
    d.addField(SolrFields.ID, SolrFields.sourceKey(s.id()));
    d.addField(IndexFields.TYPE, IndexFields.TYPE_SOURCE);
    d.addField(IndexFields.ORIGIN, origin);
    d.addField(IndexFields.SOURCE_ID, s.id());
    d.addField(IndexFields.FILE, s.file());
    d.addField(IndexFields.FILE_HASH, s.fileHash());
    d.addField(IndexFields.META, SourceCodec.encode(s));
    return d;
  }

  private static SolrInputDocument passage(SourceDocument s, int ordinal, Segment sentence) {
    SolrInputDocument d = new SolrInputDocument();
    d.addField(SolrFields.ID, SolrFields.passageKey(s.id(), ordinal));
    d.addField(IndexFields.TYPE, IndexFields.TYPE_PASSAGE);
    d.addField(IndexFields.SOURCE_ID, s.id());
    d.addField(IndexFields.FILE, s.file());
    d.addField(IndexFields.ORDINAL, ordinal);
    d.addField(IndexFields.START, sentence.start());
    d.addField(IndexFields.TEXT, sentence.text());
    String keys = RetrievalKeys.joined(sentence.words());
    if (!keys.isBlank()) {
      d.addField(IndexFields.TERMS, keys);
    }
    return d;
  }
}
