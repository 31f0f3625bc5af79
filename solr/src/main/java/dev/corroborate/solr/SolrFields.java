package dev.corroborate.solr;

/** Fields of the SolrCloud schema that the local index has no counterpart for (the others are {@code IndexFields}). */
final class SolrFields {
  /** Unique key: {@code source:ID} for a source, {@code passage:ID#ORDINAL} for a passage, so a rewrite replaces. */
  static final String ID = "id";

  private SolrFields() {}

  static String sourceKey(String sourceId) {
    return "source:" + sourceId;
  }

  static String passageKey(String sourceId, int ordinal) {
    return "passage:" + sourceId + "#" + ordinal;
  }
}
