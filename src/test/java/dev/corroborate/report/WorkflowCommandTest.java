package dev.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.report.WorkflowCommand.Level;
import org.junit.jupiter.api.Test;

class WorkflowCommandTest {
  @Test
  void messagesEscapePercentAndLineBreaks() {
    assertThat(WorkflowCommand.escapeData("50% a\r\nb: c, d")).isEqualTo("50%25 a%0D%0Ab: c, d");
  }

  @Test
  void propertiesAlsoEscapeColonAndComma() {
    assertThat(WorkflowCommand.escapeProperty("a: b, 5%\n")).isEqualTo("a%3A b%2C 5%25%0A");
  }

  @Test
  void percentIsEscapedFirstSoEscapesAreNotDoubled() {
    assertThat(WorkflowCommand.escapeData("%0A")).isEqualTo("%250A");
  }

  @Test
  void rendersPropertiesInOrderAndLeavesOutEmptyOnes() {
    assertThat(new WorkflowCommand(Level.ERROR, "dir,x/claims.yaml", 12, 5, "t: 1", "m\nn").render())
        .isEqualTo("::error file=dir%2Cx/claims.yaml,line=12,col=5,title=t%3A 1::m%0An");
    assertThat(new WorkflowCommand(Level.WARNING, "claims.yaml", 0, 5, "", "m").render())
        .isEqualTo("::warning file=claims.yaml::m");
    assertThat(new WorkflowCommand(Level.NOTICE, "", 3, 0, "", "done").render()).isEqualTo("::notice::done");
  }

  @Test
  void refusesNegativePositions() {
    assertThatThrownBy(() -> new WorkflowCommand(Level.ERROR, "f", -1, 0, "", "m"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
