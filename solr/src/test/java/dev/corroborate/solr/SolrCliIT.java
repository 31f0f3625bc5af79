package dev.corroborate.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The command line with {@code --backend solr}: {@code solr init} sets a collection up on a real
 * SolrCloud, then {@code index} and {@code check} work on it as on the local index, and the report
 * is the golden one.
 */
class SolrCliIT {
  private static SolrCloudCluster solr;
  private static String url;

  private record Run(int code, String out, String err) {}

  @BeforeAll
  static void start() throws Exception {
    solr = new SolrCloudCluster(false);
    url = solr.cluster.getJettySolrRunners().get(0).getBaseUrl().toString();
  }

  @AfterAll
  static void stop() throws Exception {
    solr.close();
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), false);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void initIndexAndCheckOnSolrGiveTheGoldenReport() throws Exception {
    Run init = run("solr", "init", "--solr-url", url, "--collection", "cli", "--shards", "2", "--replicas", "2");
    assertThat(init.code()).as(init.err()).isZero();
    assertThat(init.out()).contains("configset corroborate-4 uploaded; collection cli created (2 shards x 2 replicas)");
    Run again = run("solr", "init", "--solr-url", url, "--collection", "cli");
    assertThat(again.out()).as(again.err())
        .contains("configset corroborate-4 already there (left as it is); collection cli already exists");

    Run index = run("index", "--backend", "solr", "--solr-url", url, "--collection", "cli");
    assertThat(index.code()).as(index.err()).isZero();
    Run check = run("check", "--backend", "solr", "--solr-url", url, "--collection", "cli", "--format", "json");
    assertThat(check.code()).as(check.err()).isZero();
    assertThat(check.err()).contains("index: indexed 0, unchanged ");
    assertThat(check.out())
        .isEqualTo(Files.readString(Path.of("src/test/resources/golden/seed/expected.json"), StandardCharsets.UTF_8));
  }

  @Test
  void solrOptionsAreCheckedBeforeAnythingRuns() {
    Run missing = run("check", "--backend", "solr", "--solr-url", url);
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--backend solr needs --collection NAME");
    Run stray = run("check", "--collection", "cli");
    assertThat(stray.code()).isEqualTo(2);
    assertThat(stray.err()).contains("--solr-url and --collection go with --backend solr");
    Run unknown = run("check", "--backend", "elastic");
    assertThat(unknown.code()).isEqualTo(3);
    assertThat(unknown.err()).contains("backend 'elastic' is not available in this build");
  }
}
