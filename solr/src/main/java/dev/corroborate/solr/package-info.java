/**
 * The SolrCloud backend ({@code --backend solr}): {@link dev.corroborate.solr.SolrBackend} keeps the
 * same documents as the local index in a SolrCloud collection, updated incrementally by content hash
 * and streamed in batches with retries; its views search with the same BM25 ranking, using the
 * collection's exact global statistics (the configset in {@code dev/corroborate/solr/configset}).
 * SolrJ types stay inside this package. Thread-safe.
 */
package dev.corroborate.solr;
