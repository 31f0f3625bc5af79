/**
 * Reading the claims to verify: {@link dev.corroborate.claims.ClaimsLoader} reads a YAML file with
 * a top-level {@code claims:} list into {@link dev.corroborate.claims.Claim} records.
 *
 * <p><b>Input.</b> A UTF-8 YAML file (at most 5 MiB); each item has {@code id} and {@code text}
 * (at most 2,000 characters), optionally {@code expect} (a verdict label), {@code note} and
 * {@code tags} (accepted, not kept), and {@code extracted}, the provenance written by {@code
 * corroborate extract} (file, sentence, offsets, speaker, kind, score, features, reason: validated,
 * not kept). Anchors and aliases are refused.
 *
 * <p><b>Output.</b> The claims in file order, each with the line its item starts on; or a {@link
 * dev.corroborate.diag.BadInputException} carrying every problem of the file, each with line and
 * column (unknown or duplicate keys, missing or empty id or text, duplicate ids, unknown expect
 * words, a wrong shape, YAML syntax errors).
 *
 * <p><b>Thread-safety.</b> {@code ClaimsLoader} is immutable and may be shared.
 */
package dev.corroborate.claims;
