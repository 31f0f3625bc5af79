package dev.corroborate.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated corpus of Markdown sources with varied English sentences, for tests that need indexing
 * to take seconds: made from a seeded {@link Random}, so the same seed gives the same files.
 */
final class SyntheticCorpus {
  private static final String[] SUBJECTS = {"The minister", "A spokesman for the ministry", "The committee",
      "Local officials", "The port authority", "Analysts at the institute", "The mayor", "Residents",
      "The agency", "Investigators", "The ferry operator", "Union leaders", "The governor", "A senior diplomat"};
  private static final String[] VERBS = {"said", "announced", "denied", "confirmed", "reported", "warned",
      "claimed", "insisted", "suggested", "noted", "did not say", "told reporters"};
  private static final String[] OBJECTS = {"that the bridge would reopen", "that the talks had stalled",
      "that fares rose sharply", "that the plan was delayed", "that funding was approved",
      "that the vote was postponed", "that the harbour was closed", "that the report was accurate",
      "that the call was initiated by the president", "that no agreement had been reached",
      "that the ferry service would resume", "that repairs were paid for by the state"};
  private static final String[] TAILS = {"on Monday.", "last week.", "after the meeting.", "in a statement.",
      "during the briefing.", "without giving details.", "according to the record.", "before the deadline.",
      "in an interview with a local newspaper.", "while visiting the harbour."};
  private static final String[] KINDS = {"press-report", "official-statement", "press-briefing", "analysis",
      "social-media", "letter", "official-readout"};

  private final Path dir;
  private final int size;
  private final int length;

  private SyntheticCorpus(Path dir, int size, int length) {
    this.dir = dir;
    this.size = size;
    this.length = length;
  }

  /** Writes {@code size} sources to {@code dir}, one per file, made from {@code random}. */
  static SyntheticCorpus write(Path dir, int size, Random random) throws IOException {
    return write(dir, size, random, 1);
  }

  /** As {@link #write(Path, int, Random)}, with bodies {@code length} times as long (6 to 12 sentences each time). */
  static SyntheticCorpus write(Path dir, int size, Random random, int length) throws IOException {
    Files.createDirectories(dir);
    SyntheticCorpus corpus = new SyntheticCorpus(dir, size, length);
    for (int i = 0; i < size; i++) {
      corpus.writeSource(i, random, 0);
    }
    return corpus;
  }

  Path dir() {
    return dir;
  }

  int size() {
    return size;
  }

  static String fileName(int i) {
    return String.format("src-%04d.md", i);
  }

  /** Rewrites {@code count} distinct random sources with new bodies; returns their file names. */
  List<String> change(int count, Random random, int version) throws IOException {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      all.add(i);
    }
    java.util.Collections.shuffle(all, random);
    List<String> changed = new ArrayList<>();
    for (int i : all.subList(0, count)) {
      writeSource(i, random, version);
      changed.add(fileName(i));
    }
    return changed;
  }

  private void writeSource(int i, Random r, int version) throws IOException {
    StringBuilder body = new StringBuilder();
    for (int s = length * (6 + r.nextInt(7)); s > 0; s--) {
      body.append(pick(r, SUBJECTS)).append(' ').append(pick(r, VERBS)).append(' ').append(pick(r, OBJECTS))
          .append(' ').append(pick(r, TAILS)).append(r.nextInt(4) == 0 ? "\n\n" : " ");
    }
    Files.writeString(dir.resolve(fileName(i)), String.format("---%nid: src-%04d%ntitle: Source %d, version %d%n"
        + "publisher: Paper %d%nkind: %s%ndate: 2025-%02d-%02d%n---%n%s%n", i, i, version, i % 17, pick(r, KINDS),
        1 + i % 12, 1 + i % 28, body.toString().strip()), UTF_8);
  }

  /** SHA-256 of every source file's bytes, by file name, as the index records them. */
  Map<String, String> hashes() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      out.put(fileName(i), sha256(Files.readAllBytes(dir.resolve(fileName(i)))));
    }
    return out;
  }

  /** A small claims file in the corpus's own words. */
  static Path claims(Path file) throws IOException {
    return Files.writeString(file, """
        claims:
          - id: bridge
            text: "The minister said that the bridge would reopen on Monday."
          - id: talks
            text: "The committee confirmed that the talks had stalled."
          - id: ferry
            text: "The ferry operator announced that the ferry service would resume."
        """, UTF_8);
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
