package dev.corroborate.extract;

import dev.corroborate.claims.ClaimText;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The offsets contract of every proposed claim: counted in code points of the document's text,
 * {@code [start, end)} slices back to the sentence exactly, and {@code [claimStart, claimEnd)} lies
 * inside it and holds the claim's words (the claim's text is those words, cleaned, unless it was
 * built as "X said: ..."). Checked on the committed draft, on awkward texts (CRLF, characters
 * outside the BMP, front matter, tabs, wrapped lines) and on seeded random shuffles of sentences.
 */
class OffsetContractTest {
  static Stream<DocumentText> documents() throws Exception {
    List<DocumentText> docs = new ArrayList<>();
    Path draft = Path.of("src/test/resources/extract/fire.md");
    docs.add(new DocumentReader().read(draft));
    docs.add(doc("\uD83D\uDD25 Emoji first: the mill \uD835\uDC00 burned on Monday, and 40 crews came.\r\n"
        + "\r\nMayor Luis Ferreira said\tthe \uD83D\uDE92 trucks arrived at 9 p.m.\r\n"));
    docs.add(new DocumentText("fm.md", DocumentReader.blankFrontMatter(
        "---\nid: x\ntitle: \u00e9t\u00e9 \uD83D\uDE00\n---\n# Title\n\nThe port shut at noon; 300 workers went home.\n"), false));
    docs.add(doc("The regional council of Harlow voted on Tuesday evening to close the old\n"
        + "paper mill by the river after a second fire in the storage hall, and the owner\n"
        + "said the site would be sold to the port authority before the end of next year.\n"));
    Path seed = Path.of("../shared/seed/000_cf69c911418edf94.txt");
    if (Files.exists(seed)) {
      docs.add(new DocumentReader().read(seed));
    }
    String[] parts = Files.readString(draft).split("\n");
    Random random = new Random(7);
    for (int trial = 0; trial < 5; trial++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        sb.append(parts[6 + random.nextInt(parts.length - 6)])
            .append(random.nextBoolean() ? "\n" : random.nextBoolean() ? "\r\n\r\n" : " \uD83D\uDCF0 ");
      }
      docs.add(doc(sb.toString()));
    }
    return docs.stream();
  }

  private static DocumentText doc(String text) {
    return new DocumentText("t.txt", text, false);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void offsetsSliceBack(DocumentText doc) throws IOException {
    List<ProposedClaim> claims = Fixtures.EXTRACTOR.extract(doc, 0);
    assertThat(claims).isNotEmpty();
    String text = doc.text();
    int length = text.codePointCount(0, text.length());
    for (ProposedClaim c : claims) {
      assertThat(c.end()).isLessThanOrEqualTo(length);
      assertThat(slice(text, c.start(), c.end())).as(c.id()).isEqualTo(c.sentence());
      assertThat(c.claimStart()).isGreaterThanOrEqualTo(c.start());
      assertThat(c.claimEnd()).isLessThanOrEqualTo(c.end());
      String words = slice(text, c.claimStart(), c.claimEnd());
      assertThat(c.sentence()).contains(words);
      if (!c.text().contains(" said: \u201c")) {
        assertThat(ClaimText.normalise(c.text())).as(c.id()).isEqualTo(ClaimText.normalise(words));
      }
    }
  }

  private static String slice(String text, int fromCp, int toCp) {
    int from = text.offsetByCodePoints(0, fromCp);
    return text.substring(from, text.offsetByCodePoints(from, toCp - fromCp));
  }
}
