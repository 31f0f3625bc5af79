/**
 * Report stage: renders a {@link dev.corroborate.verdict.CheckReport} without recomputing anything.
 * {@link dev.corroborate.report.TextReport} for terminals, {@link dev.corroborate.report.JsonReport} for
 * other tools (stable keys). Renderers are stateless and deterministic: the same report gives the same
 * bytes.
 */
package dev.corroborate.report;
