package dev.corroborate.extract;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnitizer;
import java.util.List;

/** One extractor for all tests (the models load once). */
final class Fixtures {
  static final Extractor EXTRACTOR = new Extractor(new OpenNlpAnalyzer(),
      new TermUnitizer(Lexicon.shipped(), AliasTable.shipped()));

  private Fixtures() {}

  static List<ProposedClaim> extract(String text) {
    return EXTRACTOR.extract(new DocumentText("draft.txt", text, false), 0.5);
  }

  /** The one claim whose text contains {@code words}; fails when there is none or several. */
  static ProposedClaim only(List<ProposedClaim> claims, String words) {
    List<ProposedClaim> found = claims.stream().filter(c -> c.text().contains(words)).toList();
    if (found.size() != 1) {
      throw new AssertionError("expected one claim with '" + words + "', found " + found.size() + " in "
          + claims.stream().map(ProposedClaim::text).toList());
    }
    return found.get(0);
  }
}
