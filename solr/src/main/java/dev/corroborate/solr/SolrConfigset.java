package dev.corroborate.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * corroborate's configset (schema and solrconfig), shipped in this module's resources: what a
 * collection must be created with for the same fields and ranking as the local index.
 */
public final class SolrConfigset {
  /** The configset's name in ZooKeeper, as {@code corroborate solr init} uploads it. */
  public static final String NAME = "corroborate-4";
  /** The files of the configset, all in its {@code conf} folder. */
  static final List<String> FILES = List.of("schema.xml", "solrconfig.xml");

  private SolrConfigset() {}

  /** Writes the configset's files into {@code dir} (created if needed); returns it. */
  public static Path writeTo(Path dir) {
    try {
      Files.createDirectories(dir);
      for (String f : FILES) {
        try (InputStream in = SolrConfigset.class.getResourceAsStream("configset/conf/" + f)) {
          if (in == null) {
            throw new IllegalStateException("configset file " + f + " missing from the jar");
          }
          Files.copy(in, dir.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
