package dev.corroborate.index;

/** Receives progress of long work; the CLI draws it on stderr, tests ignore it. */
@FunctionalInterface
public interface Progress {
  void update(String stage, int done, int total);

  static Progress none() {
    return (stage, done, total) -> {};
  }
}
