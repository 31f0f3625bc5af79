package dev.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.verdict.Verdict;
import java.io.IOException;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The ClaimReview JSON-LD of {@link ReportFixtures}, read back as JSON. */
class ClaimReviewReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode render(ReviewOptions options) throws IOException {
    return JSON.readTree(GoldenReportTest.render(new ClaimReviewReport(options)));
  }

  @Test
  void oneClaimReviewPerClaimWithVerdictAsRating() throws IOException {
    JsonNode root = render(GoldenReportTest.DESK);
    assertThat(root.get("@context").asText()).isEqualTo("https://schema.org");
    JsonNode graph = root.get("@graph");
    assertThat(graph).hasSize(3);
    JsonNode first = graph.get(0);
    assertThat(first.get("@type").asText()).isEqualTo("ClaimReview");
    assertThat(first.get("identifier").asText()).isEqualTo("bridge-reopens");
    assertThat(first.get("claimReviewed").asText()).isEqualTo("The harbour bridge will reopen on March 15.");
    assertThat(first.get("url").asText()).isEqualTo("https://factdesk.example/riverton-bridge#claim-bridge-reopens");
    assertThat(first.at("/author/@type").asText()).isEqualTo("Organization");
    assertThat(first.at("/author/name").asText()).isEqualTo("Riverton Fact Desk");
    assertThat(first.get("datePublished").asText()).isEqualTo("2024-03-10");
    JsonNode rating = first.get("reviewRating");
    assertThat(rating.get("@type").asText()).isEqualTo("Rating");
    assertThat(rating.get("alternateName").asText()).isEqualTo("contested");
    assertThat(rating.get("ratingValue").asInt()).isEqualTo(2);
    assertThat(rating.get("worstRating").asInt()).isEqualTo(1);
    assertThat(rating.get("bestRating").asInt()).isEqualTo(3);
    assertThat(rating.get("ratingExplanation").asText()).startsWith("1 source supports it");
    assertThat(graph.get(1).at("/reviewRating/ratingValue").asInt()).isEqualTo(3);
    assertThat(graph.get(2).at("/reviewRating/alternateName").asText()).isEqualTo("unverified");
    assertThat(graph.get(2).get("reviewRating").has("ratingValue")).as("unverified is not rated").isFalse();
  }

  @Test
  void appearancesAreTheSourcesThatTakeAPositionByDate() throws IOException {
    JsonNode item = render(GoldenReportTest.DESK).get("@graph").get(0).get("itemReviewed");
    assertThat(item.get("@type").asText()).isEqualTo("Claim");
    JsonNode appearance = item.get("appearance");
    assertThat(appearance).hasSize(2);
    JsonNode city = appearance.get(0);
    assertThat(city.get("@type").asText()).isEqualTo("CreativeWork");
    assertThat(city.get("identifier").asText()).isEqualTo("city-hall-2024-03-01");
    assertThat(city.get("url").asText()).isEqualTo("https://example.org/city?a=1&b=2");
    assertThat(city.get("datePublished").asText()).isEqualTo("2024-03-01");
    assertThat(city.at("/publisher/@type").asText()).isEqualTo("Organization");
    assertThat(city.at("/publisher/name").asText()).isEqualTo("Riverton City Hall");
    assertThat(city.at("/author/@type").asText()).isEqualTo("Person");
    assertThat(city.at("/author/name").asText()).isEqualTo("Mayor Ana Ruiz");
    JsonNode courier = appearance.get(1);
    assertThat(courier.get("identifier").asText()).isEqualTo("courier-2024-03-04");
    assertThat(courier.has("url")).as("a javascript: address is left out").isFalse();
    assertThat(courier.has("author")).isFalse();
    assertThat(courier.get("name").asText()).isEqualTo("Bridge \"reopening\" " + ReportFixtures.SCRIPT);
    assertThat(render(GoldenReportTest.DESK).get("@graph").get(2).at("/itemReviewed/appearance")).isEmpty();
  }

  @Test
  void withoutOptionsTheReviewHasNoDateAndNoUrl() throws IOException {
    JsonNode first = render(ReviewOptions.DEFAULT).get("@graph").get(0);
    assertThat(first.has("datePublished")).isFalse();
    assertThat(first.has("url")).isFalse();
    assertThat(first.at("/author/name").asText()).isEqualTo("corroborate");
  }

  @Test
  void ratingScaleIsDocumentedAndOrdered() {
    assertThat(ClaimReviewReport.ratingValue(Verdict.CONTRADICTED))
        .isEqualTo(OptionalInt.of(ClaimReviewReport.WORST_RATING));
    assertThat(ClaimReviewReport.ratingValue(Verdict.CONTESTED)).isEqualTo(OptionalInt.of(2));
    assertThat(ClaimReviewReport.ratingValue(Verdict.SUPPORTED))
        .isEqualTo(OptionalInt.of(ClaimReviewReport.BEST_RATING));
    assertThat(ClaimReviewReport.ratingValue(Verdict.UNVERIFIED)).isEmpty();
  }
}
