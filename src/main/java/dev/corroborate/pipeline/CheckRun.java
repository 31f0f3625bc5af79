package dev.corroborate.pipeline;

import dev.corroborate.index.IndexStats;
import dev.corroborate.verdict.CheckReport;

/**
 * A check's result together with what the index update before it did.
 *
 * @param index  the update's stats, or null when the check did not update the index ({@code --no-update})
 * @param report the check's report
 */
public record CheckRun(IndexStats index, CheckReport report) {}
