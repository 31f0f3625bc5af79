package dev.corroborate.gate;

import dev.corroborate.stance.Stance;
import dev.corroborate.verdict.SourceAssessment;
import dev.corroborate.verdict.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** One reason a checked claim fails the gate; {@link #message()} says it in words. */
public sealed interface Failure {
  /** Why, on one line, e.g. {@code expected contested, got supported}. */
  String message();

  /** The rule that fired, as a kebab-case word (for JUnit failure types). */
  String rule();

  /** The claim's verdict differs from its {@code expect}. */
  record UnexpectedVerdict(Verdict expected, Verdict actual) implements Failure {
    public UnexpectedVerdict {
      Objects.requireNonNull(expected, "expected");
      Objects.requireNonNull(actual, "actual");
      if (expected == actual) {
        throw new IllegalArgumentException("the verdict is the expected one: " + actual.label());
      }
    }

    @Override
    public String message() {
      return "expected " + expected.label() + ", got " + actual.label();
    }

    @Override
    public String rule() {
      return "unexpected-verdict";
    }
  }

  /** The claim's verdict is one that {@code --fail-on} lists. */
  record VerdictFailsGate(Verdict verdict) implements Failure {
    public VerdictFailsGate {
      Objects.requireNonNull(verdict, "verdict");
      if (!Gate.FAILABLE.contains(verdict)) {
        throw new IllegalArgumentException(verdict.label() + " cannot fail the gate");
      }
    }

    @Override
    public String message() {
      return "verdict " + verdict.label() + " is listed in --fail-on";
    }

    @Override
    public String rule() {
      return "fail-on";
    }
  }

  /** Sources of an official kind contradict the claim ({@code --fail-on-official-contradiction}). */
  record OfficialContradiction(List<SourceAssessment> sources) implements Failure {
    public OfficialContradiction {
      sources = List.copyOf(sources);
      if (sources.isEmpty()) {
        throw new IllegalArgumentException("at least one contradicting official source");
      }
      for (SourceAssessment a : sources) {
        if (a.stance() != Stance.CONTRADICTS || !a.source().kind().official()) {
          throw new IllegalArgumentException("not an official contradiction: " + a.source().id());
        }
      }
    }

    @Override
    public String message() {
      return "contradicted by official source" + (sources.size() == 1 ? " " : "s ")
          + sources.stream()
              .map(a -> a.source().id() + " (" + a.source().displayName() + ", " + a.source().kind().label() + ")")
              .collect(Collectors.joining(", "));
    }

    @Override
    public String rule() {
      return "official-contradiction";
    }
  }
}
