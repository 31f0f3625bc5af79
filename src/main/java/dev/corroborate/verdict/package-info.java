/**
 * Verdict stage: passage judgements in, one {@link dev.corroborate.verdict.ClaimResult} per claim out
 * (per-source {@link dev.corroborate.verdict.SourceAssessment stances} with quoted {@link
 * dev.corroborate.verdict.Evidence}, the {@link dev.corroborate.verdict.ReportedParty parties} known
 * only from other sources' reports of them, recognised among the corpus's publishers by {@link
 * dev.corroborate.verdict.Parties}, and a {@link dev.corroborate.verdict.Verdict}). {@link
 * dev.corroborate.verdict.CheckReport} is the model every report format renders. Stateless, thread-safe.
 */
package dev.corroborate.verdict;
