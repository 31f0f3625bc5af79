package dev.corroborate.solr;

import dev.corroborate.index.IndexException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.SolrException;

/**
 * {@code corroborate solr init}: uploads corroborate's configset through the Configsets API unless a
 * configset of its name is there (an administrator may have uploaded it as a trusted one: {@code bin/solr
 * zk upconfig}), and creates the collection with it when it is not there yet, waiting until every
 * replica is active. The configset's name carries the index format, so a new format gets a new one.
 */
final class SolrAdmin {
  private SolrAdmin() {}

  /** Sets the collection up; returns one line saying what was done. */
  static String init(SolrClient client, SolrSettings settings, int shards, int replicas) throws IndexException {
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException("--shards and --replicas must be at least 1");
    }
    Path zip = null;
    try {
      zip = Files.createTempFile("corroborate-configset", ".zip");
      writeZip(zip);
      String configset;
      if (new ConfigSetAdminRequest.List().process(client).getConfigSets().contains(SolrConfigset.NAME)) {
        configset = "configset " + SolrConfigset.NAME + " already there (left as it is)";
      } else {
        ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
        upload.setConfigSetName(SolrConfigset.NAME);
        upload.setUploadFile(zip.toFile(), "application/octet-stream").process(client);
        configset = "configset " + SolrConfigset.NAME + " uploaded";
      }
      if (CollectionAdminRequest.listCollections(client).contains(settings.collection())) {
        return configset + "; collection " + settings.collection()
            + " already exists (left as it is; it must use configset " + SolrConfigset.NAME + ")";
      }
      CollectionAdminRequest.Create create =
          CollectionAdminRequest.createCollection(settings.collection(), SolrConfigset.NAME, shards, replicas);
      create.setWaitForFinalState(true);
      create.process(client);
      return configset + "; collection " + settings.collection() + " created ("
          + shards + " shards x " + replicas + " replicas)";
    } catch (IOException | SolrServerException | SolrException e) {
      throw new IndexException("cannot set up the Solr collection " + settings.collection() + " at "
          + String.join(",", settings.urls()) + ": " + e.getMessage()
          + " (check --solr-url; SolrCloud 9.x is needed, with configset uploads allowed)", e);
    } finally {
      if (zip != null) {
        try {
          Files.deleteIfExists(zip);
        } catch (IOException e) {
          // A temporary file left behind; nothing else is at stake.
        }
      }
    }
  }

  private static void writeZip(Path zip) throws IOException {
    Path dir = Files.createTempDirectory("corroborate-configset");
    try {
      SolrConfigset.writeTo(dir);
      try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
        for (String f : SolrConfigset.FILES) {
          z.putNextEntry(new ZipEntry(f));
          Files.copy(dir.resolve(f), z);
          z.closeEntry();
        }
      }
    } finally {
      for (String f : SolrConfigset.FILES) {
        Files.deleteIfExists(dir.resolve(f));
      }
      Files.deleteIfExists(dir);
    }
  }
}
