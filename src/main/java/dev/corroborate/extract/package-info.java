/**
 * Claim extraction: a document (a draft or a source: {@code .txt}, {@code .md}, {@code .html}, read by
 * {@link dev.corroborate.extract.DocumentReader}) gives proposed claims ({@link
 * dev.corroborate.extract.ProposedClaim}), one per assertion, through {@link dev.corroborate.extract.Extractor}.
 *
 * <p><b>Input.</b> The document's text; the analysis stage's sentences and tokens, the lexicon's cue
 * words ({@code assertionCues} in {@code cues.yaml}) and term units, and the stance stage's
 * reported-speech rules ({@link dev.corroborate.stance.ReportedSpeech}).
 *
 * <p><b>Output.</b> For each assertion: a stable id ({@link dev.corroborate.extract.ClaimText}), the
 * text, the file, the sentence and its offsets in code points of the document's text, the offsets
 * of the claim's own words, the speaker, the {@link dev.corroborate.extract.Kind kind}, whether it is
 * check-worthy, a score from 0 to 1 with the {@link dev.corroborate.extract.Feature features} that gave
 * it, and the reason. Questions, opinions, predictions, hedged speculation and fragments are kept,
 * marked, never silently dropped. {@link dev.corroborate.extract.ExtractFormat} writes them (a claims
 * file, JSON, text); {@link dev.corroborate.extract.ClaimsAppender} adds them to an existing claims file,
 * keeping its bytes. Nothing here names a person, claim or source of any particular corpus.
 *
 * <p><b>Thread-safety.</b> All types are immutable or stateless; an {@code Extractor} may be shared.
 */
package dev.corroborate.extract;

import dev.corroborate.claims.ClaimText;
