package dev.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.report.Highlighter.Piece;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HighlighterTest {
  private static String marked(String text, List<String> matched) {
    List<Piece> pieces = Highlighter.pieces(text, matched);
    assertThat(pieces.stream().map(Piece::text).collect(Collectors.joining())).isEqualTo(text);
    return pieces.stream().map(p -> p.highlighted() ? "[" + p.text() + "]" : p.text()).collect(Collectors.joining());
  }

  @Test
  void marksWholeWordsOnlyIgnoringCase() {
    assertThat(marked("The call was recalled; Call me.", List.of("call")))
        .isEqualTo("The [call] was recalled; [Call] me.");
    assertThat(marked("On March 15 and 150 days", List.of("15"))).isEqualTo("On March [15] and 150 days");
  }

  @Test
  void phrasesMatchAcrossWhiteSpaceAndTheLongestWins() {
    assertThat(marked("President Xi\nJinping met Xi.", List.of("Xi", "President Xi Jinping")))
        .isEqualTo("[President Xi\nJinping] met [Xi].");
  }

  @Test
  void nothingMatchedLeavesTheTextWhole() {
    assertThat(Highlighter.pieces("abc", List.of("x", " ", ""))).containsExactly(new Piece("abc", false));
    assertThat(Highlighter.pieces("", List.of("x"))).isEmpty();
  }

  @Test
  void regexCharactersInWordsAreLiteral() {
    assertThat(marked("U.S. and USxS (a+b)", List.of("U.S.", "a+b"))).isEqualTo("[U.S.] and USxS ([a+b])");
  }
}
