package dev.corroborate.cli;

import dev.corroborate.corpus.CorpusLoader;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How the corpus folder is read: the size limit per file and whether symbolic links are followed. */
final class CorpusOptions {
  /** Largest value of {@code --max-file-mb}: a file is read into memory whole. */
  static final int MAX_FILE_MB_LIMIT = 1024;

  @Option(names = "--max-file-mb", paramLabel = "N", converter = MegabytesConverter.class,
      defaultValue = "" + CorpusLoader.DEFAULT_MAX_FILE_BYTES / (1024 * 1024),
      description = "Skip corpus files larger than N MiB, without reading them (1 to " + MAX_FILE_MB_LIMIT
          + "; default: ${DEFAULT-VALUE}).")
  int maxFileMb;

  @Option(names = "--follow-links",
      description = "Read what symbolic links in the corpus point to, even outside the corpus folder "
          + "(default: links are listed as warnings and not read; a link loop is skipped).")
  boolean followLinks;

  CorpusLoader loader() {
    return new CorpusLoader(maxFileMb * 1024L * 1024L, followLinks);
  }

  /** Reads {@code --max-file-mb}: a whole number in range, or a usage error saying which. */
  static final class MegabytesConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n;
      try {
        n = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a whole number of MiB");
      }
      if (n < 1 || n > MAX_FILE_MB_LIMIT) {
        throw new TypeConversionException(n + " is out of range (use 1 to " + MAX_FILE_MB_LIMIT + ")");
      }
      return n;
    }
  }
}
