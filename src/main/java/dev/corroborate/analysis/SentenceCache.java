package dev.corroborate.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Full analysis of stored sentences on demand, remembered: the index keeps a passage's text and
 * offsets only, and the passages a search returns are analysed here when read. A sentence's
 * analysis depends on its text only, so it is cached by text (at most {@code capacity} sentences,
 * the least recently used going first) and shared by all threads; offsets are applied per read.
 * Two threads asking for the same new text at once may both analyse it; both get equal results.
 */
public final class SentenceCache {
  /** Sentences kept by default: about 20 MB of tokens. */
  public static final int DEFAULT_CAPACITY = 20_000;

  private final TextAnalyzer analyzer;
  private final Map<String, List<Token>> cache;
  private long hits;
  private long misses;

  public SentenceCache(TextAnalyzer analyzer, int capacity) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity < 0");
    }
    this.cache = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, List<Token>> eldest) {
        return size() > capacity;
      }
    };
  }

  public SentenceCache(TextAnalyzer analyzer) {
    this(analyzer, DEFAULT_CAPACITY);
  }

  public TextAnalyzer analyzer() {
    return analyzer;
  }

  /** The full analysis of a sentence whose text starts at {@code start} in its source's body. */
  public Sentence sentence(String text, int start) {
    List<Token> tokens;
    synchronized (cache) {
      tokens = cache.get(text);
      if (tokens != null) {
        hits++;
      } else {
        misses++;
      }
    }
    if (tokens == null) {
      tokens = analyzer.analyzeSentence(text, 0).tokens();
      synchronized (cache) {
        cache.put(text, tokens);
      }
    }
    if (start == 0) {
      return new Sentence(0, text.length(), text, tokens);
    }
    List<Token> shifted = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      shifted.add(new Token(t.text(), t.lemma(), t.pos(), t.key(), t.start() + start, t.end() + start));
    }
    return new Sentence(start, start + text.length(), text, shifted);
  }

  /** Reads served from the cache and reads that analysed, since this cache was made. */
  public long[] counts() {
    synchronized (cache) {
      return new long[] {hits, misses};
    }
  }
}
