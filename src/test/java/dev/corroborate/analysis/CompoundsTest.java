package dev.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompoundsTest {
  private static Token t(String text, String pos) {
    return new Token(text, text.toLowerCase(), pos, Stemmer.key(text), 0, text.length());
  }

  @Test
  void twoCommonWordsJoinDirectlyOrAcrossAHyphen() {
    List<Token> open = List.of(t("air", "NOUN"), t("strike", "NOUN"));
    assertThat(Compounds.partner(open, 0)).isEqualTo(1);
    assertThat(Compounds.key(open.get(0), open.get(1))).isEqualTo(Compounds.key(t("airstrike", "NOUN")));
    List<Token> hyphen = List.of(t("cease", "NOUN"), t("-", "PUNCT"), t("Fire", "NOUN"));
    assertThat(Compounds.partner(hyphen, 0)).isEqualTo(2);
    assertThat(Compounds.key(hyphen.get(0), hyphen.get(2))).isEqualTo(Compounds.key(t("ceasefire", "NOUN")));
    assertThat(Compounds.key(t("Apple", "PROPN"))).isNull();
  }

  @Test
  void namesFunctionWordsAndNumbersDoNotJoin() {
    assertThat(Compounds.partner(List.of(t("Apple", "PROPN"), t("Watch", "PROPN")), 0)).isEqualTo(-1);
    assertThat(Compounds.partner(List.of(t("every", "DET"), t("day", "NOUN")), 0)).isEqualTo(-1);
    assertThat(Compounds.partner(List.of(t("40", "NUM"), t("-", "PUNCT"), t("pound", "NOUN")), 0)).isEqualTo(-1);
    assertThat(Compounds.partner(List.of(t("strike", "NOUN")), 0)).isEqualTo(-1);
  }
}
