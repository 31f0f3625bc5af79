package dev.corroborate.stance;

/** How informative a matching key is in the corpus (BM25 inverse document frequency). */
@FunctionalInterface
public interface IdfSource {
  double idf(String key);

  /** Every key equally informative: for tests and one-off comparisons without an index. */
  static IdfSource uniform() {
    return key -> 1.0;
  }
}
