package dev.corroborate.corpus;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A file found in the corpus folder.
 *
 * @param root     the corpus folder
 * @param relative path relative to {@code root}, '/'-separated
 * @param sidecar  relative path of the {@code .meta.yaml} sidecar that describes it, or null
 */
record CorpusFile(Path root, String relative, String sidecar) {
  CorpusFile {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(relative, "relative");
  }

  Path path() {
    return root.resolve(relative);
  }

  Path sidecarPath() {
    return sidecar == null ? null : root.resolve(sidecar);
  }

  /** File name without folders. */
  String name() {
    int slash = relative.lastIndexOf('/');
    return relative.substring(slash + 1);
  }

  /** File name without its last extension: {@code notes/call.v2.md} gives {@code call.v2}. */
  String baseName() {
    String name = name();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Lower-case extension without the dot, or "" when there is none. */
  String extension() {
    String name = name();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }
}
