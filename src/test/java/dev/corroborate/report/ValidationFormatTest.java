package dev.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.diag.Diagnostic;
import dev.corroborate.gate.Validation;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationFormatTest {
  private static final Validation BROKEN = new Validation("claims.yaml", 0, List.of(
      Diagnostic.at("claims.yaml", 4, 5, "unknown key 'colour' in claim", "allowed keys: id, text"),
      Diagnostic.at("claims.yaml", 9, 13, "unknown expect 'true'", "use one of: supported")), "", 0, List.of());
  private static final Validation OK_WITH_SKIP = new Validation("claims.yaml", 2, List.of(), "corpus", 3,
      List.of(Diagnostic.at("corpus/bad.md", 3, 0, "skipped: unknown kind 'blog'", "")));

  private static String render(ValidationFormat f, Validation v, boolean strict) throws IOException {
    StringWriter w = new StringWriter();
    f.render(v, strict, w);
    return w.toString();
  }

  @Test
  void textPrintsEveryProblemOnItsOwnLine() throws IOException {
    assertThat(render(ValidationFormat.TEXT, BROKEN, false)).isEqualTo(
        "claims.yaml:4:5: unknown key 'colour' in claim (allowed keys: id, text)\n"
            + "claims.yaml:9:13: unknown expect 'true' (use one of: supported)\n");
    assertThat(render(ValidationFormat.TEXT, OK_WITH_SKIP, false)).isEqualTo(
        "corpus/bad.md:3: skipped: unknown kind 'blog'\n"
            + "claims.yaml: 2 claims OK; corpus: 3 sources, 1 skipped\n");
  }

  @Test
  void githubPrintsWorkflowCommandsWithLineAndColumn() throws IOException {
    assertThat(render(ValidationFormat.GITHUB, BROKEN, false).lines().toList()).containsExactly(
        "::error file=claims.yaml,line=4,col=5,title=corroborate%3A invalid input::unknown key 'colour' in claim"
            + " (allowed keys: id, text)",
        "::error file=claims.yaml,line=9,col=13,title=corroborate%3A invalid input::unknown expect 'true'"
            + " (use one of: supported)");
    assertThat(render(ValidationFormat.GITHUB, OK_WITH_SKIP, false).lines().toList()).containsExactly(
        "::warning file=corpus/bad.md,line=3,title=corroborate%3A corpus file skipped::skipped: unknown kind 'blog'",
        "::notice title=corroborate validate::claims.yaml: 2 claims OK; corpus: 3 sources, 1 skipped");
    assertThat(render(ValidationFormat.GITHUB, OK_WITH_SKIP, true)).startsWith("::error file=corpus/bad.md,line=3,");
  }
}
