package dev.corroborate.extract;

import dev.corroborate.claims.ClaimText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.claims.Claim;
import dev.corroborate.claims.ClaimsAppender;
import dev.corroborate.claims.ClaimsLoader;
import dev.corroborate.diag.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Appending keeps every byte of the existing file and adds items at the end of its list. */
class ClaimsAppenderTest {
  private final ClaimsAppender appender = new ClaimsAppender();

  static ProposedClaim claim(String text) {
    return new ProposedClaim(ClaimText.id(text), text, "draft.md", text + " More.", 10, 40, 10, 20, null,
        Kind.ASSERTION, true, 0.7, List.of(new Feature("base", 0.3, List.of())), "a factual assertion");
  }

  @Test
  void keepsCommentsBlankLinesAndFormattingAndAppendsAtTheEndOfTheList() throws Exception {
    String file = """
        # Claims about the harbour fire.
        claims:
          # The start of the fire
          - id: fire-start
            text: 'The fire started at 9 p.m.'   # as the chief said

            expect: supported

          - id: "crews"
            text: >-
              Forty crews
              came.
          # trailing note about the list

        # footer
        """;
    ClaimsAppender.Result<ProposedClaim> r = appender.append(file, "claims.yaml", List.of(claim("The port shut at noon.")), ClaimsYaml.ITEMS);
    int at = file.indexOf("  # trailing note");
    String block = r.text().substring(at, at + r.text().length() - file.length());
    assertThat(r.text()).isEqualTo(file.substring(0, at) + block + file.substring(at));
    assertThat(block).startsWith("  - id: port-shut-noon-").contains("\n    text: \"The port shut at noon.\"\n")
        .contains("\n    extracted:\n      file: \"draft.md\"\n");
    List<Claim> claims = new ClaimsLoader().parse(r.text(), "claims.yaml");
    assertThat(claims).extracting(Claim::id).containsExactly("fire-start", "crews", r.appended().get(0).id());
  }

  @Test
  void matchesTheListsIndentation() throws Exception {
    String file = "claims:\n    -   id: a\n        text: \"One.\"\n";
    ClaimsAppender.Result<ProposedClaim> r = appender.append(file, "c.yaml", List.of(claim("Two things happened.")), ClaimsYaml.ITEMS);
    assertThat(r.text()).startsWith(file).contains("\n    -   id: two-things-happened-")
        .contains("\n        text: \"Two things happened.\"\n        extracted:\n          file:");
    assertThat(new ClaimsLoader().parse(r.text(), "c.yaml")).hasSize(2);
  }

  @Test
  void flowMappingItemsAndAFileWithoutAFinalLineBreakAreFine() throws Exception {
    String file = "claims:\n- {id: a, text: \"One.\"}   # flow item";
    ClaimsAppender.Result<ProposedClaim> r = appender.append(file, "c.yaml", List.of(claim("Two things happened.")), ClaimsYaml.ITEMS);
    assertThat(r.text()).startsWith(file + "\n- id: two-things-happened-");
    assertThat(new ClaimsLoader().parse(r.text(), "c.yaml")).hasSize(2);
  }

  @Test
  void keepsWindowsLineBreaksAndAByteOrderMark() throws Exception {
    String file = "\uFEFFclaims:\r\n  - id: a\r\n    text: \"One.\"\r\n# end\r\n";
    ClaimsAppender.Result<ProposedClaim> r = appender.append(file, "c.yaml", List.of(claim("Two things happened.")), ClaimsYaml.ITEMS);
    assertThat(r.text()).startsWith("\uFEFFclaims:\r\n  - id: a\r\n    text: \"One.\"\r\n  - id: two")
        .endsWith("\r\n# end\r\n").doesNotContain("\"\n");
    assertThat(r.text().replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void leavesOutTextsAlreadyThereAndMakesIdsUnique() throws Exception {
    String id = ClaimText.id("The port shut at noon.");
    String file = "claims:\n  - id: " + id + "\n    text: \"Something else.\"\n"
        + "  - id: b\n    text: \"\u201cThe PORT shut at noon\u201d\"\n";
    ClaimsAppender.Result<ProposedClaim> r = appender.append(file, "c.yaml",
        List.of(claim("The port shut at noon."), claim("Something else happened."), claim("Something  ELSE happened!")), ClaimsYaml.ITEMS);
    assertThat(r.duplicates()).extracting(ProposedClaim::text)
        .containsExactly("The port shut at noon.", "Something  ELSE happened!");
    assertThat(r.appended()).extracting(a -> a.claim().text()).containsExactly("Something else happened.");

    ClaimsAppender.Result<ProposedClaim> clash = appender.append(file.replace("The PORT shut at noon", "Other"),
        "c.yaml", List.of(claim("The port shut at noon.")), ClaimsYaml.ITEMS);
    assertThat(clash.appended()).extracting(ClaimsAppender.Appended::id).containsExactly(id + "-2");
    assertThat(new ClaimsLoader().parse(clash.text(), "c.yaml")).hasSize(3);
  }

  @Test
  void nothingNewLeavesTheFileAsItIs() throws Exception {
    String file = "claims:\n  - id: a\n    text: \"The port shut at noon.\"\n";
    ClaimsAppender.Result<ProposedClaim> r = appender.append(file, "c.yaml", List.of(claim("The port shut at noon.")), ClaimsYaml.ITEMS);
    assertThat(r.text()).isSameAs(file);
    assertThat(r.appended()).isEmpty();
  }

  @Test
  void refusesAFlowStyleListWithLineAndFix() {
    String file = "# list\nclaims: [{id: a, text: \"One.\"}]\n";
    assertThatThrownBy(() -> appender.append(file, "c.yaml", List.of(claim("Two things happened.")), ClaimsYaml.ITEMS))
        .isInstanceOf(BadInputException.class)
        .hasMessage("c.yaml:2:9: the claims list is written in flow style ([...]); claims can only be added to a "
            + "block list (rewrite the list with one '- id: ...' item per claim, or write the new claims to another"
            + " file)");
  }

  @Test
  void refusesAnInvalidClaimsFileWithItsProblems() {
    assertThatThrownBy(() -> appender.append("claims:\n  - id: a\n    colour: red\n", "c.yaml",
        List.of(claim("Two things happened.")), ClaimsYaml.ITEMS))
        .isInstanceOf(BadInputException.class).hasMessageContaining("c.yaml:3:5: unknown key 'colour'");
  }
}
