package dev.corroborate.corpus;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Validates {@link RawSource} metadata into {@link Metadata}: id (kebab-case, or derived from the
 * file name where allowed), kind (one of {@link SourceKind#allLabels()}), date (YYYY-MM-DD).
 * Reports every problem at once. Stateless and thread-safe.
 */
final class MetadataRules {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern NOT_ID_CHARS = Pattern.compile("[^a-z0-9]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /**
   * Where the metadata was read from and what to fall back on.
   *
   * @param file          the corpus file the metadata is in (for problems)
   * @param lineOffset    lines of the file before the parsed text (added to value lines)
   * @param missingLine   line to report a missing required key at
   * @param where         what the metadata is called in messages ("front matter", "sidecar", ...)
   * @param derivedId     id to use when none is given; null when an id is required, "" when one
   *                      may be derived but the file name gives none
   * @param fallbackTitle title to use when none is given (may be empty)
   * @param kindRequired  whether a missing kind is a problem (else press-report is used)
   */
  record Context(String file, int lineOffset, int missingLine, String where, String derivedId,
      String fallbackTitle, boolean kindRequired) {}

  /**
   * The result: metadata when there was no problem, else null and the problems; notes are
   * defaults that were applied, for warnings.
   */
  record Checked(Metadata metadata, List<Problem> problems, List<String> notes) {
    Checked {
      problems = List.copyOf(problems);
      notes = List.copyOf(notes);
    }
  }

  Checked check(RawSource raw, Context ctx) {
    List<Problem> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();

    String id = raw.id() == null ? null : raw.id().value();
    if (id == null) {
      if (ctx.derivedId() == null) {
        problems.add(new Problem(ctx.file(), ctx.missingLine(),
            "missing required key 'id'; give the source a kebab-case id"));
      } else if (!SourceDocument.ID.matcher(ctx.derivedId()).matches()) {
        problems.add(new Problem(ctx.file(), ctx.missingLine(),
            "no id in " + ctx.where() + " and none can be derived from the file name; add 'id: ...'"));
      } else {
        id = ctx.derivedId();
        notes.add("no id in " + ctx.where() + "; using '" + id + "' from the file name");
      }
    } else if (!SourceDocument.ID.matcher(id).matches()) {
      String suggestion = kebab(id).map(s -> ", e.g. '" + s + "'").orElse("");
      problems.add(at(ctx, raw.id(), "id '" + id
          + "' is not kebab-case; use lowercase letters, digits and '-'" + suggestion));
      id = null;
    }

    SourceKind kind = null;
    String kindText = raw.kind() == null ? null : raw.kind().value();
    if (kindText == null) {
      if (ctx.kindRequired()) {
        problems.add(new Problem(ctx.file(), ctx.missingLine(),
            "missing required key 'kind'; use one of: " + SourceKind.allLabels()));
      } else {
        kind = SourceKind.PRESS_REPORT;
        notes.add("no kind; " + kind.label() + " used");
      }
    } else {
      kind = SourceKind.fromLabel(kindText).orElse(null);
      if (kind == null) {
        problems.add(at(ctx, raw.kind(),
            "unknown kind '" + kindText + "'; use one of: " + SourceKind.allLabels()));
      }
    }

    LocalDate date = null;
    String dateText = raw.date() == null ? null : raw.date().value();
    if (dateText != null) {
      date = parseDate(dateText).orElse(null);
      if (date == null) {
        problems.add(at(ctx, raw.date(), "invalid date '" + dateText + "'; expected YYYY-MM-DD"));
      }
    }

    if (!problems.isEmpty()) {
      return new Checked(null, problems, notes);
    }
    String title = value(raw.title());
    Metadata metadata = new Metadata(id, title == null ? ctx.fallbackTitle() : title,
        value(raw.publisher()), kind, date, value(raw.url()), value(raw.language()),
        value(raw.speaker()));
    return new Checked(metadata, List.of(), notes);
  }

  /** A strict YYYY-MM-DD date. */
  static Optional<LocalDate> parseDate(String text) {
    if (!ISO_DATE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A kebab-case id made from free text (a file name): accents dropped, lower case, every run
   * of other characters turned into one '-'. Empty when nothing is left.
   */
  static Optional<String> kebab(String text) {
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    String id = NOT_ID_CHARS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
    id = id.replaceAll("^-+|-+$", "");
    return id.isEmpty() ? Optional.empty() : Optional.of(id);
  }

  private static String value(Located located) {
    return located == null ? null : located.value();
  }

  private static Problem at(Context ctx, Located where, String message) {
    return new Problem(ctx.file(), ctx.lineOffset() + where.line(), message);
  }
}
