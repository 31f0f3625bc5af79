/**
 * Conflicts stage: finds, with no claims given, the propositions on which sources disagree.
 *
 * <p><b>Input.</b> Every passage of the index with its source's voice, a stance engine, and a
 * {@link dev.corroborate.conflicts.CandidateSearch} (the BM25 retrieval of {@code check}).
 *
 * <p><b>Steps</b>, one class each: {@link dev.corroborate.conflicts.PropositionExtractor} turns a
 * full-sentence passage into a candidate {@link dev.corroborate.conflicts.Proposition} (attribution
 * stripped, thin passages skipped); {@link dev.corroborate.conflicts.ConflictFinder} frames it like a
 * claim, retrieves the other sources' passages and keeps the engine's contradictions whose cue
 * {@link dev.corroborate.conflicts.ConflictRules} accepts, plus incompatible numbers and dates
 * ({@link dev.corroborate.stance.NumberConflict}, shared with the stance engine); {@link dev.corroborate.conflicts.PropositionGrouper}
 * joins the {@link dev.corroborate.conflicts.ConflictPair pairs} into groups with two sides; {@link
 * dev.corroborate.conflicts.DenialFinder} and {@link dev.corroborate.conflicts.DenialLinker} add
 * explicit denials of another source's account; {@link dev.corroborate.conflicts.PropositionAssembler}
 * names each group, quotes both sides, adds omissions and ranks ({@link
 * dev.corroborate.conflicts.RankScore}).
 *
 * <p><b>Output.</b> A {@link dev.corroborate.conflicts.ConflictsReport}: ranked {@link
 * dev.corroborate.conflicts.ContestedProposition}s. Deterministic: every iteration is sorted.
 *
 * <p><b>Thread-safety.</b> Every class is stateless or immutable after construction; the finder is
 * called from many threads. Rules read only the general lexicon: nothing names a person, outlet or
 * place of any corpus.
 */
package dev.corroborate.conflicts;
