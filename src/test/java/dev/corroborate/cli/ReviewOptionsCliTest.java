package dev.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --review-author/--review-date/--review-url}: usage errors and their effect on the reports. */
class ReviewOptionsCliTest {
  @TempDir static Path dir;
  static Path corpus;
  static Path claims;

  @BeforeAll
  static void corpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("hall.md"), """
        ---
        id: hall
        title: Statement
        publisher: Riverton City Hall
        kind: official-statement
        date: 2024-03-01
        url: https://example.org/hall
        ---
        The mayor said the harbour bridge will reopen on March 15.
        """, StandardCharsets.UTF_8);
    claims = Files.writeString(dir.resolve("claims.yaml"), """
        claims:
          - id: reopen
            text: "The harbour bridge will reopen on March 15."
        """, StandardCharsets.UTF_8);
  }

  private static String[] check(String... extra) {
    String[] base = {"check", claims.toString(), "--corpus", corpus.toString(),
        "--index", dir.resolve("index").toString()};
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  @Test
  void badReviewOptionsAreUsageErrorsOnOneLine() {
    CliTest.Run url = CliTest.run(check("--format", "claimreview", "--review-url", "javascript:alert(1)"));
    assertThat(url.code()).isEqualTo(ExitCode.USAGE);
    assertThat(url.err()).contains("http or https").doesNotContain("\tat ");
    CliTest.Run date = CliTest.run(check("--format", "claimreview", "--review-date", "2024-13-01"));
    assertThat(date.code()).isEqualTo(ExitCode.USAGE);
    assertThat(date.err()).contains("--review-date").doesNotContain("\tat ");
    CliTest.Run author = CliTest.run(check("--format", "claimreview", "--review-author", " "));
    assertThat(author.code()).isEqualTo(ExitCode.USAGE);
    assertThat(author.err()).contains("review author");
  }

  @Test
  void claimReviewTakesAuthorDateAndUrlFromOptions() throws IOException {
    CliTest.Run r = CliTest.run(check("--format", "claimreview", "--review-author", "Riverton Fact Desk", "--review-date", "2024-03-10",
        "--review-url", "https://factdesk.example/bridge"));
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode review = new ObjectMapper().readTree(r.out()).get("@graph").get(0);
    assertThat(review.at("/author/name").asText()).isEqualTo("Riverton Fact Desk");
    assertThat(review.get("datePublished").asText()).isEqualTo("2024-03-10");
    assertThat(review.get("url").asText()).isEqualTo("https://factdesk.example/bridge#claim-reopen");
    assertThat(review.at("/reviewRating/alternateName").asText()).isEqualTo("supported");
    assertThat(review.at("/itemReviewed/appearance/0/url").asText()).isEqualTo("https://example.org/hall");
  }

  @Test
  void withoutOptionsReportsCarryNoDate() throws IOException {
    CliTest.Run claimReview = CliTest.run(check("--format", "claimreview"));
    assertThat(claimReview.code()).as(claimReview.err()).isZero();
    JsonNode review = new ObjectMapper().readTree(claimReview.out()).get("@graph").get(0);
    assertThat(review.has("datePublished")).isFalse();
    assertThat(review.has("url")).isFalse();
    assertThat(review.at("/author/name").asText()).isEqualTo("corroborate");
    CliTest.Run html = CliTest.run(check("--format", "html", "--review-author", "Desk"));
    assertThat(html.out()).contains("Reviewed by Desk</p>");
    CliTest.Run markdown = CliTest.run(check("--format", "markdown", "--review-date", "2024-03-10"));
    assertThat(markdown.out()).contains("Reviewed by corroborate on 2024-03-10.");
  }
}
