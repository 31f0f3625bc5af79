/**
 * CI gates: the rules that decide whether a check fails a build, and which claims a pull request
 * asks to check.
 *
 * <p><b>Failing.</b> A {@link dev.corroborate.gate.Gate} (the {@code expect} rule, always on; the
 * verdicts of {@code --fail-on}; {@code --fail-on-official-contradiction}) turns a {@link
 * dev.corroborate.verdict.CheckReport} into a {@link dev.corroborate.gate.GateOutcome}: per claim
 * the {@link dev.corroborate.gate.Failure}s, each saying why in words.
 *
 * <p><b>Selecting.</b> {@link dev.corroborate.gate.ChangeDetector} asks git what changed since a
 * ref (claims compared by id: new, or text or expect changed; corpus files changed, added,
 * deleted, tracked or not) and gives {@link dev.corroborate.gate.Changes}, which keeps from a
 * report of every claim those that are new or changed or whose result involves a changed corpus
 * file. Git runs through {@link dev.corroborate.gate.Git}, a process with a timeout; a missing git,
 * a folder outside a work tree or an unknown ref is a {@link dev.corroborate.diag.BadInputException}.
 *
 * <p><b>Validating.</b> {@link dev.corroborate.gate.Validation} reads a claims file (and optionally
 * a corpus) and keeps every problem as a {@link dev.corroborate.diag.Diagnostic}, for {@code
 * corroborate validate}.
 *
 * <p><b>Thread-safety.</b> Everything here is immutable, or (Git, ChangeDetector) keeps no state
 * between calls.
 */
package dev.corroborate.gate;
