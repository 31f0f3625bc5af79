package dev.corroborate.pipeline;

import dev.corroborate.conflicts.ConflictsReport;
import dev.corroborate.index.IndexStats;

/** A conflicts search's result together with what the index update before it did. */
public record ConflictsRun(IndexStats index, ConflictsReport report) {}
