/**
 * Wiring only: {@link dev.corroborate.pipeline.Pipeline} passes the corpus through analysis and
 * indexing, and each claim through retrieval, stance and verdict ({@code check}), or every passage's
 * proposition through retrieval, stance and the conflicts stage ({@code conflicts}), running claims or
 * propositions on all cores. It holds no rules of its own.
 */
package dev.corroborate.pipeline;
