/**
 * Backend stage boundary: where passages are kept and searched. {@link
 * dev.corroborate.backend.SearchBackend} updates the store from a loaded corpus (incrementally, by
 * content hash) and opens {@link dev.corroborate.retrieval.PassageIndex views} of it;
 * {@link dev.corroborate.backend.LocalBackend} is the embedded Lucene index (default); other backends
 * (SolrCloud) come from their own module through {@link dev.corroborate.backend.SearchBackendProvider}.
 * Implementations are thread-safe.
 */
package dev.corroborate.backend;
