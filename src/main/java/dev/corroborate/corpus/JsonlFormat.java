package dev.corroborate.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines: one source per line, a JSON object with the metadata keys and {@code text} (the
 * body); {@code id} and {@code text} are required, {@code kind} defaults to press-report. A broken
 * line is skipped with its line number; the other lines are kept. Blank lines are ignored.
 */
final class JsonlFormat implements SourceFormat {
  private final ContentReader reader;
  private final MetadataParser parser;
  private final MetadataRules rules;

  JsonlFormat(ContentReader reader, MetadataParser parser, MetadataRules rules) {
    this.reader = reader;
    this.parser = parser;
    this.rules = rules;
  }

  @Override
  public List<String> extensions() {
    return List.of("jsonl");
  }

  @Override
  public void read(CorpusFile file, FileOutcome out) {
    String rel = file.relative();
    byte[] bytes;
    String text;
    try {
      bytes = reader.read(file.path(), rel);
      text = ContentReader.decodeUtf8(bytes, rel);
    } catch (FileProblem e) {
      out.skip(e.problem());
      return;
    }
    String hash = ContentReader.sha256(bytes);
    String[] lines = text.split("\n", -1);
    int objects = 0;
    int withoutKind = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int number = i + 1;
      if (line.isBlank()) {
        continue;
      }
      objects++;
      MetadataParser.Parsed parsed = parser.jsonLine(line, rel, number, RawSource.JSONL_KEYS);
      List<Problem> problems = new ArrayList<>(parsed.problems());
      RawSource raw = parsed.raw();
      MetadataRules.Checked checked = null;
      String body = "";
      if (raw != null) {
        checked = rules.check(raw, new MetadataRules.Context(
            rel, number - 1, number, "line", null, "", false));
        problems.addAll(checked.problems());
        if (raw.text() == null) {
          problems.add(new Problem(rel, number, "missing required key 'text' (the source's body)"));
        } else {
          body = PlainText.trimBlankLines(ContentReader.normalizeLineEnds(raw.text().text()));
          if (body.isEmpty()) {
            problems.add(new Problem(rel, number, "'text' is empty"));
          }
        }
      }
      if (!problems.isEmpty()) {
        out.skip(problems);
        continue;
      }
      if (raw.kind() == null || raw.kind().isBlank()) {
        withoutKind++;
      }
      out.add(checked.metadata().toSource(rel, hash, body), number);
    }
    if (objects == 0) {
      out.skip(new Problem(rel, 0, "no JSON lines (the file is blank)"));
    }
    if (withoutKind > 0) {
      out.warn(withoutKind + (withoutKind == 1 ? " line has" : " lines have")
          + " no 'kind'; " + SourceKind.PRESS_REPORT.label() + " used");
    }
  }
}
