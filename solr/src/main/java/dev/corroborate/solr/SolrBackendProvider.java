package dev.corroborate.solr;

import dev.corroborate.backend.SearchBackend;
import dev.corroborate.backend.SearchBackendProvider;
import java.util.Map;

/** {@code --backend solr}: a {@link SolrBackend} from {@code solr-url} and {@code collection}. */
public final class SolrBackendProvider implements SearchBackendProvider {
  @Override
  public String name() {
    return "solr";
  }

  @Override
  public SearchBackend create(Map<String, String> settings) {
    return new SolrBackend(SolrSettings.of(settings));
  }
}
