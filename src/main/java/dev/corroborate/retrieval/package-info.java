/**
 * Retrieval stage: claim term units in ({@link dev.corroborate.retrieval.ClaimQuery}), BM25-ranked
 * {@link dev.corroborate.retrieval.Hit passages} out of the last committed index ({@link
 * dev.corroborate.retrieval.PassageSearcher}), with the sources' metadata and the corpus IDF the stance
 * stage weighs words by. The alias phrases of an entity, and a word with its synonyms, count once per
 * passage; ties in score go by source id, then position. Lucene types stay inside this package and
 * {@code index}. Searching is thread-safe.
 */
package dev.corroborate.retrieval;
