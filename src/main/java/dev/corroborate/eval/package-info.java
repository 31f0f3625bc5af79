/**
 * Evaluation stage: labelled claim/body pairs from a public stance dataset ({@link
 * dev.corroborate.eval.Dataset}: FNC-1, Emergent, FEVER-Symmetric, ARC) in, scores out. {@link
 * dev.corroborate.eval.Dataset#read} turns the dataset's files into {@link
 * dev.corroborate.eval.LabelledPair}s in file order (a malformed row is a {@link
 * dev.corroborate.eval.MalformedDataException} naming file and line); {@link
 * dev.corroborate.eval.DevSplit} holds out a stable ~20 % of bodies or claims; a {@link
 * dev.corroborate.eval.PairClassifier} predicts a {@link dev.corroborate.stance.Stance} per pair;
 * {@link dev.corroborate.eval.Metrics} scores the predictions (accuracy, macro-F1, per-class P/R/F1,
 * confusion matrix, FNC-1 relative score); {@link dev.corroborate.eval.EvalRunner} wires it all and
 * times the classification; {@link dev.corroborate.eval.EvalReport} renders text or JSON.
 *
 * <p>Values are immutable records; readers and the runner keep no state between calls and are
 * thread-safe. Nothing here prints: reports go to the writer the caller passes.
 */
package dev.corroborate.eval;
