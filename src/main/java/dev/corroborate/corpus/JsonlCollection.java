package dev.corroborate.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON Lines collection read line by line: each line is a source with the keys of a corpus
 * {@code .jsonl} line ({@code id} and {@code text} required, {@code kind} press-report by default).
 * A line that is not valid JSON, has unknown keys or fails the metadata rules is skipped with its
 * line number; blank lines are ignored.
 */
final class JsonlCollection implements SourceCollection {
  private final Path file;
  private final long size;
  private final MetadataParser parser = new MetadataParser();
  private final MetadataRules rules = new MetadataRules();

  JsonlCollection(Path file, long size) {
    this.file = file;
    this.size = size;
  }

  @Override
  public String name() {
    return file.getFileName().toString();
  }

  @Override
  public long sizeBytes() {
    return size;
  }

  @Override
  public Cursor open() throws IOException {
    CountingInput counted = new CountingInput(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    BufferedReader lines = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    String name = name();
    return new Cursor() {
      private int number;

      @Override
      public Entry next() throws IOException {
        while (true) {
          String line;
          try {
            line = lines.readLine();
          } catch (CharacterCodingException e) {
            throw new IOException("line " + (number + 1) + " is not UTF-8 text", e);
          }
          if (line == null) {
            return null;
          }
          number++;
          if (!line.isBlank()) {
            return entry(line, number, name);
          }
        }
      }

      @Override
      public long bytesRead() {
        return counted.count();
      }

      @Override
      public void close() throws IOException {
        lines.close();
      }
    };
  }

  private Entry entry(String line, int number, String name) {
    MetadataParser.Parsed parsed = parser.jsonLine(line, name, number, RawSource.JSONL_KEYS);
    List<Problem> problems = new ArrayList<>(parsed.problems());
    RawSource raw = parsed.raw();
    MetadataRules.Checked checked = null;
    String body = "";
    if (raw != null) {
      checked = rules.check(raw, new MetadataRules.Context(name, number - 1, number, "line", null, "", false));
      problems.addAll(checked.problems());
      if (raw.text() == null) {
        problems.add(new Problem(name, number, "missing required key 'text' (the source's body)"));
      } else {
        body = PlainText.trimBlankLines(ContentReader.normalizeLineEnds(raw.text().text()));
        if (body.isEmpty()) {
          problems.add(new Problem(name, number, "'text' is empty"));
        }
      }
    }
    if (!problems.isEmpty()) {
      return new Skipped(Problem.skipOf(name, problems));
    }
    String id = checked.metadata().id();
    String hash = ContentReader.sha256(line.getBytes(StandardCharsets.UTF_8));
    return new Source(checked.metadata().toSource(name + "#" + id, hash, body), number);
  }
}
