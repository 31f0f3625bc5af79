package dev.corroborate.pipeline;

import dev.corroborate.index.IndexStats;
import dev.corroborate.verdict.CheckReport;

/** A check's result together with what the index update before it did. */
public record CheckRun(IndexStats index, CheckReport report) {}
