package dev.corroborate.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional 'extracted' mapping: accepted when well-formed, every problem reported with its line. */
class ExtractedFieldsTest {
  private final ClaimsLoader loader = new ClaimsLoader();

  private static String file(String extracted) {
    return "claims:\n  - id: a\n    text: \"The port shut at noon.\"\n    extracted:\n" + extracted;
  }

  @Test
  void aWellFormedMappingIsAcceptedAndNotKept() throws BadInputException {
    List<Claim> claims = loader.parse(file("""
              file: "draft.md"
              sentence: "The port shut at noon, officials said."
              start: 10
              end: 48
              claimStart: 10
              claimEnd: 32
              speaker: "officials"
              kind: assertion
              checkworthy: true
              score: 0.85
              features: ["base +0.30", "number or date +0.15 (noon)"]
              reason: "a factual assertion"
        """), "c.yaml");
    assertThat(claims).containsExactly(new Claim("a", "The port shut at noon.", null, 2));
    assertThat(loader.parse(file("      kind: opinion\n"), "c.yaml")).hasSize(1);
    assertThat(loader.parse("claims:\n  - id: a\n    text: \"x\"\n    extracted:\n", "c.yaml")).hasSize(1);
  }

  @Test
  void everyProblemIsReportedWithItsLine() {
    assertThatThrownBy(() -> loader.parse(file("""
              start: -1
              end: 5.5
              kind: rumour
              checkworthy: maybe
              score: 1.5
              features: [[nested]]
              colour: red
              speaker: [a, b]
        """), "c.yaml"))
        .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::line, Diagnostic::message)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, "'extracted.start' must be a whole number >= 0"),
                org.assertj.core.groups.Tuple.tuple(6, "'extracted.end' must be a whole number >= 0"),
                org.assertj.core.groups.Tuple.tuple(7, "unknown 'extracted.kind' 'rumour'"),
                org.assertj.core.groups.Tuple.tuple(8, "'extracted.checkworthy' must be true or false"),
                org.assertj.core.groups.Tuple.tuple(9, "'extracted.score' must be a number from 0 to 1"),
                org.assertj.core.groups.Tuple.tuple(10, "each of 'extracted.features' must be a text"),
                org.assertj.core.groups.Tuple.tuple(11, "unknown key 'colour' in 'extracted'"),
                org.assertj.core.groups.Tuple.tuple(12, "'extracted.speaker' must be a text")));
  }

  @Test
  void offsetsMustBeInOrder() {
    assertThatThrownBy(() -> loader.parse(file("      start: 30\n      end: 20\n      claimStart: 25\n      claimEnd: 22\n"),
        "c.yaml"))
        .hasMessageContaining("c.yaml:4:5: 'extracted.start' (30) is after 'end' (20)")
        .hasMessageContaining("'extracted.claimStart' (25) is after 'claimEnd' (22)");
  }

  @Test
  void aScalarIsNotAMapping() {
    assertThatThrownBy(() -> loader.parse("claims:\n  - id: a\n    text: \"x\"\n    extracted: yes\n", "c.yaml"))
        .hasMessageContaining("c.yaml:4:16: 'extracted' must be a mapping");
  }
}
