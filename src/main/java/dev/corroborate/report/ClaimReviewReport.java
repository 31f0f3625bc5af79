package dev.corroborate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.stance.Stance;
import dev.corroborate.verdict.CheckReport;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.SourceAssessment;
import dev.corroborate.verdict.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * schema.org <a href="https://schema.org/ClaimReview">ClaimReview</a> JSON-LD, as fact-checkers publish
 * for search engines: {@code {"@context":"https://schema.org","@graph":[...]}} with one ClaimReview per
 * claim, in claim order:
 *
 * <ul>
 *   <li>{@code identifier} the claim's id; {@code url} the review URL with {@code #claim-ID} appended
 *       (the claim's anchor in the HTML report) when {@code --review-url} is given;
 *   <li>{@code claimReviewed} the claim's text;
 *   <li>{@code author} an Organization named by {@code --review-author} (default "corroborate");
 *       {@code datePublished} from {@code --review-date}, left out when not given so output stays
 *       byte-identical between runs;
 *   <li>{@code reviewRating} a Rating with {@code alternateName} = the verdict, {@code ratingExplanation}
 *       = the engine's reason, and the scale {@code worstRating} 1, {@code bestRating} 3: contradicted 1,
 *       contested 2, supported 3; an unverified claim is not placed on the scale, so its Rating has no
 *       {@code ratingValue};
 *   <li>{@code itemReviewed} a Claim whose {@code appearance} lists the sources that take a position on
 *       it (support or contradict it), by date then id, each a CreativeWork with {@code identifier},
 *       {@code name} (title), {@code url} (http(s) only), {@code datePublished}, {@code publisher}
 *       (Organization) and {@code author} (Person, the source's speaker) when known. Sources that only
 *       mention the claim are left out.
 * </ul>
 */
public final class ClaimReviewReport implements ReportRenderer {
  /** The lowest and highest {@code ratingValue} of the scale. */
  public static final int WORST_RATING = 1;
  public static final int BEST_RATING = 3;

  private static final JsonFactory FACTORY = new JsonFactory();

  private final ReviewOptions options;

  /** With the {@link ReviewOptions#DEFAULT default} review options. */
  public ClaimReviewReport() {
    this(ReviewOptions.DEFAULT);
  }

  public ClaimReviewReport(ReviewOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public ReportRenderer reviewed(ReviewOptions options) {
    return new ClaimReviewReport(options);
  }

  /** The verdict's place on the rating scale; empty for unverified, which the scale does not rate. */
  public static OptionalInt ratingValue(Verdict verdict) {
    return switch (verdict) {
      case CONTRADICTED -> OptionalInt.of(1);
      case CONTESTED -> OptionalInt.of(2);
      case SUPPORTED -> OptionalInt.of(3);
      case UNVERIFIED -> OptionalInt.empty();
    };
  }

  @Override
  public void render(CheckReport report, Writer out) throws IOException {
    List<String> anchors = HtmlReport.anchors(report.results());
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("@context", "https://schema.org");
      g.writeArrayFieldStart("@graph");
      for (int i = 0; i < report.results().size(); i++) {
        review(g, report.results().get(i), anchors.get(i));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private void review(JsonGenerator g, ClaimResult r, String anchor) throws IOException {
    g.writeStartObject();
    g.writeStringField("@type", "ClaimReview");
    g.writeStringField("identifier", r.claim().id());
    if (options.url() != null) {
      g.writeStringField("url", options.url().replaceFirst("#.*$", "") + "#" + anchor);
    }
    g.writeStringField("claimReviewed", r.claim().text());
    g.writeObjectFieldStart("author");
    g.writeStringField("@type", "Organization");
    g.writeStringField("name", options.author());
    g.writeEndObject();
    if (options.date() != null) {
      g.writeStringField("datePublished", options.date().toString());
    }
    g.writeObjectFieldStart("reviewRating");
    g.writeStringField("@type", "Rating");
    OptionalInt value = ratingValue(r.verdict());
    if (value.isPresent()) {
      g.writeNumberField("ratingValue", value.getAsInt());
    }
    g.writeNumberField("worstRating", WORST_RATING);
    g.writeNumberField("bestRating", BEST_RATING);
    g.writeStringField("alternateName", r.verdict().label());
    g.writeStringField("ratingExplanation", r.reason());
    g.writeEndObject();
    g.writeObjectFieldStart("itemReviewed");
    g.writeStringField("@type", "Claim");
    g.writeArrayFieldStart("appearance");
    List<SourceDocument> appearances = r.sources().stream()
        .filter(a -> a.stance() == Stance.SUPPORTS || a.stance() == Stance.CONTRADICTS)
        .map(SourceAssessment::source).distinct().sorted(CheckReport.BY_DATE).toList();
    for (SourceDocument s : appearances) {
      appearance(g, s);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void appearance(JsonGenerator g, SourceDocument s) throws IOException {
    g.writeStartObject();
    g.writeStringField("@type", "CreativeWork");
    g.writeStringField("identifier", s.id());
    if (!s.title().isEmpty()) {
      g.writeStringField("name", s.title());
    }
    String url = Escape.httpUrl(s.url());
    if (url != null) {
      g.writeStringField("url", url);
    }
    if (s.date() != null) {
      g.writeStringField("datePublished", s.date().toString());
    }
    if (!s.publisher().isEmpty()) {
      g.writeObjectFieldStart("publisher");
      g.writeStringField("@type", "Organization");
      g.writeStringField("name", s.publisher());
      g.writeEndObject();
    }
    if (s.speaker() != null && !s.speaker().isBlank()) {
      g.writeObjectFieldStart("author");
      g.writeStringField("@type", "Person");
      g.writeStringField("name", s.speaker());
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
