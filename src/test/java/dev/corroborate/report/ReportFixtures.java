package dev.corroborate.report;

import dev.corroborate.claims.Claim;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.corpus.SourceKind;
import dev.corroborate.stance.Cue;
import dev.corroborate.stance.Stance;
import dev.corroborate.verdict.CheckReport;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.Evidence;
import dev.corroborate.verdict.ReportedParty;
import dev.corroborate.verdict.SourceAssessment;
import dev.corroborate.verdict.Verdict;
import java.time.LocalDate;
import java.util.List;

/**
 * A small check report built by hand for the report tests: three claims (contested and not as
 * expected; supported by a source citing informants and by a party known from another source's report
 * of it; unverified) and five sources (official and not,
 * one undated and silent on everything). Two sources are hostile: their title, publisher, passage and
 * URL carry HTML ({@code <script>}, an {@code onerror=} attribute), Markdown syntax and a
 * {@code javascript:} address, which every format must show as text and never run or link.
 */
final class ReportFixtures {
  /** What the hostile passage would do if it ran: change the title or mark the body. */
  static final String SCRIPT = "<script>document.title='pwned'</script>";
  static final String ONERROR = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";

  static final SourceDocument CITY = source("city-hall-2024-03-01", "Statement on the harbour bridge",
      "Riverton City Hall", SourceKind.OFFICIAL_STATEMENT, "2024-03-01", "https://example.org/city?a=1&b=2",
      "Mayor Ana Ruiz");
  static final SourceDocument BLOG = source("blog-2024-03-02", "Thread | *about* [the](https://evil.example) bridge_",
      "@riverwatch", SourceKind.SOCIAL_MEDIA, "2024-03-02", "https://example.com/post/1", null);
  static final SourceDocument COURIER = source("courier-2024-03-04", "Bridge \"reopening\" " + SCRIPT,
      "The Courier <b>Daily</b>", SourceKind.PRESS_REPORT, "2024-03-04", "javascript:alert(1)", null);
  static final SourceDocument GUILD = source("engineers-letter-2024-03-06", "Letter to the council",
      "Guild of Engineers", SourceKind.LETTER, "2024-03-06", null, null);
  static final SourceDocument NOTE = source("undated-note", "", "", SourceKind.ANALYSIS, null, null, null);

  private ReportFixtures() {}

  static SourceDocument source(String id, String title, String publisher, SourceKind kind, String date, String url,
      String speaker) {
    return new SourceDocument(id, title, publisher, kind, date == null ? null : LocalDate.parse(date), url, "en",
        speaker, id + ".md", "0".repeat(64), "");
  }

  static Evidence evidence(String source, int ordinal, String text, Stance stance, double confidence, String reason,
      List<String> matched, String attributedTo) {
    return new Evidence(source + "#" + ordinal, 0, text.length(), text, stance, confidence, reason, matched,
        List.of(new Cue(Cue.Kind.MATCH, String.join(", ", matched), reason)), attributedTo);
  }

  static CheckReport report() {
    ClaimResult reopen = new ClaimResult(
        new Claim("bridge-reopens", "The harbour bridge will reopen on March 15.", Verdict.SUPPORTED, 3),
        Verdict.CONTESTED,
        "1 source supports it (Riverton City Hall); 1 source contradicts it (The Courier <b>Daily</b>); "
            + "1 source mentions it (@riverwatch)",
        List.of(
            new SourceAssessment(CITY, Stance.SUPPORTS, 0.91, List.of(evidence(CITY.id(), 0,
                "The mayor said the Harbour Bridge will reopen on March 15, as planned.", Stance.SUPPORTS, 0.91,
                "shares 'Harbour Bridge', 'reopen', 'March' and '15' with the claim (coverage 0.91)",
                List.of("Harbour Bridge", "reopen", "March", "15"), "")),
                "in its own words the source supports the claim"),
            new SourceAssessment(COURIER, Stance.CONTRADICTS, 0.8, List.of(evidence(COURIER.id(), 2,
                "The bridge will not reopen on March 15 " + SCRIPT + " " + ONERROR + " & <i>stays</i> shut.",
                Stance.CONTRADICTS, 0.8, "negation 'not' applies to 'reopen', which the claim asserts",
                List.of("bridge", "reopen", "March", "15"), "")),
                "in its own words the source contradicts the claim"),
            new SourceAssessment(BLOG, Stance.MENTIONS, 0.3, List.of(evidence(BLOG.id(), 1,
                "Is the *bridge* [reopening](javascript:alert(1))? | col | `code` $x$ #1 @someone",
                Stance.MENTIONS, 0.3, "shares 'bridge' with the claim (coverage 0.30)", List.of("bridge"), "")),
                "mentions the claim's subject without taking a side")));
    Evidence relayed = evidence(GUILD.id(), 4,
        "The engineers wrote that tolls would be cut in half.", Stance.SUPPORTS, 0.6,
        "shares 'tolls', 'cut' and 'half' with the claim (coverage 0.70); reported speech",
        List.of("tolls", "cut", "half"), "the engineers");
    Evidence cited = new Evidence(COURIER.id() + "#5", 0, 60,
        "Tolls will be cut in half, citing two council members.", Stance.SUPPORTS, 0.7,
        "shares 'tolls', 'cut' and 'half' with the claim (coverage 0.70)", List.of("tolls", "cut", "half"),
        List.of(new Cue(Cue.Kind.MATCH, "tolls, cut, half", "shares")), "", "two council members");
    ClaimResult tolls = new ClaimResult(
        new Claim("tolls-cut", "Tolls will be cut <em>in half</em> & more.", Verdict.SUPPORTED, 6),
        Verdict.SUPPORTED,
        "1 source supports it (The Courier <b>Daily</b>); 1 source mentions it (Guild of Engineers); "
            + "reported: the engineers supports it (as reported by engineers-letter-2024-03-06)",
        List.of(
            new SourceAssessment(COURIER, Stance.SUPPORTS, 0.7, List.of(cited),
                "in its own words the source supports the claim"),
            new SourceAssessment(GUILD, Stance.MENTIONS, 0.6, List.of(relayed),
                "reports that the engineers supports it, without taking a side itself")),
        List.of(new ReportedParty("the engineers", "", Stance.SUPPORTS, 0.6, List.of(GUILD.id()), List.of(relayed),
            true, "reported to support it by " + GUILD.id())));
    ClaimResult ferry = new ClaimResult(
        new Claim("ferry-added", "A ferry will replace the bridge.", null, 9),
        Verdict.UNVERIFIED, "no source addresses it", List.of());
    return new CheckReport("claims.yaml", 5, List.of(reopen, tolls, ferry), List.of(NOTE, GUILD, COURIER, BLOG, CITY));
  }
}
