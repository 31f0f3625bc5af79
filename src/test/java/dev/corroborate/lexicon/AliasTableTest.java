package dev.corroborate.lexicon;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.analysis.Stemmer;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasTableTest {
  private static final AliasTable SHIPPED = AliasTable.shipped();

  @TempDir Path dir;

  private static String key(String word) {
    return Stemmer.key(word);
  }

  private static List<List<String>> keysOf(List<AliasTable.Phrase> phrases) {
    return phrases.stream().map(AliasTable.Phrase::keys).toList();
  }

  private Path write(String... lines) throws IOException {
    return Files.writeString(dir.resolve("aliases.yaml"), String.join("\n", lines) + "\n", UTF_8);
  }

  @Test
  void noShippedPhraseNamesTwoEntities() throws IOException {
    // Read the resource as plain YAML, so a phrase given to two names is seen even if the table kept one.
    com.fasterxml.jackson.databind.ObjectMapper yaml =
        new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    java.util.Map<String, java.util.Map<String, List<String>>> file;
    try (var in = AliasTable.class.getResourceAsStream("aliases.yaml")) {
      file = yaml.readValue(in, new com.fasterxml.jackson.core.type.TypeReference<>() {});
    }
    java.util.Map<List<String>, String> owner = new java.util.HashMap<>();
    List<String> clashes = new java.util.ArrayList<>();
    file.get("aliases").forEach((name, phrases) -> {
      List<String> all = new java.util.ArrayList<>(phrases);
      all.add(name);
      for (String phrase : all) {
        String before = owner.putIfAbsent(AliasTable.phraseKeys(phrase), name);
        if (before != null && !before.equals(name)) {
          clashes.add(phrase + " (" + before + ", " + name + ")");
        }
      }
    });
    assertThat(file.get("aliases")).hasSizeGreaterThan(180);
    assertThat(clashes).isEmpty();
  }

  @Test
  void aDemonymStandsForItsCountry() {
    assertThat(SHIPPED.startingWith(key("Iraqi"))).singleElement()
        .satisfies(p -> assertThat(p.concept()).isEqualTo("@iraq"));
    assertThat(SHIPPED.startingWith(key("Kenyan"))).singleElement()
        .satisfies(p -> assertThat(p.concept()).isEqualTo("@kenya"));
  }

  @Test
  void anOrganisationsShortNamesStandForIt() {
    assertThat(SHIPPED.startingWith(key("ISIS"))).singleElement()
        .satisfies(p -> assertThat(p.concept()).isEqualTo("@islam state"));
    assertThat(SHIPPED.startingWith(key("Daesh"))).singleElement()
        .satisfies(p -> assertThat(p.name()).isEqualTo("Islamic State"));
  }

  @Test
  void capitalStandsForItsCountry() {
    assertThat(SHIPPED.startingWith(key("Beijing"))).singleElement().satisfies(p -> {
      assertThat(p.keys()).containsExactly(key("Beijing"));
      assertThat(p.concept()).isEqualTo("@china");
      assertThat(p.name()).isEqualTo("China");
    });
  }

  @Test
  void conceptIdIsAtSignAndTheNamesKeys() {
    assertThat(AliasTable.conceptId("China")).isEqualTo("@china");
    assertThat(AliasTable.conceptId("United States")).isEqualTo("@" + key("United") + " " + key("States"));
    assertThat(AliasTable.conceptId("  Japan ")).isEqualTo("@japan");
  }

  @Test
  void phraseKeysSplitPossessivesAsTheAnalyzerDoes() {
    assertThat(AliasTable.phraseKeys("People's Republic of China"))
        .containsExactly(key("People"), "'s", key("Republic"), "of", "china");
    assertThat(AliasTable.phraseKeys("People\u2019s  Republic")).containsExactly(key("People"), "'s", key("Republic"));
    assertThat(AliasTable.phraseKeys("U.S.")).containsExactly("u.s");
    assertThat(AliasTable.phraseKeys("U.K.")).isEqualTo(AliasTable.phraseKeys("U.K"));
    assertThat(AliasTable.phraseKeys("   ")).isEmpty();
  }

  @Test
  void phrasesSharingAFirstWordComeLongestFirst() {
    List<AliasTable.Phrase> united = SHIPPED.startingWith(key("United"));

    assertThat(united).extracting(p -> p.keys().size()).isSortedAccordingTo((a, b) -> b - a);
    assertThat(united.get(0).keys()).isEqualTo(AliasTable.phraseKeys("United States of America"));
    assertThat(keysOf(united)).contains(AliasTable.phraseKeys("United States"),
        AliasTable.phraseKeys("United Kingdom"), AliasTable.phraseKeys("United Nations"));
  }

  @Test
  void multiWordPhraseIsIndexedByItsFirstKey() {
    assertThat(SHIPPED.startingWith(key("People"))).first().satisfies(p -> {
      assertThat(p.keys()).isEqualTo(AliasTable.phraseKeys("People's Republic of China"));
      assertThat(p.concept()).isEqualTo("@china");
    });
    assertThat(keysOf(SHIPPED.startingWith(key("mainland")))).containsExactly(List.of(key("mainland"), "china"));
  }

  @Test
  void phrasesOfAnEntityIncludeItsOwnNameAndEveryAlias() {
    List<List<String>> china = keysOf(SHIPPED.phrasesOf("@china"));

    assertThat(china).contains(List.of("china"), List.of(key("Beijing")), List.of(key("Chinese")),
        AliasTable.phraseKeys("People's Republic of China"), AliasTable.phraseKeys("Chinese government"));
    assertThat(SHIPPED.phrasesOf("@china")).allSatisfy(p -> assertThat(p.concept()).isEqualTo("@china"));
    assertThat(SHIPPED.phrasesOf("@atlantis")).isEmpty();
    assertThat(SHIPPED.startingWith("nosuchkey")).isEmpty();
  }

  @Test
  void phraseRejectsEmptyKeys() {
    assertThatThrownBy(() -> new AliasTable.Phrase(List.of(), "@x", "X"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutAUserFileTheShippedTableIsUsed() throws Exception {
    for (AliasTable t : List.of(AliasTable.shippedPlus(null), AliasTable.shippedPlus(dir.resolve("missing.yaml")))) {
      assertThat(keysOf(t.phrasesOf("@china"))).isEqualTo(keysOf(SHIPPED.phrasesOf("@china")));
      assertThat(keysOf(t.phrasesOf("@japan"))).isEqualTo(keysOf(SHIPPED.phrasesOf("@japan")));
    }
  }

  @Test
  void userFileAddsPhrasesToShippedEntitiesAndNewEntities() throws Exception {
    Path file = write(
        "aliases:",
        "  Japan: [Kantei, Japanese government]",
        "  Acme Corporation: [Acme, the company]");

    AliasTable table = AliasTable.shippedPlus(file);

    assertThat(keysOf(table.phrasesOf("@japan")))
        .contains(List.of("japan"), List.of(key("Tokyo")), List.of(key("Kantei")));
    assertThat(table.startingWith(key("Kantei"))).singleElement()
        .extracting(AliasTable.Phrase::concept).isEqualTo("@japan");
    String acme = AliasTable.conceptId("Acme Corporation");
    assertThat(keysOf(table.phrasesOf(acme)))
        .containsExactlyInAnyOrder(AliasTable.phraseKeys("Acme Corporation"), List.of(key("Acme")),
            AliasTable.phraseKeys("the company"));
    assertThat(keysOf(table.startingWith(key("Acme"))).get(0)).isEqualTo(AliasTable.phraseKeys("Acme Corporation"));
    assertThat(keysOf(table.phrasesOf("@china"))).isEqualTo(keysOf(SHIPPED.phrasesOf("@china")));
  }

  @Test
  void userEntityWithoutPhrasesKeepsTheShippedOnes() throws Exception {
    AliasTable table = AliasTable.shippedPlus(write("aliases:", "  Japan:", "  Atlantis:"));

    assertThat(keysOf(table.phrasesOf("@japan"))).isEqualTo(keysOf(SHIPPED.phrasesOf("@japan")));
    assertThat(keysOf(table.phrasesOf(AliasTable.conceptId("Atlantis")))).containsExactly(List.of(key("Atlantis")));
  }

  @Test
  void unknownKeyInUserFileIsBadInputAtItsLine() throws Exception {
    Path file = write(
        "aliases:",                 // 1
        "  Japan: [Kantei]",        // 2
        "extras: [x]");             // 3

    Diagnostic d = badInput(file);

    assertThat(d.file()).isEqualTo(file.toString());
    assertThat(d.line()).isEqualTo(3);
    assertThat(d.message()).startsWith("invalid aliases file").contains("extras");
    assertThat(d.hint()).contains("aliases:");
  }

  @Test
  void unknownKeyWithABlockValueIsReportedAtTheKeysLine() throws Exception {
    Path file = write(
        "aliases:",                 // 1
        "  Japan: [Kantei]",        // 2
        "extras:",                  // 3
        "  - x");                   // 4

    Diagnostic d = badInput(file);

    assertThat(d.line()).isEqualTo(3);
    assertThat(d.column()).isEqualTo(1);
    assertThat(d.message()).contains("extras");
  }

  @Test
  void yamlSyntaxErrorIsBadInputWithLineAndColumn() throws Exception {
    Path file = write(
        "aliases:",                        // 1
        "  Japan: [Kantei]",               // 2
        "  China: [Beijing, Chinese",      // 3 never closed
        "  Russia: Moscow]");              // 4

    Diagnostic d = badInput(file);

    assertThat(d.line()).isBetween(3, 5);
    assertThat(d.column()).isPositive();
    assertThat(d.message()).startsWith("invalid aliases file");
  }

  @Test
  void aliasesThatAreNotAListAreBadInputAtTheirLine() throws Exception {
    Path file = write(
        "aliases:",                 // 1
        "  Japan: [Kantei]",        // 2
        "  China: {city: Beijing}"); // 3

    assertThat(badInput(file).line()).isEqualTo(3);
  }

  @Test
  void fileWithoutAliasesMappingIsBadInputAtLineOne() throws Exception {
    Diagnostic d = badInput(write("aliases:"));

    assertThat(d.line()).isEqualTo(1);
    assertThat(d.message()).contains("no 'aliases:' mapping");
  }

  @Test
  void emptyUserFileIsBadInput() throws Exception {
    Path file = Files.writeString(dir.resolve("aliases.yaml"), "");

    assertThatThrownBy(() -> AliasTable.shippedPlus(file)).isInstanceOf(BadInputException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void nullAliasInUserFileIsBadInput() throws Exception {
    Path file = write(
        "aliases:",                     // 1
        "  Japan: [Kantei, null]");     // 2

    assertThat(badInput(file).line()).isEqualTo(2);
  }

  @Test
  void emptyAliasInABlockListIsBadInputAtItsLineAndNamesTheEntity() throws Exception {
    Path file = write(
        "aliases:",                 // 1
        "  China: [Beijing]",       // 2
        "  Japan:",                 // 3
        "    - Kantei",             // 4
        "    - ~",                  // 5
        "    - Tokyo");             // 6

    Diagnostic d = badInput(file);

    assertThat(d.line()).isEqualTo(5);
    assertThat(d.column()).isPositive();
    assertThat(d.message()).startsWith("invalid aliases file").contains("Japan");
  }

  @Test
  void blankAliasIsBadInputAtItsLine() throws Exception {
    Path file = write(
        "aliases:",                     // 1
        "  Japan: [Kantei]",            // 2
        "  China: [Beijing, '  ']");    // 3

    assertThat(badInput(file).line()).isEqualTo(3);
  }

  private static Diagnostic badInput(Path file) {
    BadInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(BadInputException.class,
        () -> AliasTable.shippedPlus(file));
    assertThat(e).as("BadInputException for %s", file).isNotNull();
    assertThat(e.diagnostics()).hasSize(1);
    assertThat(e.getMessage()).startsWith(file.toString() + ":");
    return e.diagnostics().get(0);
  }
}
