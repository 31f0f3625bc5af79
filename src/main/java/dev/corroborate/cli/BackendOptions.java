package dev.corroborate.cli;

import dev.corroborate.backend.BackendConfig;
import dev.corroborate.backend.LocalBackend;
import dev.corroborate.backend.SearchBackend;
import dev.corroborate.backend.SearchBackendProvider;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import dev.corroborate.index.IndexException;
import java.nio.file.Files;
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

  @Option(names = "--backend", paramLabel = "NAME",
      description = "Where passages are kept: local (the --index folder, default) or solr (a SolrCloud collection:"
          + " give --solr-url and --collection; needs the corroborate-solr jar, see README).")
  String backend;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Backend settings file: YAML with the keys backend, solr-url (a URL or a list) and collection"
          + " (default: " + BackendConfig.DEFAULT_FILE + " in the working folder, when there); options given here"
          + " win over the file.")
  Path config;

  @Option(names = "--solr-url", paramLabel = "URL[,URL...]",
      description = "With --backend solr: base URL of one or more SolrCloud nodes, e.g. http://localhost:8983/solr.")
  String solrUrl;

  @Option(names = "--collection", paramLabel = "NAME",
      description = "With --backend solr: the collection (create it with 'corroborate solr init').")
  String collection;

  /** The backend; the local index in {@code index} unless the options or the settings file name another. */
  SearchBackend backend(Path index) throws IndexException, BadInputException {
    BackendConfig file = fileSettings(config);
    Map<String, String> settings = merged(file, solrUrl, collection);
    String name = backend != null ? backend : file.backend().orElse(LOCAL);
    if (LOCAL.equals(name)) {
      if (solrUrl != null || collection != null) {
        throw new ParameterException(mixee.commandLine(), "--solr-url and --collection go with --backend solr");
      }
      return new LocalBackend(index);
    }
    SearchBackendProvider provider = provider(name);
    try {
      return provider.create(settings);
    } catch (IllegalArgumentException e) {
      if (backend == null || !file.settings().isEmpty()) {
        throw new BadInputException(Diagnostic.of(file.file(), e.getMessage(),
            "set it in this file or give the option on the command line"));
      }
      throw new ParameterException(mixee.commandLine(), e.getMessage());
    }
  }

  /** The file's settings with the options given on the command line (null when not given) over them. */
  static Map<String, String> merged(BackendConfig file, String solrUrl, String collection) {
    Map<String, String> settings = new LinkedHashMap<>(file.settings());
    if (solrUrl != null) {
      settings.put("solr-url", solrUrl);
    }
    if (collection != null) {
      settings.put("collection", collection);
    }
    return settings;
  }

  /**
   * The settings in {@code config}, or in {@link BackendConfig#DEFAULT_FILE} of the working folder when
   * no file is named and that one exists; none otherwise. A named file that is missing is bad input.
   */
  static BackendConfig fileSettings(Path config) throws BadInputException {
    if (config != null) {
      if (!Files.isRegularFile(config)) {
        throw new BadInputException(Diagnostic.of(config.toString(), "backend settings file not found",
            "check the path given to --config"));
      }
      return BackendConfig.read(config, config.toString());
    }
    Path fallback = Path.of(BackendConfig.DEFAULT_FILE);
    return Files.isRegularFile(fallback)
        ? BackendConfig.read(fallback, BackendConfig.DEFAULT_FILE)
        : new BackendConfig(BackendConfig.DEFAULT_FILE, java.util.Optional.empty(), Map.of());
  }

  /** The provider of a backend, or bad input saying how to get it. */
  static SearchBackendProvider provider(String name) throws IndexException {
    return SearchBackendProvider.named(name).orElseThrow(() -> new IndexException("backend '" + name
        + "' is not available in this build (it comes with the corroborate-solr jar: run bin/corroborate-solr,"
        + " or use --backend local)"));
  }
}
