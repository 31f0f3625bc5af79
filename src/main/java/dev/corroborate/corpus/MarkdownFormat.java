package dev.corroborate.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown: optional YAML front matter between a first line {@code ---} and the next {@code ---}
 * line, then the body. Heading markers are removed from the body (outside fenced code); all other
 * text is kept as written. Without front matter the id comes from the file name, the title from
 * the first {@code # } heading, and the kind is press-report.
 */
final class MarkdownFormat implements SourceFormat {
  private static final Pattern HEADING =
      Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

  private final ContentReader reader;
  private final MetadataParser parser;
  private final MetadataRules rules;

  MarkdownFormat(ContentReader reader, MetadataParser parser, MetadataRules rules) {
    this.reader = reader;
    this.parser = parser;
    this.rules = rules;
  }

  @Override
  public List<String> extensions() {
    return List.of("md", "markdown");
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
    List<String> lines = List.of(text.split("\n", -1));
    Optional<String> derivedId = MetadataRules.kebab(file.baseName());
    List<Problem> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Metadata metadata = null;
    List<String> bodyLines;
    int bodyStart;

    if (isDelimiter(lines.get(0))) {
      int close = -1;
      for (int i = 1; i < lines.size() && close < 0; i++) {
        if (isDelimiter(lines.get(i))) {
          close = i;
        }
      }
      if (close < 0) {
        out.skip(new Problem(rel, 1,
            "front matter opened with '---' on line 1 is never closed; add a line '---' after it"));
        return;
      }
      bodyLines = lines.subList(close + 1, lines.size());
      bodyStart = close + 2;
      String yaml = String.join("\n", lines.subList(1, close));
      MetadataParser.Parsed parsed = parser.yaml(yaml, rel, 1, RawSource.METADATA_KEYS);
      problems.addAll(parsed.problems());
      if (parsed.raw() != null) {
        MetadataRules.Checked checked = rules.check(parsed.raw(), new MetadataRules.Context(
            rel, 1, 1, "front matter", derivedId.orElse(""), firstHeading(bodyLines).orElse(""),
            true));
        problems.addAll(checked.problems());
        notes.addAll(checked.notes());
        metadata = checked.metadata();
      }
    } else {
      bodyLines = lines;
      bodyStart = 1;
      if (derivedId.isEmpty()) {
        problems.add(new Problem(rel, 1, "no front matter and no id can be derived from the file"
            + " name; add front matter with an id"));
      } else {
        metadata = new Metadata(derivedId.get(), firstHeading(lines).orElse(file.baseName()), null,
            SourceKind.PRESS_REPORT, null, null, null, null);
        notes.add("no front matter; defaults used (id '" + derivedId.get() + "', kind "
            + SourceKind.PRESS_REPORT.label() + ")");
      }
    }

    String body = PlainText.trimBlankLines(plainBody(bodyLines));
    if (body.isEmpty()) {
      problems.add(new Problem(rel, Math.min(bodyStart, lines.size()),
          bodyStart > 1 ? "no text after the front matter" : "no text"));
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(Problem::line));
      out.skip(problems);
      return;
    }
    notes.forEach(out::warn);
    out.add(metadata.toSource(rel, ContentReader.sha256(bytes), body), 0);
  }

  private static boolean isDelimiter(String line) {
    return line.stripTrailing().equals("---");
  }

  /** The text of the first level-1 heading outside fenced code. */
  static Optional<String> firstHeading(List<String> lines) {
    boolean inFence = false;
    for (String line : lines) {
      if (FENCE.matcher(line).find()) {
        inFence = !inFence;
        continue;
      }
      Matcher m = HEADING.matcher(line);
      if (!inFence && m.matches() && m.group(1).length() == 1 && m.group(2) != null
          && !m.group(2).isBlank()) {
        return Optional.of(m.group(2).strip());
      }
    }
    return Optional.empty();
  }

  /** The lines joined with '\n', heading markers removed outside fenced code. */
  static String plainBody(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    boolean inFence = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i > 0) {
        sb.append('\n');
      }
      if (FENCE.matcher(line).find()) {
        inFence = !inFence;
      }
      Matcher m = inFence ? null : HEADING.matcher(line);
      if (m != null && m.matches()) {
        sb.append(m.group(2) == null ? "" : m.group(2));
      } else {
        sb.append(line);
      }
    }
    return sb.toString();
  }
}
