package dev.corroborate.stance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.analysis.Sentence;
import dev.corroborate.analysis.Stemmer;
import dev.corroborate.analysis.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Copular statements and predicate substitution on invented sentences. */
class CopulaTest {
  private static final OpenNlpAnalyzer ANALYZER = new OpenNlpAnalyzer();

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    for (Sentence s : ANALYZER.analyze(text)) {
      out.addAll(s.tokens());
    }
    return out;
  }

  private static Set<String> keys(List<Token> tokens) {
    return tokens.stream().map(Token::key).collect(Collectors.toSet());
  }

  private static boolean substitutes(String claim, String passage) {
    List<Token> c = tokens(claim);
    List<Token> p = tokens(passage);
    for (Copula cc : Copula.find(c)) {
      for (Copula pc : Copula.find(p)) {
        if (pc.substitutes(cc, keys(p), keys(c))) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void findsSubjectAndComplement() {
    List<Copula> found = Copula.find(tokens("The mayor of Tolvik is a retired pilot."));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).subject()).contains(Stemmer.key("mayor"), Stemmer.key("Tolvik"));
    assertThat(found.get(0).complement()).contains(Stemmer.key("retired"), Stemmer.key("pilot"));
  }

  @Test
  void bracketsBeforeTheVerbAreSkipped() {
    List<Copula> found = Copula.find(tokens("Mira Kessel (born 3 March 1970) is a Danish sculptor."));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).subject()).contains(Stemmer.key("Kessel")).doesNotContain(Stemmer.key("March"));
  }

  @Test
  void negatedOrPassiveBeGivesNoStatement() {
    assertThat(Copula.find(tokens("The mayor of Tolvik is not a pilot."))).isEmpty();
    assertThat(Copula.find(tokens("The mayor of Tolvik was elected in spring."))).isEmpty();
  }

  @Test
  void anotherPredicateForTheSameSubjectIsASubstitution() {
    assertThat(substitutes("Mira Kessel is a senator.", "Mira Kessel is a fashion model from Aarhus.")).isTrue();
    assertThat(substitutes("Mira Kessel is a Swedish sculptor.", "Mira Kessel is a Danish sculptor.")).isTrue();
  }

  @Test
  void theSamePredicateOrAnotherSubjectIsNot() {
    assertThat(substitutes("Mira Kessel is a sculptor.", "Mira Kessel is a Danish sculptor and painter.")).isFalse();
    assertThat(substitutes("Mira Kessel is a senator.", "Her brother Anton is a fashion model.")).isFalse();
  }
}
