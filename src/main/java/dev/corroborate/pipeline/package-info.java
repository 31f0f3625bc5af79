/**
 * Wiring only: {@link dev.corroborate.pipeline.Pipeline} passes the corpus through analysis and
 * indexing, and each claim through retrieval, stance and verdict, running claims on all cores. It
 * holds no rules of its own.
 */
package dev.corroborate.pipeline;
