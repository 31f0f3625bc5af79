package dev.corroborate.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.diag.BadInputException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackendConfigTest {
  @Test
  void readsTheBackendAndItsSettings() throws BadInputException {
    BackendConfig c = BackendConfig.parse("""
        # where the passages are kept
        backend: solr
        solr-url: http://a:8983/solr
        collection: claims
        """, "corroborate.yaml");
    assertThat(c.backend()).contains("solr");
    assertThat(c.settings()).isEqualTo(Map.of("solr-url", "http://a:8983/solr", "collection", "claims"));
  }

  @Test
  void aListOfUrlsIsJoinedWithCommas() throws BadInputException {
    BackendConfig c = BackendConfig.parse("""
        solr-url:
          - http://a:8983/solr
          - http://b:8983/solr
        """, "f.yaml");
    assertThat(c.backend()).isEmpty();
    assertThat(c.settings()).containsEntry("solr-url", "http://a:8983/solr,http://b:8983/solr");
  }

  @Test
  void anEmptyFileHoldsNoSettings() throws BadInputException {
    BackendConfig c = BackendConfig.parse("# nothing yet\n", "f.yaml");
    assertThat(c.backend()).isEqualTo(Optional.empty());
    assertThat(c.settings()).isEmpty();
  }

  @Test
  void anUnknownKeyIsRefusedWithItsLineAndColumn() {
    assertThatThrownBy(() -> BackendConfig.parse("backend: solr\ncolection: claims\n", "f.yaml"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("f.yaml:2:1: unknown key 'colection' (known keys: backend, solr-url, collection)");
  }

  @Test
  void aValueThatIsNotAScalarIsRefused() {
    assertThatThrownBy(() -> BackendConfig.parse("collection:\n  - a\n  - b\n", "f.yaml"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("f.yaml:2:3: 'collection' needs a single value");
    assertThatThrownBy(() -> BackendConfig.parse("backend:\n", "f.yaml"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("'backend' needs a single value (write 'backend: local' or 'backend: solr')");
  }

  @Test
  void brokenYamlAndDuplicateKeysAreRefusedWithAPosition() {
    assertThatThrownBy(() -> BackendConfig.parse("backend: [solr\n", "f.yaml"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("f.yaml:2:1: invalid YAML: ");
    assertThatThrownBy(() -> BackendConfig.parse("backend: solr\nbackend: local\n", "f.yaml"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("f.yaml:2:1: 'backend' given twice (first on line 1) (keep one)");
  }

  @Test
  void aListAtTheTopIsNotSettings() {
    assertThatThrownBy(() -> BackendConfig.parse("- backend: solr\n", "f.yaml"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("f.yaml:1:1: backend settings must be a mapping of 'key: value' lines (write e.g. 'backend: solr')");
  }
}
