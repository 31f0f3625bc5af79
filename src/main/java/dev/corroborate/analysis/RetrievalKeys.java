package dev.corroborate.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The matching keys of a sentence's words for the search index, computed without tagging or
 * lemmatising: for each word that has a letter or digit, the keys of its lemma where it differs
 * from the form ("said" → "say", "went" → "go", "40,000" → "40000", "dlrs" → "dlr"), then the key of
 * the form itself ({@link Stemmer#key}). Merged clitics are cut as the full analysis cuts them
 * ("hadn't" → "had" + "n't", "they're" → "they" + "'re"). Lemmas that stemming cannot find come from a list of general English
 * irregular forms ({@code word-forms.txt}); a form with several possible lemmas gets all of them, so
 * the keys are a superset of what the full analysis of a content word gives, which is what a claim's
 * query asks for. Stateless and thread-safe.
 */
public final class RetrievalKeys {
  /**
   * Clitics cut from their host, as the tagger merges them. A possessive "’s" with a curly
   * apostrophe is left on its host, as the UD models (which know straight apostrophes best) leave it.
   */
  private static final List<String> CLITICS = List.of("n't", "'s", "'re", "'ll", "'ve", "'d", "'m");
  private static final Pattern GROUPED_NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
  /** Abbreviations in the plural that have no vowel ("dlrs", "cts", "lbs"). */
  private static final Pattern VOWELLESS_PLURAL = Pattern.compile("[b-df-hj-np-tv-xz]{2,}s");
  private static final Map<String, List<String>> LEMMA_KEYS = load();
  /** Each thread remembers the keys of the words it met (a word's keys depend on the word only). */
  private static final int MAX_CACHED_WORDS = 200_000;
  private static final ThreadLocal<Map<String, String[]>> KEYS_OF_WORD = ThreadLocal.withInitial(HashMap::new);

  private RetrievalKeys() {}

  /** The keys of a sentence's words, in order; what the index's searchable field holds. */
  public static List<String> of(List<String> words) {
    List<String> out = new ArrayList<>(words.size() + words.size() / 8);
    for (String w : words) {
      if (!hasLetterOrDigit(w)) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      int cut = lower.endsWith("\u2019s") ? -1 : cliticCut(lower.replace('\u2019', '\''));
      if (cut > 0) {
        add(w.substring(0, cut), out);
        add(w.substring(cut), out);
      } else {
        add(w, out);
      }
    }
    return out;
  }

  /** The keys, whitespace-separated (a key's own whitespace becomes '_'), for a whitespace-analysed field. */
  public static String joined(List<String> words) {
    StringBuilder sb = new StringBuilder(words.size() * 8);
    for (String k : of(words)) {
      for (int i = 0; i < k.length(); i++) {
        char c = k.charAt(i);
        sb.append(Character.isWhitespace(c) ? '_' : c);
      }
      sb.append(' ');
    }
    return sb.toString();
  }

  private static boolean hasLetterOrDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int cliticCut(String lower) {
    if (lower.indexOf('\'') < 0) {
      return lower.equals("cannot") ? 3 : -1;
    }
    if (lower.equals("cannot")) {
      return 3;
    }
    for (String c : CLITICS) {
      if (lower.length() > c.length() && lower.endsWith(c)) {
        return lower.length() - c.length();
      }
    }
    return -1;
  }

  private static void add(String word, List<String> out) {
    Map<String, String[]> cache = KEYS_OF_WORD.get();
    String[] keys = cache.get(word);
    if (keys == null) {
      List<String> computed = new ArrayList<>(2);
      compute(word, computed);
      keys = computed.toArray(String[]::new);
      if (cache.size() >= MAX_CACHED_WORDS) {
        cache.clear();
      }
      cache.put(word, keys);
    }
    for (String k : keys) {
      out.add(k);
    }
  }

  private static void compute(String word, List<String> out) {
    String surface = Stemmer.key(word);
    if (surface.isBlank()) {
      return;
    }
    String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    List<String> lemmas = LEMMA_KEYS.get(lower);
    if (lemmas != null) {
      for (String k : lemmas) {
        if (!k.equals(surface)) {
          out.add(k);
        }
      }
    } else if (lower.indexOf(',') > 0 && GROUPED_NUMBER.matcher(lower).matches()) {
      out.add(lower.replace(",", ""));
    } else if (lower.endsWith("s") && VOWELLESS_PLURAL.matcher(lower).matches() && !lower.equals("mrs")) {
      out.add(lower.substring(0, lower.length() - 1));
    }
    out.add(surface);
  }

  private static Map<String, List<String>> load() {
    Map<String, List<String>> out = new HashMap<>();
    try (InputStream in = RetrievalKeys.class.getResourceAsStream("word-forms.txt")) {
      if (in == null) {
        throw new IllegalStateException("word-forms.txt is missing from the classpath (rebuild with mvn package)");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] f = l.split("\\s+");
        List<String> keys = new ArrayList<>();
        for (int i = 1; i < f.length; i++) {
          String k = Stemmer.key(f[i]);
          if (!keys.contains(k)) {
            keys.add(k);
          }
        }
        out.put(f[0], List.copyOf(keys));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
