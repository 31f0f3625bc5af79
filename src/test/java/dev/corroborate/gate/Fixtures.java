package dev.corroborate.gate;

import dev.corroborate.claims.Claim;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.corpus.SourceKind;
import dev.corroborate.stance.Stance;
import dev.corroborate.verdict.CheckReport;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.Evidence;
import dev.corroborate.verdict.SourceAssessment;
import dev.corroborate.verdict.Verdict;
import java.time.LocalDate;
import java.util.List;

/** Check results built by hand, for tests of gates and renderers that need no pipeline. */
public final class Fixtures {
  private Fixtures() {}

  /** A source from {@code file} (relative to the corpus), of {@code kind}. */
  public static SourceDocument source(String id, SourceKind kind, String file) {
    return new SourceDocument(id, "Title of " + id, "Publisher of " + id, kind, LocalDate.of(2025, 5, 2), null, "en",
        null, file, "0".repeat(64), "body");
  }

  /** A source's stance with one quoted passage. */
  public static SourceAssessment says(SourceDocument source, Stance stance, String quote) {
    Evidence e = new Evidence(source.id() + "#0", 0, quote.length(), quote, stance, 0.9,
        stance.label() + ": because of the test", List.of("word"), List.of(), "");
    return new SourceAssessment(source, stance, 0.9, List.of(e), "in its own words");
  }

  public static Claim claim(String id, Verdict expected, int line) {
    return new Claim(id, "Claim " + id + ".", expected, line);
  }

  public static ClaimResult result(Claim claim, Verdict verdict, SourceAssessment... sources) {
    return new ClaimResult(claim, verdict, "reason for " + verdict.label(), List.of(sources));
  }

  public static CheckReport report(String claimsFile, ClaimResult... results) {
    return new CheckReport(claimsFile, 3, List.of(results));
  }
}
