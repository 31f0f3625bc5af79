package dev.corroborate.corpus;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists a corpus folder recursively, leaving out hidden files and folders (names starting with
 * '.'), sorted by '/'-separated relative path so the order does not depend on the file system.
 * Symbolic links are listed as links, not followed, unless asked; when followed, a link's entries
 * keep the link's path (so nothing is named after where the link points), a loop is listed as
 * unreadable and a link whose target is missing as a link.
 */
final class CorpusWalk {
  private CorpusWalk() {}

  enum Kind {
    /** A regular file to load. */
    FILE,
    /** A symbolic link, not followed (or, when links are followed, one whose target is missing). */
    SYMLINK,
    /** A device, pipe or socket. */
    OTHER,
    /** A file or folder that could not be read; {@code detail} says why. */
    UNREADABLE
  }

  record Entry(String relative, Kind kind, String detail) {}

  /**
   * Every entry under {@code root}, sorted by relative path.
   *
   * @throws IOException when {@code root} itself cannot be read
   */
  static List<Entry> list(Path root, boolean followLinks) throws IOException {
    Path start = root.toRealPath();
    List<Entry> entries = new ArrayList<>();
    Files.walkFileTree(start, followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
        : EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(start) && hidden(dir)
                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!hidden(file)) {
              Kind kind = attrs.isSymbolicLink() ? Kind.SYMLINK
                  : attrs.isRegularFile() ? Kind.FILE : Kind.OTHER;
              entries.add(new Entry(relative(start, file), kind, ""));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (file.equals(start)) {
              throw e;
            }
            if (!hidden(file)) {
              entries.add(new Entry(relative(start, file), Kind.UNREADABLE,
                  ContentReader.describe(e)));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              if (dir.equals(start)) {
                throw e;
              }
              entries.add(new Entry(relative(start, dir), Kind.UNREADABLE,
                  "folder not fully read: " + ContentReader.describe(e)));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    entries.sort(Comparator.comparing(Entry::relative));
    return entries;
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String relative(Path root, Path file) {
    Path rel = root.relativize(file);
    StringBuilder sb = new StringBuilder();
    for (Path part : rel) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(part);
    }
    return sb.toString();
  }
}
