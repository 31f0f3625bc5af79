/**
 * Conflicts stage: finds, with no claims given, the propositions on which sources disagree. Each
 * passage becomes a candidate {@link dev.corroborate.conflicts.Proposition} (attribution stripped,
 * thin passages skipped: {@link dev.corroborate.conflicts.PropositionExtractor}); the {@link
 * dev.corroborate.conflicts.ConflictFinder} frames it like a claim, retrieves the other sources'
 * passages with the BM25 search of {@code check} and keeps the stance engine's contradictions whose
 * cue is a real conflict ({@link dev.corroborate.conflicts.ConflictRules}), plus incompatible numbers
 * and dates ({@link dev.corroborate.conflicts.NumberConflict}). The {@link
 * dev.corroborate.conflicts.PropositionGrouper} joins conflicting pairs into groups with two sides; the
 * {@link dev.corroborate.conflicts.PropositionAssembler} names, quotes, adds omissions and ranks them.
 * Input: passages, sources, a stance engine and a search; output: a {@link
 * dev.corroborate.conflicts.ConflictsReport}. Rules read only the general lexicon. Thread-safe.
 */
package dev.corroborate.conflicts;
