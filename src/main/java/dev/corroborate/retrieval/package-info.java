/**
 * Retrieval stage: claim term units in ({@link dev.corroborate.retrieval.ClaimQuery}), BM25-ranked
 * {@link dev.corroborate.retrieval.Hit passages} out of the last committed index ({@link
 * dev.corroborate.retrieval.PassageSearcher}), with the sources' metadata and the corpus IDF the stance
 * stage weighs words by. The alias phrases of an entity, and a word with its synonyms, count once per
 * passage; ties in score go by source id, then position. The index stores no analysis: the passages
 * of a search are analysed when read, through the searcher's {@link
 * dev.corroborate.analysis.SentenceCache}, so a hit's {@code passage().tokens()} is the full analysis.
 * Lucene types stay inside this package and {@code index}. Searching is thread-safe.
 */
package dev.corroborate.retrieval;
