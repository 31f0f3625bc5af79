package dev.corroborate.cli;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import dev.corroborate.claims.ClaimsAppender;
import dev.corroborate.extract.ClaimsYaml;
import dev.corroborate.extract.ProposedClaim;
import dev.corroborate.extract.DocumentReader;
import dev.corroborate.extract.DocumentText;
import dev.corroborate.extract.ExtractFormat;
import dev.corroborate.extract.Extraction;
import dev.corroborate.extract.Extractor;
import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnitizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code corroborate extract}: proposes the check-worthy claims of drafts and sources. */
@Command(
    name = "extract",
    header = "Propose the check-worthy claims of documents, as a claims file to review.",
    mixinStandardHelpOptions = true,
    description = "Reads each FILE (.txt; .md, with or without front matter; .html) and proposes its factual "
        + "assertions (who did or said what, when, how much), one assertion per claim: compound sentences are split "
        + "('X did A, but Y did B', semicolons), and reported speech keeps its speaker ('the mayor said X' gives X with "
        + "speaker 'the mayor'; so does 'according to the report, X'). Questions, opinions, predictions, hedged speculation and "
        + "fragments are not proposed but set aside, each with its kind and reason: at the end of the YAML as "
        + "commented-out items, under 'setAside' in JSON, in their own section in text. An opinion, prediction or "
        + "hedged statement attributed to a named speaker is proposed (whether it was said is checkable).%n%n"
        + "Each claim has a stable id (a slug of its first words and a hash of its normalised text), its text, and "
        + "under 'extracted': the file, the sentence with its offsets [start, end) in Unicode code points of the "
        + "file's text (for HTML, of the page's extracted text), the offsets of the claim's own words, the speaker, "
        + "the kind, a check-worthiness score from 0 to 1 and the features that gave it (names, numbers and dates, "
        + "action verbs, attribution; penalties for questions, first-person opinion, obligation, judging words, "
        + "the future, hedges, a missing verb). The YAML is a claims file: 'corroborate check' reads it as is.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:claims extracted (even none)",
      "2:usage error (unknown option, bad --min-score or --format, --append with --output or a format other than yaml)",
      "3:bad input: a FILE cannot be read (type, missing, not UTF-8; with --strict, any such file; without it, only"
          + " when no FILE can be read), or the --append file is not a valid claims file or has a flow-style list",
      "4:internal error (rerun with --stacktrace and report it)",
    })
final class ExtractCommand implements Callable<Integer> {
  static final double DEFAULT_MIN_SCORE = Extractor.DEFAULT_MIN_SCORE;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Documents to read: .txt, .md or .markdown (front matter optional), .html or .htm; UTF-8.")
  List<Path> files;

  @Option(names = "--append", paramLabel = "CLAIMS",
      description = "Add the proposed claims to this claims file instead of printing them: comments, order and "
          + "formatting of the file are kept byte for byte; new items go at the end of its 'claims:' list, indented "
          + "like it; a claim whose text (case, punctuation, spacing and quotes aside) is already there is left out; "
          + "ids are made unique. Written atomically. Created when missing. A list in flow style ([...]) is refused.")
  Path append;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "yaml", converter = FormatWord.class,
      completionCandidates = FormatWord.class,
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). yaml is a claims file with the "
          + "set-aside claims commented out at the end; json has 'files', 'claims', 'setAside' and 'summary'; text is "
          + "for reading.")
  ExtractFormat format;

  @Option(names = "--min-score", paramLabel = "SCORE", defaultValue = "" + DEFAULT_MIN_SCORE,
      converter = ScoreConverter.class,
      description = "Propose only claims scoring at least this, from 0 to 1 (default: ${DEFAULT-VALUE}); the others "
          + "are set aside with their score.")
  double minScore;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output, atomically (complete or not at all).")
  Path output;

  @Option(names = "--strict", description = "Fail (exit 3) when any FILE cannot be read; by default such a file is "
      + "reported and skipped.")
  boolean strict;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (append != null && output != null) {
      throw new ParameterException(spec.commandLine(),
          "--append and --output cannot be used together (--append writes the claims file itself)");
    }
    if (append != null && format != ExtractFormat.YAML) {
      throw new ParameterException(spec.commandLine(), "--append writes YAML; drop --format " + format.label());
    }
    DocumentReader reader = new DocumentReader();
    List<DocumentText> docs = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path f : files) {
      try {
        docs.add(reader.read(f));
      } catch (BadInputException e) {
        problems.addAll(e.diagnostics());
      }
    }
    if (!problems.isEmpty() && (strict || docs.isEmpty())) {
      throw new BadInputException(problems);
    }
    for (Diagnostic d : problems) {
      err.println("corroborate: skipped " + d.oneLine());
    }
    Extractor extractor = new Extractor(new OpenNlpAnalyzer(),
        new TermUnitizer(Lexicon.shipped(), AliasTable.shipped()));
    Extraction extraction = extractor.extractAll(docs, minScore);
    if (append != null) {
      return append(extraction, out);
    }
    if (output != null) {
      AtomicOutput.write(output, w -> format.render(extraction, w));
      err.println("corroborate: " + extraction.proposed().size() + " claim(s) proposed, "
          + extraction.setAside().size() + " set aside; written to " + output);
    } else {
      format.render(extraction, out);
      out.flush();
    }
    return ExitCode.OK;
  }

  private int append(Extraction extraction, PrintWriter out) throws IOException, BadInputException {
    String name = append.toString();
    int setAside = extraction.setAside().size();
    String existing = ClaimsFiles.readForAppend(append);
    if (existing == null) {
      AtomicOutput.write(append, w -> w.write(ClaimsYaml.document(extraction.files(), extraction.proposed(),
          extraction.setAside())));
      out.printf(Locale.ROOT, "%s: created with %d claim(s); %d set aside as not check-worthy (commented out)%n",
          name, extraction.proposed().size(), setAside);
      return ExitCode.OK;
    }
    ClaimsAppender.Result<ProposedClaim> r =
        new ClaimsAppender().append(existing, name, extraction.proposed(), ClaimsYaml.ITEMS);
    if (!r.appended().isEmpty()) {
      AtomicOutput.write(append, w -> w.write(r.text()));
    }
    out.printf(Locale.ROOT, "%s: appended %d claim(s); %d already in the file; %d set aside as not check-worthy%n",
        name, r.appended().size(), r.duplicates().size(), setAside);
    return ExitCode.OK;
  }

  /** Reads {@code --format} words, naming the valid ones on error; lists them for --help. */
  static final class FormatWord implements ITypeConverter<ExtractFormat>, Iterable<String> {
    @Override
    public ExtractFormat convert(String value) {
      return Arrays.stream(ExtractFormat.values()).filter(f -> f.label().equalsIgnoreCase(value)).findFirst()
          .orElseThrow(() -> new TypeConversionException(
              "unknown format '" + value + "' (use one of: " + ExtractFormat.allLabels() + ")"));
    }

    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ExtractFormat.values()).map(ExtractFormat::label).iterator();
    }
  }

  /** Reads {@code --min-score}: a number from 0 to 1. */
  static final class ScoreConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double d;
      try {
        d = Double.parseDouble(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a number (use a score from 0 to 1, like 0.5)");
      }
      if (!(d >= 0 && d <= 1)) {
        throw new TypeConversionException(value + " is out of range (use a score from 0 to 1)");
      }
      return d;
    }
  }
}
