/**
 * Stance stage: a claim ({@link dev.corroborate.stance.ClaimFrame}) against one passage's tokens gives
 * a {@link dev.corroborate.stance.StanceJudgement}: supports, contradicts, mentions or unrelated, a
 * confidence, and the {@link dev.corroborate.stance.Cue cues} that decided it (negation, refutation,
 * role conflict, antonym, hedge, attribution, non-committal speech), with the {@link
 * dev.corroborate.stance.Attribution} of who asserts it (the source, citing whom, or a reported
 * speaker or denier). Rules read only general word
 * lists from {@code lexicon}; nothing names a particular person, claim or source. Thread-safe.
 */
package dev.corroborate.stance;
