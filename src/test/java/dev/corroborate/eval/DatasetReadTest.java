package dev.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import dev.corroborate.stance.Stance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each dataset's reader on small hand-written files, and its malformed rows. */
class DatasetReadTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static final String BODIES = """
      Body ID,articleBody
      7,"A meteorite fell, officials said.

      Residents reported a ""boom""."
      9,Nothing to see here.
      """;

  @Test
  void fncPairsKeepFileOrderWithRowNumberIdsMultiLineBodiesAndMappedLabels() throws Exception {
    Path bodies = file("bodies.csv", BODIES);
    Path stances = file("stances.csv", """
        Headline,Body ID,Stance
        "Meteorite falls, says city",7,agree
        Meteorite is a hoax,7,disagree
        Meteorite reports,7,discuss
        Cat wins election,9,unrelated
        """);
    List<LabelledPair> pairs = Dataset.FNC1.read(List.of(bodies, stances));
    assertThat(pairs).extracting(LabelledPair::id, LabelledPair::claim, LabelledPair::bodyId, LabelledPair::group,
        LabelledPair::goldWord, LabelledPair::gold).containsExactly(
            tuple("1", "Meteorite falls, says city", "7", "7", "agree", Stance.SUPPORTS),
            tuple("2", "Meteorite is a hoax", "7", "7", "disagree", Stance.CONTRADICTS),
            tuple("3", "Meteorite reports", "7", "7", "discuss", Stance.MENTIONS),
            tuple("4", "Cat wins election", "9", "9", "unrelated", Stance.UNRELATED));
    assertThat(pairs.get(0).body()).isEqualTo("A meteorite fell, officials said.\n\nResidents reported a \"boom\".");
    assertThat(pairs.get(3).body()).isEqualTo("Nothing to see here.");
  }

  @Test
  void arcReadsTheFncFormat() throws Exception {
    Path bodies = file("arc_bodies.csv", "Body ID,articleBody\n90000,\"I think,\nno.\"\n");
    Path stances = file("arc_stances.csv", "Headline,Body ID,Stance\n\"Guns, on campus\",90000,disagree\n");
    assertThat(Dataset.ARC.read(List.of(bodies, stances))).containsExactly(
        new LabelledPair("1", "Guns, on campus", "90000", "I think,\nno.", "90000", "disagree", Stance.CONTRADICTS));
  }

  @Test
  void fncMalformedRowsAreAllReportedWithFileAndLine() throws Exception {
    Path bodies = file("bodies.csv", BODIES);
    Path stances = file("stances.csv", """
        Headline,Body ID,Stance
        Fine,7,agree
        Too,many,fields,here
        Unknown body,8,agree
        Bad label,9,Agree
        "Multi
        line headline",12,unrelated
        """);
    assertThatThrownBy(() -> Dataset.FNC1.read(List.of(bodies, stances)))
        .isInstanceOf(MalformedDataException.class)
        .satisfies(e -> assertThat(((BadInputException) e).diagnostics())
            .extracting(Diagnostic::file, Diagnostic::line)
            .containsExactly(tuple(stances.toString(), 3)));
    Path stances2 = file("stances2.csv", """
        Headline,Body ID,Stance
        Fine,7,agree
        Unknown body,8,agree
        Bad label,9,Agree
        "Multi
        line headline",12,unrelated
        """);
    assertThatThrownBy(() -> Dataset.FNC1.read(List.of(bodies, stances2)))
        .isInstanceOf(MalformedDataException.class)
        .satisfies(e -> assertThat(((BadInputException) e).diagnostics()).extracting(Diagnostic::oneLine)
            .containsExactly(
                stances2 + ":3: Body ID '8' is not in " + bodies + " (pass the bodies file that belongs to these stances)",
                stances2 + ":4: unknown label 'Agree' (use one of: agree, disagree, discuss, unrelated)",
                stances2 + ":5: Body ID '12' is not in " + bodies + " (pass the bodies file that belongs to these stances)"));
  }

  @Test
  void fncHeaderAndBodiesProblems() throws Exception {
    Path stances = file("stances.csv", "Headline,Body ID,Stance\nA,7,agree\n");
    Path noColumn = file("nocol.csv", "Body ID,text\n7,x\n");
    assertThatThrownBy(() -> Dataset.FNC1.read(List.of(noColumn, stances)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessage(noColumn + ":1: the header has no column 'articleBody'"
            + " (the header must name the columns Body ID,articleBody)");
    Path twice = file("twice.csv", "Body ID,articleBody\n7,x\n7,y\n");
    assertThatThrownBy(() -> Dataset.FNC1.read(List.of(twice, stances)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageStartingWith(twice + ":3: Body ID '7' appears twice (first on line 2)");
    Path swapped = file("b.csv", BODIES);
    assertThatThrownBy(() -> Dataset.FNC1.read(List.of(stances, swapped)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageStartingWith(stances + ":1: the header has no column 'articleBody'");
    Path empty = file("empty.csv", "");
    assertThatThrownBy(() -> Dataset.FNC1.read(List.of(empty, stances)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageStartingWith(empty + ":1: the file is empty");
  }

  @Test
  void aMissingFileIsBadInputButNotMalformedData() throws Exception {
    Path stances = file("stances.csv", "Headline,Body ID,Stance\n");
    Path absent = dir.resolve("absent.csv");
    assertThatThrownBy(() -> Dataset.FNC1.read(List.of(absent, stances)))
        .isInstanceOf(BadInputException.class)
        .isNotInstanceOf(MalformedDataException.class)
        .hasMessage(absent + ": file not found (check the path)");
  }

  @Test
  void theNumberOfFilesMustMatchTheDataset() {
    assertThatThrownBy(() -> Dataset.FNC1.read(List.of(dir.resolve("one.csv"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fnc1 takes 2 file(s): bodies CSV").hasMessageContaining("got 1");
  }

  @Test
  void emergentUsesTheFirstColumnAsIdAndTheClaimIdAsGroup() throws Exception {
    Path csv = file("emergent.csv", """
        ,claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId
        0,Apple will sell 19 million watches,"BMO forecasts 19M, mostly in holidays",observing,a1,c1
        1,Apple will sell 19 million watches,Apple to sell 19M watches,for,a2,c1
        2,Burger kept 20 years,Burger story is false,against,a3,c2
        """);
    assertThat(Dataset.EMERGENT.read(List.of(csv))).containsExactly(
        new LabelledPair("0", "Apple will sell 19 million watches", "a1", "BMO forecasts 19M, mostly in holidays",
            "c1", "observing", Stance.MENTIONS),
        new LabelledPair("1", "Apple will sell 19 million watches", "a2", "Apple to sell 19M watches", "c1", "for",
            Stance.SUPPORTS),
        new LabelledPair("2", "Burger kept 20 years", "a3", "Burger story is false", "c2", "against",
            Stance.CONTRADICTS));
  }

  @Test
  void emergentMalformedRows() throws Exception {
    Path csv = file("emergent.csv", """
        ,claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId
        0,C,H,agree,a1,c1
        1,C,H,for,a2
        """);
    assertThatThrownBy(() -> Dataset.EMERGENT.read(List.of(csv)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessage(csv + ":3: the row has 5 fields, the header 6 (quote fields that contain commas or line breaks)");
    Path labels = file("labels.csv", """
        ,claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId
        0,C,H,agree,a1,c1
        0,C,H,for,a2,c1
        """);
    assertThatThrownBy(() -> Dataset.EMERGENT.read(List.of(labels)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessage(labels + ":2: unknown label 'agree' (use one of: for, against, observing)\n"
            + labels + ":3: row id '0' appears twice (first on line 2) (give every row its own id)");
    Path noId = file("noid.csv", "claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId\n");
    assertThatThrownBy(() -> Dataset.EMERGENT.read(List.of(noId)))
        .isInstanceOf(MalformedDataException.class)
        .hasMessageStartingWith(noId + ":1: the first column is 'claimHeadline', not the row id");
  }

  @Test
  void feverReadsJsonLinesIgnoringExtraFieldsAndBlankLines() throws Exception {
    Path jsonl = file("fever.jsonl", """
        {"id": "54253", "claim": "Daggering is death metal .", "evidence": "It is dancehall .", "sentence1": "x", "gold_label": "REFUTES", "label": "REFUTES", "evid": [["x", 1.0]]}

        {"id": 204361, "claim": "The Cretaceous ended .", "evidence": "The Cretaceous ended with an extinction .", "label": "SUPPORTS"}
        """);
    assertThat(Dataset.FEVER_SYMMETRIC.read(List.of(jsonl))).containsExactly(
        new LabelledPair("54253", "Daggering is death metal .", "54253", "It is dancehall .",
            "54253", "REFUTES", Stance.CONTRADICTS),
        new LabelledPair("204361", "The Cretaceous ended .", "204361", "The Cretaceous ended with an extinction .",
            "204361", "SUPPORTS", Stance.SUPPORTS));
  }

  @Test
  void feverPairsSharingAClaimOrAnEvidenceSentenceFallInOneSplitGroup() throws Exception {
    // The symmetric construction: claims A and A' each with evidence E and E'. Pair 5 shares nothing.
    Path jsonl = file("fever.jsonl", """
        {"id": "1", "claim": "A", "evidence": "E", "label": "SUPPORTS"}
        {"id": "5", "claim": "C", "evidence": "G", "label": "SUPPORTS"}
        {"id": "2", "claim": "A'", "evidence": "E'", "label": "SUPPORTS"}
        {"id": "3", "claim": "A", "evidence": "E'", "label": "REFUTES"}
        {"id": "4", "claim": "A'", "evidence": "E", "label": "REFUTES"}
        """);
    assertThat(Dataset.FEVER_SYMMETRIC.read(List.of(jsonl))).extracting(LabelledPair::group)
        .containsExactly("1", "5", "1", "1", "1");
  }

  @Test
  void feverMalformedLinesAreReportedWithTheirLineNumbers() throws Exception {
    Path jsonl = file("fever.jsonl", """
        {"id": "1", "claim": "A", "evidence": "B", "label": "SUPPORTS"}
        {"id": "2", "claim": "A", "evidence": "B", "label": "SUPPORTS"
        {"id": "3", "claim": "A", "label": "REFUTES"}
        {"id": "4", "claim": "A", "evidence": "B", "label": "NOT ENOUGH INFO"}
        {"id": "1", "claim": "A", "evidence": "B", "label": "SUPPORTS"}
        [1, 2]
        {"id": "7", "claim": "A", "evidence": "B", "label": "SUPPORTS"} trailing
        """);
    assertThatThrownBy(() -> Dataset.FEVER_SYMMETRIC.read(List.of(jsonl)))
        .isInstanceOf(MalformedDataException.class)
        .satisfies(e -> assertThat(((BadInputException) e).diagnostics())
            .extracting(Diagnostic::line, Diagnostic::message)
            .satisfiesExactly(
                d -> assertThat(d.toList()).first().isEqualTo(2),
                d -> assertThat(d.toList()).containsExactly(3, "missing evidence"),
                d -> assertThat(d.toList()).containsExactly(4, "unknown label 'NOT ENOUGH INFO'"),
                d -> assertThat(d.toList()).containsExactly(5, "id '1' appears twice (first on line 1)"),
                d -> assertThat(d.toList()).first().isEqualTo(6),
                d -> assertThat(d.toList()).first().isEqualTo(7)));
  }

  @Test
  void labelWordsMapToStancesBothWaysForEveryDataset() {
    assertThat(Dataset.FNC1.labelWords()).containsExactly("agree", "disagree", "discuss", "unrelated");
    assertThat(Dataset.ARC.labelWords()).isEqualTo(Dataset.FNC1.labelWords());
    assertThat(Dataset.EMERGENT.labelWords()).containsExactly("for", "against", "observing");
    assertThat(Dataset.FEVER_SYMMETRIC.labelWords()).containsExactly("SUPPORTS", "REFUTES");
    assertThat(Dataset.EMERGENT.goldClasses()).containsExactly(Stance.SUPPORTS, Stance.CONTRADICTS, Stance.MENTIONS);
    for (Dataset d : Dataset.values()) {
      for (String w : d.labelWords()) {
        assertThat(d.word(d.stance(w).orElseThrow())).isEqualTo(w);
      }
    }
    assertThat(Dataset.FNC1.stance("discuss")).contains(Stance.MENTIONS);
    assertThat(Dataset.EMERGENT.stance("against")).contains(Stance.CONTRADICTS);
    assertThat(Dataset.FEVER_SYMMETRIC.stance("supports")).isEmpty();
    assertThat(Dataset.FEVER_SYMMETRIC.word(Stance.UNRELATED)).isEqualTo("unrelated");
    assertThat(Dataset.EMERGENT.word(Stance.UNRELATED)).isEqualTo("unrelated");
  }

  @Test
  void datasetsKnowTheirNamesScoresSplitsAndDefaultFiles() {
    assertThat(Dataset.fromLabel("fever-symmetric")).contains(Dataset.FEVER_SYMMETRIC);
    assertThat(Dataset.fromLabel("FNC1")).contains(Dataset.FNC1);
    assertThat(Dataset.fromLabel("fnc2")).isEmpty();
    assertThat(Dataset.allLabels()).isEqualTo("fnc1, emergent, fever-symmetric, arc");
    assertThat(Dataset.values()).filteredOn(Dataset::fncScore).containsExactly(Dataset.FNC1, Dataset.ARC);
    assertThat(Dataset.FNC1.defaultData(Path.of("root")))
        .containsExactly(Path.of("root/fnc1/train_bodies.csv"), Path.of("root/fnc1/train_stances.csv"));
    assertThat(Dataset.ARC.defaultFiles()).containsExactly("arc/arc_bodies.csv", "arc/arc_stances_train.csv");
    assertThat(Dataset.EMERGENT.defaultFiles()).containsExactly("emergent/url-versions-2015-06-14-clean-train.csv");
    assertThat(Dataset.FEVER_SYMMETRIC.defaultFiles()).containsExactly("fever_symmetric/fever_symmetric_dev.jsonl");
    for (Dataset d : Dataset.values()) {
      assertThat(d.dataRoles()).hasSameSizeAs(d.defaultFiles());
    }
  }
}
