package dev.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.verdict.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Appending claims to a claims file's text: the existing bytes are kept, items go at the end of the
 * list indented like it, duplicates by normalised text are left out, taken ids get a suffix. (The
 * extract package's test covers the same appender with its richer items.)
 */
class ClaimsAppenderTest {
  private final ClaimsAppender appender = new ClaimsAppender();

  /** Plain items: id, text and 'expect: contested'. */
  private static final ClaimsAppender.ItemWriter<String> CONTESTED = new ClaimsAppender.ItemWriter<>() {
    @Override
    public String text(String claim) {
      return claim;
    }

    @Override
    public String id(String claim) {
      return ClaimText.id(claim);
    }

    @Override
    public String item(String claim, String id, String dash, String keys, String nl) {
      return dash + "- " + ClaimsAppender.pad(dash, keys) + "id: " + id + nl + keys + "text: "
          + ClaimText.yamlQuoted(claim) + nl + keys + "expect: contested" + nl;
    }
  };

  private static final String EXISTING = """
      # Claims about the harbour storm.
      claims:
        # Damage
        - id: pier-damaged
          text: 'The storm damaged the pier.'   # single quotes kept
          expect: supported

        - id: ferry
          text: "The ferry was suspended."
      # trailing comment
      """;

  private ClaimsAppender.Result<String> append(String text, String... claims) throws BadInputException {
    return appender.append(text, "claims.yaml", List.of(claims), CONTESTED);
  }

  @Test
  void appendsAfterTheLastItemKeepingEveryOtherByte() throws Exception {
    ClaimsAppender.Result<String> r = append(EXISTING, "The storm injured 12 people.");
    String id = ClaimText.id("The storm injured 12 people.");
    int at = EXISTING.indexOf("# trailing comment");
    assertThat(r.text()).isEqualTo(EXISTING.substring(0, at) + "  - id: " + id
        + "\n    text: \"The storm injured 12 people.\"\n    expect: contested\n" + EXISTING.substring(at));
    assertThat(r.appended()).extracting(ClaimsAppender.Appended::id).containsExactly(id);
    List<Claim> claims = new ClaimsLoader().parse(r.text(), "claims.yaml");
    assertThat(claims).extracting(Claim::id).containsExactly("pier-damaged", "ferry", id);
    assertThat(claims.get(2).expected()).isEqualTo(Verdict.CONTESTED);
  }

  @Test
  void duplicatesByNormalisedTextAreLeftOutAndASecondRunAddsNothing() throws Exception {
    ClaimsAppender.Result<String> r = append(EXISTING, "the storm  damaged the pier", "The ferry was suspended!",
        "A new one was found.", "A NEW one was found.");
    assertThat(r.appended()).hasSize(1);
    assertThat(r.duplicates()).containsExactly("the storm  damaged the pier", "The ferry was suspended!",
        "A NEW one was found.");
    ClaimsAppender.Result<String> again = append(r.text(), "A new one was found.");
    assertThat(again.appended()).isEmpty();
    assertThat(again.text()).isEqualTo(r.text());
  }

  @Test
  void quotesSurviveTheRoundTrip() throws Exception {
    String tricky = "He said \"no\" \\ and\tleft\u2028at 5 a.m.: yes #not-a-comment";
    ClaimsAppender.Result<String> r = append(EXISTING, tricky);
    assertThat(new ClaimsLoader().parse(r.text(), "claims.yaml")).extracting(Claim::text).endsWith(tricky);
  }

  @Test
  void theFilesIndentAndLineEndsAreFollowedAndAListWithoutItemsIsFilled() throws Exception {
    String crlf = "claims:\r\n- id: a\r\n  text: \"One.\"\r\n";
    assertThat(append(crlf, "Two things happened.").text())
        .startsWith(crlf + "- id: two-things-happened-")
        .endsWith("\r\n  text: \"Two things happened.\"\r\n  expect: contested\r\n");
    String bare = "# nothing yet\nclaims:\n";
    ClaimsAppender.Result<String> filled = append(bare, "Two things happened.");
    assertThat(filled.text()).startsWith(bare + "  - id: two-things-happened-");
    assertThat(new ClaimsLoader().parse(filled.text(), "e.yaml")).hasSize(1);
    appender.check(bare, "e.yaml");
  }

  @Test
  void anIdTakenByAnotherTextGetsASuffix() throws Exception {
    String id = ClaimText.id("Two things happened.");
    String text = "claims:\n  - id: " + id + "\n    text: \"Other.\"\n";
    assertThat(append(text, "Two things happened.").appended()).extracting(ClaimsAppender.Appended::id)
        .containsExactly(id + "-2");
  }

  @Test
  void aFlowListOrAnInvalidFileIsRefusedWithItsLine() {
    assertThatThrownBy(() -> appender.check("# c\nclaims: []\n", "flow.yaml"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("flow.yaml:2:").hasMessageContaining("block list");
    assertThatThrownBy(() -> append("claims:\n  - id: a\n    colour: red\n", "A thing happened."))
        .isInstanceOf(BadInputException.class).hasMessageContaining("claims.yaml:3");
  }
}
