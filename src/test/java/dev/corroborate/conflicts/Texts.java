package dev.corroborate.conflicts;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.analysis.Passage;
import dev.corroborate.analysis.Sentence;
import dev.corroborate.analysis.Token;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.corpus.SourceKind;
import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnitizer;
import dev.corroborate.stance.StanceEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Shared fixtures for the conflicts tests: real analysis of invented sentences (no corpus names). */
final class Texts {
  static final OpenNlpAnalyzer ANALYZER = new OpenNlpAnalyzer();
  static final Lexicon LEXICON = Lexicon.shipped();
  static final TermUnitizer UNITIZER = new TermUnitizer(LEXICON, AliasTable.shipped());
  static final StanceEngine ENGINE = new StanceEngine(ANALYZER, UNITIZER);

  private Texts() {}

  /** The text as one passage (its sentences' tokens together) of this source at this position. */
  static Passage passage(String sourceId, int ordinal, String text) {
    List<Sentence> sentences = ANALYZER.analyze(text);
    List<Token> tokens = new ArrayList<>();
    sentences.forEach(s -> tokens.addAll(s.tokens()));
    return new Passage(sourceId, ordinal, new Sentence(0, text.length(), text, tokens));
  }

  static List<Token> tokens(String text) {
    return passage("t", 0, text).tokens();
  }

  static SourceDocument source(String id, String publisher, SourceKind kind, String date) {
    return new SourceDocument(id, "Title of " + id, publisher, kind, date == null ? null : LocalDate.parse(date), null,
        "en", null, id + ".md", "0".repeat(64), "");
  }
}
