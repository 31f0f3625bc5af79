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
import org.junit.jupiter.api.io.TempDir;

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
  void aSettingsFileReplacesTheOptionsForInitImportAndCheck(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("settings.yaml"), "backend: solr\nsolr-url:\n  - " + url
        + "\ncollection: wire\n", StandardCharsets.UTF_8);
    Run init = run("solr", "init", "--config", config.toString());
    assertThat(init.code()).as(init.err()).isZero();
    assertThat(init.out()).contains("collection wire created (2 shards x 2 replicas)");
    Path wire = Files.copy(Path.of("src/test/resources/import/sources.jsonl"), dir.resolve("wire.jsonl"));
    Run imported = run("import", wire.toString(), "--config", config.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out()).startsWith("imported 1 file: indexed 3, unchanged 0, removed 0, empty 0, skipped 0"
        + " (index holds 3 sources, ");
    Run again = run("import", wire.toString(), "--config", config.toString());
    assertThat(again.out()).as(again.err()).startsWith("imported 1 file: indexed 0, unchanged 3, removed 0");
    Path claims = Files.writeString(dir.resolve("claims.yaml"), """
        claims:
          - id: frigate-entered
            text: "The frigate entered the harbour."
            expect: contradicted
        """, StandardCharsets.UTF_8);
    Run check = run("check", claims.toString(), "--no-update", "--config", config.toString());
    assertThat(check.code()).as(check.err()).isZero();
    assertThat(check.out()).contains("frigate-entered: CONTRADICTED")
        .contains("1 source contradicts it (Ministry of Ports); 1 source mentions it (Coast Daily)");
    Run typo = run("check", claims.toString(), "--no-update", "--config",
        Files.writeString(dir.resolve("typo.yaml"), "backend: solr\ncolection: wire\n").toString());
    assertThat(typo.code()).isEqualTo(3);
    assertThat(typo.err()).contains("typo.yaml:2:1: unknown key 'colection'");
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
