/**
 * Index stage: a loaded corpus in, an up-to-date Lucene index out ({@link dev.corroborate.index.Indexer});
 * also bulk collections streamed in ({@link dev.corroborate.index.Indexer#importCollections}). One
 * document per source (metadata, file hash, origin: the corpus folder or an imported file) and one
 * per passage (text, offsets, searchable matching keys made without tagging, and source id and
 * ordinal as doc values to order ties; no stored analysis, format 4). Incremental by content hash
 * (per file for the corpus folder, per record for an imported collection), with deleted documents
 * merged away before each commit so scores do not depend on the index's history; one atomic commit
 * per update; the commit records the index format and analysis settings so an incompatible index is
 * detected. Not for concurrent writers (Lucene's write lock makes a second writer fail fast).
 */
package dev.corroborate.index;
