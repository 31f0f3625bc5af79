package dev.corroborate.solr;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a SolrCloud collection is: the base URLs of one or more of its nodes (e.g.
 * {@code http://host:8983/solr}) and the collection's name.
 *
 * @param urls       Solr node URLs, http or https, at least one
 * @param collection collection name
 */
public record SolrSettings(List<String> urls, String collection) {
  /** The key of the node URLs (comma-separated) in settings maps: {@code --solr-url}. */
  public static final String URL = "solr-url";
  /** The key of the collection in settings maps: {@code --collection}. */
  public static final String COLLECTION = "collection";

  public SolrSettings {
    urls = List.copyOf(urls);
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("no Solr URL (give --solr-url http://HOST:8983/solr)");
    }
    for (String u : urls) {
      URI uri;
      try {
        uri = URI.create(u);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + u + "' is not a URL (give --solr-url http://HOST:8983/solr)", e);
      }
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new IllegalArgumentException("'" + u + "' is not an http(s) URL of a Solr node"
            + " (give --solr-url http://HOST:8983/solr)");
      }
    }
    Objects.requireNonNull(collection, "collection");
    if (!collection.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
      throw new IllegalArgumentException("'" + collection + "' is not a collection name"
          + " (letters, digits, '_', '.', '-'; give --collection NAME)");
    }
  }

  /** Settings from a map with {@link #URL} (comma-separated) and {@link #COLLECTION}. */
  public static SolrSettings of(Map<String, String> settings) {
    String urls = settings.get(URL);
    if (urls == null || urls.isBlank()) {
      throw new IllegalArgumentException("--backend solr needs --solr-url (e.g. http://localhost:8983/solr)");
    }
    String collection = settings.get(COLLECTION);
    if (collection == null || collection.isBlank()) {
      throw new IllegalArgumentException("--backend solr needs --collection NAME");
    }
    return new SolrSettings(List.of(urls.strip().split("\\s*,\\s*")), collection.strip());
  }
}
