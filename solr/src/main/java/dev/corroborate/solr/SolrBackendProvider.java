package dev.corroborate.solr;

import dev.corroborate.backend.SearchBackend;
import dev.corroborate.backend.SearchBackendProvider;
import dev.corroborate.index.IndexException;
import java.io.IOException;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;

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

  @Override
  public String init(Map<String, String> settings) throws IndexException {
    SolrSettings solr = SolrSettings.of(settings);
    try (SolrClient client = new CloudHttp2SolrClient.Builder(solr.urls()).build()) {
      return SolrAdmin.init(client, solr, number(settings, "shards"), number(settings, "replicas"));
    } catch (IOException e) {
      return "closing the Solr client failed: " + e.getMessage();
    }
  }

  private static int number(Map<String, String> settings, String key) {
    try {
      return Integer.parseInt(settings.getOrDefault(key, "2").strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + key + " must be a whole number", e);
    }
  }
}
