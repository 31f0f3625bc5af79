package dev.corroborate.cli;

import dev.corroborate.claims.Claim;
import dev.corroborate.claims.ClaimsLoader;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.gate.ChangeDetector;
import dev.corroborate.gate.Changes;
import dev.corroborate.gate.ClaimGate;
import dev.corroborate.gate.Gate;
import dev.corroborate.gate.GateOutcome;
import dev.corroborate.gate.Git;
import dev.corroborate.gate.Selection;
import dev.corroborate.verdict.CheckReport;
import dev.corroborate.verdict.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of {@code check} for continuous integration: which claims to check ({@code
 * --changed-since}) and when to fail ({@code --fail-on}, {@code --fail-on-official-contradiction}).
 * The rules themselves live in {@code dev.corroborate.gate}; this only reads the options and prints.
 */
final class CiOptions {
  @Option(names = "--changed-since", paramLabel = "REF",
      description = {
        "Report and gate only the claims a pull request touches: claims that are new or whose text or expect "
            + "changed since the git REF (compared by id with the claims file at REF, via 'git show'), and claims "
            + "whose result involves a corpus file changed since REF (added, modified or deleted; committed, "
            + "staged, unstaged or untracked: 'git diff REF' and 'git ls-files --others').",
        "How: every claim is checked, then only those are kept whose result (a supporting, contradicting or "
            + "mentioning source) comes from a changed file. A deleted corpus file or a changed aliases.yaml "
            + "keeps every claim. A claim that an edited file no longer bears on at all is not kept: run without "
            + "this option on the main branch to catch those. Needs git and a clone with REF (in CI: full "
            + "history, e.g. 'fetch-depth: 0')."})
  String changedSince;

  @Option(names = "--fail-on", paramLabel = "VERDICTS", split = ",", converter = FailOnConverter.class,
      description = "Also fail (exit 1) when a checked claim gets one of these verdicts: any of contradicted, "
          + "contested, unverified, comma-separated (the 'expect' rule always applies).")
  List<Verdict> failOn = new ArrayList<>();

  @Option(names = "--fail-on-official-contradiction",
      description = "Also fail (exit 1) when a source of an official kind (official-readout, official-statement, "
          + "press-briefing, letter) contradicts a checked claim.")
  boolean failOnOfficialContradiction;

  Gate gate() {
    return Gate.of(failOn, failOnOfficialContradiction);
  }

  /** What changed since {@code --changed-since}, or null without it; asks git before the slow check. */
  Changes changes(Path claimsFile, List<Claim> claims, Path corpus) throws BadInputException {
    if (changedSince == null) {
      return null;
    }
    return new ChangeDetector(Git.onPath(), new ClaimsLoader()).since(changedSince, claimsFile, claims, corpus);
  }

  /** The report restricted to the changed claims (all without --changed-since); says which on stderr. */
  static CheckReport select(Changes changes, CheckReport full, PrintWriter err) {
    if (changes == null) {
      return full;
    }
    Selection selection = changes.select(full);
    selection.describe().forEach(err::println);
    return selection.report();
  }

  /** Prints one line per failing claim and returns the exit code. */
  static int exitCode(GateOutcome outcome, Gate gate, PrintWriter err) {
    List<ClaimGate> failures = outcome.failures();
    for (ClaimGate claim : failures) {
      err.println("corroborate: FAILED " + claim.oneLine(outcome.report().claimsFile()));
    }
    if (failures.isEmpty()) {
      return ExitCode.OK;
    }
    err.println("corroborate: " + failures.size() + " of " + outcome.claims().size() + " checked claim"
        + (outcome.claims().size() == 1 ? "" : "s") + " failed the gate (" + gate.describe() + ")");
    return ExitCode.GATE_FAILED;
  }

  /** Reads one word of {@code --fail-on}; a wrong word is a usage error naming the valid ones. */
  static final class FailOnConverter implements ITypeConverter<Verdict> {
    @Override
    public Verdict convert(String value) {
      try {
        return Gate.failOnWord(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
