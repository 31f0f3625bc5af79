package dev.corroborate.cli;

import dev.corroborate.backend.BackendConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code corroborate solr}: sets up a SolrCloud collection for {@code --backend solr}. */
@Command(
    name = "solr",
    header = "Set up a SolrCloud collection to keep the passages in (--backend solr).",
    mixinStandardHelpOptions = true,
    subcommands = {SolrCommand.Init.class})
final class SolrCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.USAGE;
  }

  /** {@code corroborate solr init}. */
  @Command(
      name = "init",
      header = "Upload corroborate's configset and create the collection.",
      mixinStandardHelpOptions = true,
      description = "Uploads corroborate's configset (schema: the local index's fields, whitespace-split keys, BM25 k1 1.2 b 0.75; exact global statistics across shards) through the Configsets API unless one of its name is there, and creates the collection with it unless it exists. Needs SolrCloud 9.x and the corroborate-solr jar (bin/corroborate-solr).",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:configset uploaded; collection created or already there",
        "2:usage error (missing --solr-url or --collection, bad number)",
        "3:Solr unreachable or refused (message says why), a bad settings file, or this build has no Solr backend",
        "4:internal error (rerun with --stacktrace and report it)",
      })
  static final class Init implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--solr-url", paramLabel = "URL[,URL...]",
        description = "Base URL of one or more SolrCloud nodes, e.g. http://localhost:8983/solr (or solr-url in the"
            + " settings file).")
    String solrUrl;

    @Option(names = "--collection", paramLabel = "NAME",
        description = "Collection to create (or collection in the settings file).")
    String collection;

    @Option(names = "--config", paramLabel = "FILE",
        description = "Backend settings file (YAML keys backend, solr-url, collection; default: "
            + BackendConfig.DEFAULT_FILE + " in the working folder, when there); options given here win.")
    Path config;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "2", description = "Shards (default: ${DEFAULT-VALUE}).")
    int shards;

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "2",
        description = "Replicas of each shard (default: ${DEFAULT-VALUE}); 2 or more survive a node going down.")
    int replicas;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      BackendConfig file = BackendOptions.fileSettings(config);
      if (file.backend().isPresent() && !file.backend().get().equals("solr")) {
        throw new ParameterException(spec.commandLine(), file.file() + " names the backend '"
            + file.backend().get() + "': 'solr init' sets up a Solr collection");
      }
      Map<String, String> settings = BackendOptions.merged(file, solrUrl, collection);
      for (String key : List.of("solr-url", "collection")) {
        if (!settings.containsKey(key)) {
          throw new ParameterException(spec.commandLine(), "missing --" + key + " (or '" + key + ":' in "
              + file.file() + ")");
        }
      }
      settings.put("shards", Integer.toString(shards));
      settings.put("replicas", Integer.toString(replicas));
      String done;
      try {
        done = BackendOptions.provider("solr").init(settings);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      out.println(done);
      return ExitCode.OK;
    }
  }
}
