package dev.corroborate.eval;

import dev.corroborate.stance.Stance;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes every pair's prediction as CSV, header {@code id,gold,predicted}, one row per pair in input
 * order, labels in the dataset's words (a stance it has no word for as {@link Stance#label()}), LF
 * line ends, fields quoted per RFC 4180 when needed. The file is complete or absent: written beside
 * the target, then renamed over it.
 */
final class PredictionsCsv {
  private PredictionsCsv() {}

  static void write(Path target, Dataset dataset, List<LabelledPair> pairs, List<Stance> predicted)
      throws IOException {
    if (pairs.size() != predicted.size()) {
      throw new IllegalArgumentException(pairs.size() + " pairs but " + predicted.size() + " predictions");
    }
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        w.write("id,gold,predicted\n");
        for (int i = 0; i < pairs.size(); i++) {
          LabelledPair p = pairs.get(i);
          w.write(field(p.id()) + ',' + field(p.goldWord()) + ',' + field(dataset.word(predicted.get(i))) + '\n');
        }
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The value as a CSV field: quoted, with quotes doubled, when it holds a comma, quote or line break. */
  static String field(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
