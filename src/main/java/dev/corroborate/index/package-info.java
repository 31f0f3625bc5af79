/**
 * Index stage: a loaded corpus in, an up-to-date Lucene index out ({@link dev.corroborate.index.Indexer}).
 * One document per source (metadata, file hash) and one per passage (text, offsets, stored analysis,
 * searchable matching keys, and source id and ordinal as doc values to order ties). Incremental by file content hash, with deleted documents merged away before each commit so scores do not depend on the index's history; one atomic commit per update; the commit
 * records the index format and analysis settings so an incompatible index is detected. Not for
 * concurrent writers (Lucene's write lock makes a second writer fail fast).
 */
package dev.corroborate.index;
