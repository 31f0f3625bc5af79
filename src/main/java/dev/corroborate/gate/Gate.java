package dev.corroborate.gate;

import dev.corroborate.stance.Stance;
import dev.corroborate.verdict.CheckReport;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.SourceAssessment;
import dev.corroborate.verdict.Verdict;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a checked claim fails the build. A claim fails when its verdict differs from its {@code
 * expect} (always), when its verdict is in {@code failOn}, or, with {@code
 * failOnOfficialContradiction}, when a source of an official kind contradicts it.
 *
 * @param failOn                      verdicts that fail the gate: any of {@link #FAILABLE}
 * @param failOnOfficialContradiction whether an official source's contradiction fails the gate
 */
public record Gate(Set<Verdict> failOn, boolean failOnOfficialContradiction) {
  /** The verdicts {@code --fail-on} accepts; a supported claim never fails by its verdict alone. */
  public static final Set<Verdict> FAILABLE =
      Collections.unmodifiableSet(EnumSet.of(Verdict.CONTRADICTED, Verdict.CONTESTED, Verdict.UNVERIFIED));

  public Gate {
    EnumSet<Verdict> copy = EnumSet.noneOf(Verdict.class);
    copy.addAll(failOn);
    for (Verdict v : copy) {
      if (!FAILABLE.contains(v)) {
        throw new IllegalArgumentException("'" + v.label() + "' cannot fail the gate (use any of: "
            + failableLabels() + ")");
      }
    }
    failOn = Collections.unmodifiableSet(copy);
  }

  /** Only the {@code expect} rule. */
  public static Gate expectOnly() {
    return new Gate(Set.of(), false);
  }

  /** A gate with the {@code expect} rule and these extra rules. */
  public static Gate of(Collection<Verdict> failOn, boolean failOnOfficialContradiction) {
    return new Gate(Set.copyOf(failOn), failOnOfficialContradiction);
  }

  /**
   * Reads one word of {@code --fail-on}.
   *
   * @throws IllegalArgumentException naming the valid words when {@code word} is not one of them
   */
  public static Verdict failOnWord(String word) {
    String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
    return Verdict.fromLabel(w).filter(FAILABLE::contains).orElseThrow(() -> new IllegalArgumentException(
        (w.isEmpty() ? "empty verdict" : "'" + word.strip() + "' is not a verdict that can fail the gate")
            + " (use any of: " + failableLabels() + ", separated by commas)"));
  }

  /** {@code contradicted, contested, unverified}. */
  public static String failableLabels() {
    return FAILABLE.stream().map(Verdict::label).collect(Collectors.joining(", "));
  }

  /** Why {@code result} fails this gate, in rule order; empty when it passes. */
  public ClaimGate judge(ClaimResult result) {
    List<Failure> failures = new ArrayList<>();
    if (result.unexpected()) {
      failures.add(new Failure.UnexpectedVerdict(result.claim().expected(), result.verdict()));
    }
    if (failOn.contains(result.verdict())) {
      failures.add(new Failure.VerdictFailsGate(result.verdict()));
    }
    if (failOnOfficialContradiction) {
      List<SourceAssessment> official = result.sources().stream()
          .filter(a -> a.stance() == Stance.CONTRADICTS && a.source().kind().official())
          .toList();
      if (!official.isEmpty()) {
        failures.add(new Failure.OfficialContradiction(official));
      }
    }
    return new ClaimGate(result, failures);
  }

  /** Every claim of the report judged, in report order. */
  public GateOutcome judge(CheckReport report) {
    return new GateOutcome(report, report.results().stream().map(this::judge).toList());
  }

  /** The rules in words, e.g. {@code expect, fail-on contradicted+contested, official contradiction}. */
  public String describe() {
    StringBuilder sb = new StringBuilder("expect");
    if (!failOn.isEmpty()) {
      sb.append(", fail-on ").append(failOn.stream().map(Verdict::label).collect(Collectors.joining("+")));
    }
    if (failOnOfficialContradiction) {
      sb.append(", official contradiction");
    }
    return sb.toString();
  }
}
