package dev.corroborate.cli;

import dev.corroborate.backend.LocalBackend;
import dev.corroborate.backend.SearchBackend;
import dev.corroborate.backend.SearchBackendProvider;
import dev.corroborate.index.IndexException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where passages are kept: the local index folder (default) or a SolrCloud collection. Other
 * backends than {@code local} come from their own jar (see {@link SearchBackendProvider}).
 */
final class BackendOptions {
  static final String LOCAL = "local";

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--backend", paramLabel = "NAME", defaultValue = LOCAL,
      description = "Where passages are kept: local (the --index folder, default) or solr (a SolrCloud collection:"
          + " give --solr-url and --collection; needs the corroborate-solr jar, see README).")
  String backend;

  @Option(names = "--solr-url", paramLabel = "URL[,URL...]",
      description = "With --backend solr: base URL of one or more SolrCloud nodes, e.g. http://localhost:8983/solr.")
  String solrUrl;

  @Option(names = "--collection", paramLabel = "NAME",
      description = "With --backend solr: the collection (create it with 'corroborate solr init').")
  String collection;

  /** The settings given for a non-local backend. */
  Map<String, String> settings() {
    Map<String, String> out = new LinkedHashMap<>();
    if (solrUrl != null) {
      out.put("solr-url", solrUrl);
    }
    if (collection != null) {
      out.put("collection", collection);
    }
    return out;
  }

  /** The backend; the local index in {@code index} unless another is named. */
  SearchBackend backend(Path index) throws IndexException {
    if (LOCAL.equals(backend)) {
      if (solrUrl != null || collection != null) {
        throw new ParameterException(mixee.commandLine(), "--solr-url and --collection go with --backend solr");
      }
      return new LocalBackend(index);
    }
    SearchBackendProvider provider = provider(backend);
    try {
      return provider.create(settings());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(mixee.commandLine(), e.getMessage());
    }
  }

  /** The provider of a backend, or bad input saying how to get it. */
  static SearchBackendProvider provider(String name) throws IndexException {
    return SearchBackendProvider.named(name).orElseThrow(() -> new IndexException("backend '" + name
        + "' is not available in this build (it comes with the corroborate-solr jar: run bin/corroborate-solr,"
        + " or use --backend local)"));
  }
}
