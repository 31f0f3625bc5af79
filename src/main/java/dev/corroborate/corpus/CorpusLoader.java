package dev.corroborate.corpus;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads every source of a corpus folder: Markdown with YAML front matter, plain text with an
 * optional {@code .meta.yaml} sidecar, HTML and JSON Lines. A bad file (or JSON line) is skipped
 * with its reason and line, never thrown; only an unusable folder is. Output order is the sorted
 * order of relative paths, whatever the file system. Immutable and thread-safe.
 */
public final class CorpusLoader {
  /** Files larger than this are skipped unless another limit is given: 20 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

  private static final String SUPPORTED = ".md, .markdown, .txt, .html, .htm, .jsonl";
  private static final List<String> ALIAS_FILES = List.of("aliases.yaml", "aliases.yml");
  private static final List<String> SIDECAR_SUFFIXES = List.of(".meta.yaml", ".meta.yml");

  private final Map<String, SourceFormat> formats = new LinkedHashMap<>();
  private final boolean followLinks;

  public CorpusLoader() {
    this(DEFAULT_MAX_FILE_BYTES);
  }

  /** A loader that skips files larger than {@code maxFileBytes} and does not follow links. */
  public CorpusLoader(long maxFileBytes) {
    this(maxFileBytes, false);
  }

  /**
   * A loader that skips files larger than {@code maxFileBytes}; with {@code followLinks} it also
   * reads what symbolic links point to, even outside the corpus folder (a loop is skipped).
   */
  public CorpusLoader(long maxFileBytes, boolean followLinks) {
    this.followLinks = followLinks;
    ContentReader reader = new ContentReader(maxFileBytes);
    MetadataParser parser = new MetadataParser();
    MetadataRules rules = new MetadataRules();
    for (SourceFormat format : List.of(new MarkdownFormat(reader, parser, rules),
        new TextFormat(reader, parser, rules), new HtmlFormat(reader),
        new JsonlFormat(reader, parser, rules))) {
      format.extensions().forEach(ext -> formats.put(ext, format));
    }
  }

  /**
   * Loads the corpus under {@code corpusDir}.
   *
   * @throws BadInputException when the folder is missing, not a folder or unreadable, or when
   *     not one source in it could be loaded (the diagnostics then list every skipped file)
   */
  public LoadResult load(Path corpusDir) throws BadInputException {
    String where = corpusDir.toString();
    if (!Files.exists(corpusDir)) {
      throw new BadInputException(Diagnostic.of(where, "corpus folder not found",
          "create it or pass --corpus DIR"));
    }
    if (!Files.isDirectory(corpusDir)) {
      throw new BadInputException(Diagnostic.of(where, "corpus is not a folder",
          "pass the folder that holds the sources with --corpus DIR"));
    }
    List<CorpusWalk.Entry> entries;
    try {
      if (!Files.isReadable(corpusDir)) {
        throw new AccessDeniedException(where);
      }
      entries = CorpusWalk.list(corpusDir, followLinks);
    } catch (IOException e) {
      throw new BadInputException(Diagnostic.of(where,
          "cannot read the corpus folder: " + ContentReader.describe(e), "check its permissions"));
    }

    Set<String> files = new HashSet<>();
    entries.stream().filter(e -> e.kind() == CorpusWalk.Kind.FILE)
        .forEach(e -> files.add(e.relative()));
    Map<String, String> sidecars = sidecarsByText(files);

    List<SourceDocument> sources = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<String, FileOutcome.Candidate> firstById = new HashMap<>();
    for (CorpusWalk.Entry entry : entries) {
      String rel = entry.relative();
      switch (entry.kind()) {
        case SYMLINK -> {
          if (followLinks) {
            skipped.add(new Skip(rel, 0, "symbolic link whose target is missing or loops"));
          } else {
            warnings.add(rel + ": symbolic link not followed (pass --follow-links to read what it points to)");
          }
        }
        case OTHER -> skipped.add(new Skip(rel, 0, "not a regular file"));
        case UNREADABLE -> skipped.add(new Skip(rel, 0, "cannot read: " + entry.detail()));
        case FILE -> {
          FileOutcome out = loadFile(corpusDir, rel, files, sidecars);
          skipped.addAll(out.skips());
          warnings.addAll(out.warnings());
          for (FileOutcome.Candidate candidate : out.sources()) {
            SourceDocument source = candidate.source();
            FileOutcome.Candidate first = firstById.putIfAbsent(source.id(), candidate);
            if (first == null) {
              sources.add(source);
            } else {
              skipped.add(new Skip(rel, candidate.line(), "duplicate source id '" + source.id()
                  + "' (first in " + first.source().file()
                  + (first.line() > 0 ? " line " + first.line() : "")
                  + "); give each source a unique id"));
            }
          }
        }
      }
    }
    if (sources.isEmpty()) {
      throw noSources(corpusDir, skipped);
    }
    return new LoadResult(sources, skipped, warnings);
  }

  private FileOutcome loadFile(Path root, String rel, Set<String> files,
      Map<String, String> sidecars) {
    FileOutcome out = new FileOutcome(rel);
    if (ALIAS_FILES.contains(rel)) {
      return out;
    }
    String sidecarBase = sidecarBase(rel);
    if (sidecarBase != null) {
      if (!sidecars.containsValue(rel)) {
        out.warn("sidecar not used: no " + sidecarBase + ".txt next to it"
            + " (or another sidecar describes it)");
      }
      return out;
    }
    CorpusFile file = new CorpusFile(root, rel, sidecars.get(rel));
    SourceFormat format = formats.get(file.extension());
    if (format == null) {
      String ext = file.extension().isEmpty() ? "no extension" : "." + file.extension();
      out.skip(new Problem(rel, 0, "unsupported file type (" + ext + "); supported: " + SUPPORTED));
      return out;
    }
    format.read(file, out);
    return out;
  }

  /** For each .txt file that has one, its sidecar; .meta.yaml wins over .meta.yml. */
  private static Map<String, String> sidecarsByText(Set<String> files) {
    Map<String, String> sidecars = new HashMap<>();
    for (String rel : files) {
      CorpusFile file = new CorpusFile(Path.of(""), rel, null);
      if (!file.extension().equals("txt")) {
        continue;
      }
      String base = rel.substring(0, rel.length() - ".txt".length());
      for (String suffix : SIDECAR_SUFFIXES) {
        if (files.contains(base + suffix)) {
          sidecars.put(rel, base + suffix);
          break;
        }
      }
    }
    return sidecars;
  }

  /** The path without the sidecar suffix when {@code rel} is a sidecar, else null. */
  private static String sidecarBase(String rel) {
    String lower = rel.toLowerCase(Locale.ROOT);
    for (String suffix : SIDECAR_SUFFIXES) {
      if (lower.endsWith(suffix)) {
        return rel.substring(0, rel.length() - suffix.length());
      }
    }
    return null;
  }

  private static BadInputException noSources(Path corpusDir, List<Skip> skipped) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    diagnostics.add(Diagnostic.of(corpusDir.toString(),
        "no loadable source in the corpus folder"
            + (skipped.isEmpty() ? "" : " (" + skipped.size() + " skipped, listed below)"),
        "add " + SUPPORTED + " files"));
    for (Skip skip : skipped) {
      diagnostics.add(Diagnostic.at(corpusDir.resolve(skip.file()).toString(), skip.line(), 0,
          skip.reason(), ""));
    }
    return new BadInputException(diagnostics);
  }
}
