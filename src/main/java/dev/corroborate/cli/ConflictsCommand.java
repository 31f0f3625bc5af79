package dev.corroborate.cli;

import dev.corroborate.claims.ClaimText;
import dev.corroborate.claims.ClaimsAppender;
import dev.corroborate.conflicts.ConflictsReport;
import dev.corroborate.conflicts.ContestedProposition;
import dev.corroborate.corpus.Skip;
import dev.corroborate.backend.SearchBackend;
import dev.corroborate.pipeline.ConflictsRun;
import dev.corroborate.report.ConflictsFormat;
import dev.corroborate.report.ConflictsRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code corroborate conflicts}: finds, with no claims given, the propositions on which sources disagree. */
@Command(
    name = "conflicts",
    header = "Find the propositions on which sources disagree (no claims needed).",
    mixinStandardHelpOptions = true,
    description = {
      "Reads every passage (sentence) of the corpus as a candidate proposition (what is said, with 'X said' stripped; passages with fewer than 4 content words or no action verb are skipped), retrieves for each the best passages of the other sources with the BM25 search of 'check' (20 distinct texts; copies of one text count once), and judges them with the same stance engine. A passage of another source conflicts when the engine finds it contradicting with a conflict cue (a different actor for the same action, a negation, a refutation such as 'rejected the account', an antonym) covering at least half of the proposition, or when it states the same action with an incompatible number or date ('12 injured' / '20 injured'; days of the same month; years are not compared). A passage that, in its source's own voice, refutes another source's account as a whole ('rejected the Courier's account') joins the group where the two sources already face each other.",
      "",
      "Conflicting passages are grouped into one proposition each (passages joined by conflicts, split into two sides). Headlines (no final stop) are left out. The claim shown is an affirmative passage in its source's own voice from the earliest source, the shortest on a tie (attribution stripped, a second ', and ...' clause cut); its side supports it, the other side contradicts it. Each passage is quoted with its source, the conflict cue and who asserts it: 'Publisher' (', citing informants' when it names them), or 'Speaker, as reported by Publisher' when the source relays someone else.",
      "",
      "Omissions: a source on neither side with a passage naming the event's shared names and words (its own speaker counts) but none stating the disputed action (at least two names or words written in the passage) is listed as an omission, never as a contradiction.",
      "",
      "Ranking: each side weighs the sum over its sources of 2 for an official kind (official-readout, official-statement, press-briefing, letter) or 1 otherwise, halved for a source that only relays someone else. Propositions are listed by the weaker side's weight, then the total of both sides, then text.",
      "",
      "--write FILE appends the propositions as claims with 'expect: contested' and a stable id from their text, skipping texts already in the file; the file's existing bytes are kept and it is written atomically.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ran (whether or not conflicts were found)",
      "2:usage error",
      "3:bad input: corpus missing or invalid, index incompatible, a bad backend settings file (--config), Solr unreachable, --write file not a valid claims file (file, line and column named)",
      "4:internal error (rerun with --stacktrace and report it)",
    })
final class ConflictsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand CorroborateCommand parent;
  @Mixin CorroborateCommand.Locations where;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatWord.class,
      completionCandidates = FormatWord.Candidates.class,
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json keys: "
          + "propositions[{id, text, rank{supporting, contradicting, weaker, total}, supporting[…], "
          + "contradicting[{source, publisher, kind, official, date, url, holder, citing, attribution, passage, text, "
          + "cue{kind, words, detail}, reason, against}], omissions[{source, …, passage, text, reason}]}], "
          + "summary{propositions, omissions, sources, passages, candidates, pairs}.")
  ConflictsFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (complete or not at all) instead of standard output.")
  Path output;

  @Option(names = "--write", paramLabel = "CLAIMS",
      description = "Also append the propositions to this claims file as claims with 'expect: contested' "
          + "(created when missing; texts already there are skipped; existing content kept byte for byte).")
  Path write;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String claimsBefore = write == null ? null : ClaimsFiles.readForAppend(write);
    if (claimsBefore != null) {
      new ClaimsAppender().check(claimsBefore, write.toString());
    }
    ConflictsRun run;
    try (SearchBackend backend = where.backend()) {
      run = where.pipeline().conflicts(where.corpus, backend, new StderrProgress(err, parent.terminal()));
    }
    err.println("index: " + IndexCommand.summary(run.index()));
    for (Skip s : run.index().skipped()) {
      err.println("  skipped " + s.oneLine());
    }
    for (String w : run.index().warnings()) {
      err.println("  warning " + w);
    }
    ConflictsReport report = run.report();
    ConflictsRenderer renderer = format.renderer();
    if (output != null) {
      AtomicOutput.write(output, w -> renderer.render(report, w));
      err.println("report written to " + output);
    } else {
      renderer.render(report, out);
      out.flush();
    }
    if (write != null) {
      List<String> texts = report.propositions().stream().map(ContestedProposition::text).toList();
      int added = 0;
      int duplicates = 0;
      if (claimsBefore == null && texts.isEmpty()) {
        AtomicOutput.write(write, w -> w.write(NEW_FILE + "claims: []   # no conflict found\n"));
      } else {
        // A new file starts as a 'claims:' key without items; the appender fills it as any other file.
        ClaimsAppender.Result<String> r = new ClaimsAppender().append(
            claimsBefore == null ? NEW_FILE + "claims:\n" : claimsBefore, write.toString(), texts, CONTESTED);
        if (!r.appended().isEmpty()) {
          AtomicOutput.write(write, w -> w.write(r.text()));
        }
        added = r.appended().size();
        duplicates = r.duplicates().size();
      }
      err.println("claims: appended " + added + " to " + write + ", " + duplicates + " already there");
    }
    return ExitCode.OK;
  }

  /** The first line of a claims file that --write creates. */
  private static final String NEW_FILE = "# Contested propositions found by 'corroborate conflicts'\n";

  /** Propositions written as claims expected to be contested. */
  private static final ContestedItems CONTESTED = new ContestedItems();

  private static final class ContestedItems implements ClaimsAppender.ItemWriter<String> {
    @Override
    public String text(String claim) {
      return claim;
    }

    @Override
    public String id(String claim) {
      return ClaimText.id(claim);
    }

    @Override
    public String item(String claim, String id, String dash, String keys, String nl) {
      return dash + "- " + ClaimsAppender.pad(dash, keys) + "id: " + id + nl
          + keys + "text: " + ClaimText.yamlQuoted(claim) + nl
          + keys + "expect: contested" + nl;
    }
  }

  /** Reads {@code --format} words, naming the valid words on error. */
  static final class FormatWord implements ITypeConverter<ConflictsFormat> {
    @Override
    public ConflictsFormat convert(String value) {
      return Arrays.stream(ConflictsFormat.values()).filter(f -> f.label().equalsIgnoreCase(value)).findFirst()
          .orElseThrow(() -> new TypeConversionException(
              "unknown format '" + value + "' (use one of: " + ConflictsFormat.allLabels() + ")"));
    }

    static final class Candidates implements Iterable<String> {
      @Override
      public Iterator<String> iterator() {
        return Arrays.stream(ConflictsFormat.values()).map(ConflictsFormat::label).iterator();
      }
    }
  }
}
