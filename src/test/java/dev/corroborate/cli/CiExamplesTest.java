package dev.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README's CI examples are the files in src/test/resources/ci, verbatim, and their corroborate
 * commands are valid command lines. {@link CiExamplesIT} runs them against a git repository.
 */
class CiExamplesTest {
  private static final Map<String, String> ENV = Map.of("GITHUB_BASE_REF", "main",
      "CI_MERGE_REQUEST_DIFF_BASE_SHA", "0123456789abcdef0123456789abcdef01234567");

  @Test
  void readmeShowsBothFilesVerbatimInTheContinuousIntegrationSection() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("\n## Continuous integration\n");
    int next = readme.indexOf("\n## Development\n");
    assertThat(section).as("README has a 'Continuous integration' section").isPositive();
    assertThat(next).as("... before 'Development'").isGreaterThan(section);
    String ci = readme.substring(section, next);
    for (String name : List.of(CiExamples.GITHUB, CiExamples.GITLAB)) {
      assertThat(ci).as(name).contains("```yaml\n" + CiExamples.text(name) + "```\n");
    }
  }

  @Test
  void theExamplesRunValidateThenCheckWithTheCiOptions() {
    assertThat(CiExamples.commandLines(CiExamples.GITHUB)).hasSize(2).satisfiesExactly(
        v -> assertThat(v).startsWith("corroborate validate "),
        c -> assertThat(c).startsWith("corroborate check ").contains("--changed-since").contains("--format github"));
    assertThat(CiExamples.commandLines(CiExamples.GITLAB)).hasSize(2).satisfiesExactly(
        v -> assertThat(v).startsWith("corroborate validate "),
        c -> assertThat(c).startsWith("corroborate check ").contains("--changed-since").contains("--format junit"));
  }

  @Test
  void everyCommandParsesAsCorroborateArguments() {
    for (String name : List.of(CiExamples.GITHUB, CiExamples.GITLAB)) {
      for (String line : CiExamples.commandLines(name)) {
        List<String> args = CiExamples.arguments(line, ENV);
        CommandLine cl = new CommandLine(new CorroborateCommand(false));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        assertThat(cl.parseArgs(args.toArray(String[]::new)).subcommand()).as(line).isNotNull();
      }
    }
  }

  @Test
  void argumentsAreSplitAsAShellWouldAndUnsupportedSyntaxIsRefused() {
    assertThat(CiExamples.arguments("corroborate check --changed-since \"origin/$GITHUB_BASE_REF\" 'a b' x${GITHUB_BASE_REF}y",
        ENV)).containsExactly("check", "--changed-since", "origin/main", "a b", "xmainy");
    assertThatThrownBy(() -> CiExamples.arguments("corroborate check | tee x", ENV))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CiExamples.arguments("corroborate check $UNSET", ENV))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CiExamples.arguments("corroborate check \"open", ENV))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
