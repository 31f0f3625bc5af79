package dev.corroborate.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain text: the whole file is the body; metadata comes from the sidecar {@code <name>.meta.yaml}
 * (same keys as Markdown front matter) when there is one, else defaults with a warning. The hash
 * covers the text bytes followed by the sidecar bytes.
 */
final class TextFormat implements SourceFormat {
  private final ContentReader reader;
  private final MetadataParser parser;
  private final MetadataRules rules;

  TextFormat(ContentReader reader, MetadataParser parser, MetadataRules rules) {
    this.reader = reader;
    this.parser = parser;
    this.rules = rules;
  }

  @Override
  public List<String> extensions() {
    return List.of("txt");
  }

  @Override
  public void read(CorpusFile file, FileOutcome out) {
    String rel = file.relative();
    String sidecar = file.sidecar();
    byte[] bytes;
    String text;
    byte[] sidecarBytes = new byte[0];
    String sidecarText = null;
    try {
      bytes = reader.read(file.path(), rel);
      text = ContentReader.decodeUtf8(bytes, rel);
      if (sidecar != null) {
        sidecarBytes = reader.read(file.sidecarPath(), sidecar);
        sidecarText = ContentReader.decodeUtf8(sidecarBytes, sidecar);
      }
    } catch (FileProblem e) {
      out.skip(e.problem());
      return;
    }

    List<Problem> problems = new ArrayList<>();
    String body = PlainText.trimBlankLines(text);
    if (body.isEmpty()) {
      problems.add(new Problem(rel, 0, "no text (the file is blank)"));
    }
    Optional<String> derivedId = MetadataRules.kebab(file.baseName());
    Metadata metadata = null;
    List<String> notes = new ArrayList<>();
    if (sidecar != null) {
      MetadataParser.Parsed parsed =
          parser.yaml(sidecarText, sidecar, 0, RawSource.METADATA_KEYS);
      problems.addAll(parsed.problems());
      if (parsed.raw() != null) {
        MetadataRules.Checked checked = rules.check(parsed.raw(), new MetadataRules.Context(
            sidecar, 0, 1, "sidecar", derivedId.orElse(""), file.baseName(), true));
        problems.addAll(checked.problems());
        notes.addAll(checked.notes());
        metadata = checked.metadata();
      }
    } else if (derivedId.isEmpty()) {
      problems.add(new Problem(rel, 0, "no id can be derived from the file name; add a sidecar "
          + file.baseName() + ".meta.yaml with an id"));
    } else {
      metadata = new Metadata(derivedId.get(), file.baseName(), null, SourceKind.PRESS_REPORT,
          null, null, null, null);
      notes.add("no sidecar " + file.baseName() + ".meta.yaml; defaults used (id '"
          + derivedId.get() + "', kind " + SourceKind.PRESS_REPORT.label() + ")");
    }
    if (!problems.isEmpty()) {
      out.skip(problems);
      return;
    }
    notes.forEach(out::warn);
    out.add(metadata.toSource(rel, ContentReader.sha256(bytes, sidecarBytes), body), 0);
  }
}
