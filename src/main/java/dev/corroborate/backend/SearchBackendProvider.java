package dev.corroborate.backend;

import dev.corroborate.index.IndexException;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Makes a backend other than the local index from its settings, found with {@link ServiceLoader}
 * when its jar is on the class path (the {@code solr} module provides {@code solr}), so the CLI jar
 * needs none of their dependencies.
 */
public interface SearchBackendProvider {
  /** The name given to {@code --backend}. */
  String name();

  /**
   * The backend for these settings (e.g. {@code solr-url}, {@code collection}).
   *
   * @throws IllegalArgumentException naming a missing or invalid setting
   */
  SearchBackend create(Map<String, String> settings);

  /**
   * Sets the store up (schema, collection) for these settings; returns one line saying what was done.
   *
   * @throws IllegalArgumentException naming a missing or invalid setting
   * @throws IndexException when the store cannot be set up
   */
  String init(Map<String, String> settings) throws IndexException;

  /** The provider of this name on the class path, if any. */
  static Optional<SearchBackendProvider> named(String name) {
    return ServiceLoader.load(SearchBackendProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.name().equals(name))
        .findFirst();
  }
}
