package dev.corroborate.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Full analysis of stored sentences on demand, remembered: the index keeps a passage's text and
 * offsets only, and the passages a search returns are analysed here when read. A sentence's
 * analysis depends on its text only, so it is cached by text (at most {@code capacity} sentences,
 * the least recently used going first) and shared by all threads; offsets are applied per read.
 * Two threads asking for the same new text at once may both analyse it; both get equal results.
 * Its worker threads (for {@link #sentences} with {@code threads > 1}) are daemons.
 */
public final class SentenceCache {
  /** Sentences kept by default: about 20 MB of tokens. */
  public static final int DEFAULT_CAPACITY = 20_000;

  private final TextAnalyzer analyzer;
  private final Map<String, List<Token>> cache;
  private final int threads;
  private volatile ExecutorService pool;
  private long hits;
  private long misses;

  /**
   * A cache of at most {@code capacity} sentences; {@link #sentences} analyses the sentences it
   * misses on up to {@code threads} threads (the caller's among them).
   */
  public SentenceCache(TextAnalyzer analyzer, int capacity, int threads) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.threads = Math.max(1, threads);
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

  /** A cache of the default capacity that analyses on the caller's thread only. */
  public SentenceCache(TextAnalyzer analyzer) {
    this(analyzer, DEFAULT_CAPACITY, 1);
  }

  public TextAnalyzer analyzer() {
    return analyzer;
  }

  /**
   * The full analyses of several sentences, in order ({@code starts[i]} is where {@code texts[i]}
   * starts in its source's body): the same as {@link #sentence} of each, with the ones not cached
   * analysed on up to {@code threads} threads at once.
   */
  public List<Sentence> sentences(List<String> texts, int[] starts) {
    List<String> missing = new ArrayList<>();
    synchronized (cache) {
      for (String t : texts) {
        if (!cache.containsKey(t) && !missing.contains(t)) {
          missing.add(t);
        }
      }
    }
    if (missing.size() > 1 && threads > 1) {
      analyseInParallel(missing);
    }
    List<Sentence> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      out.add(sentence(texts.get(i), starts[i]));
    }
    return out;
  }

  private void analyseInParallel(List<String> missing) {
    int parts = Math.min(threads, missing.size());
    List<Future<?>> others = new ArrayList<>();
    for (int p = 1; p < parts; p++) {
      int part = p;
      others.add(pool().submit(() -> analyseEvery(missing, part, parts)));
    }
    analyseEvery(missing, 0, parts);
    for (Future<?> f : others) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        // The sentence is analysed again, on the caller's thread, by sentence(), which throws.
      }
    }
  }

  private void analyseEvery(List<String> texts, int part, int parts) {
    for (int i = part; i < texts.size(); i += parts) {
      sentence(texts.get(i), 0);
    }
  }

  private ExecutorService pool() {
    ExecutorService p = pool;
    if (p == null) {
      synchronized (this) {
        p = pool;
        if (p == null) {
          p = Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "corroborate-passages");
            t.setDaemon(true);
            return t;
          });
          pool = p;
        }
      }
    }
    return p;
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
