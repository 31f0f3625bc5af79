package dev.corroborate.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Claim texts compared, named and written: the normalised form (so the same claim written with other
 * case, punctuation, spacing or curly quotes is a duplicate), the stable id derived from it, and the
 * YAML scalar that round-trips it.
 * Stateless.
 */
public final class ClaimText {
  /** Words left out of ids: they never tell claims apart. */
  private static final Set<String> GLUE = Set.of("the", "a", "an", "of", "and", "or", "to", "in", "on", "at",
      "by", "for", "with", "from", "that", "this", "was", "were", "is", "are", "be", "been", "had", "has",
      "have", "it", "its", "as");
  private static final int SLUG_WORDS = 5;

  private ClaimText() {}

  /**
   * Lower case, compatibility-normalised (NFKC), quotes and apostrophes folded, every run of
   * punctuation or white space one space, trimmed: "Xi’s “call”, Nov. 24" and "xi's call nov 24" agree.
   */
  public static String normalise(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replaceAll("[\u2018\u2019\u201a\u201b\u2032`\u00b4]", "'");
    s = s.replaceAll("'", "");
    s = s.replaceAll("[^\\p{L}\\p{N}]+", " ");
    return s.strip();
  }

  /**
   * A stable id: up to five words of the normalised text (accents dropped, glue words left out),
   * joined with '-', then '-' and six hex digits of the SHA-256 of the normalised text. Depends on
   * this text only: the same claim gets the same id in every run and whatever the other sentences.
   */
  public static String id(String text) {
    String normal = normalise(text);
    List<String> words = new ArrayList<>();
    for (String w : normal.split(" ")) {
      String ascii = Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("[^a-z0-9]", "");
      if (!ascii.isEmpty() && !GLUE.contains(ascii) && words.size() < SLUG_WORDS) {
        words.add(ascii.length() > 20 ? ascii.substring(0, 20) : ascii);
      }
    }
    String slug = words.isEmpty() ? "claim" : String.join("-", words);
    return slug + "-" + sha256(normal).substring(0, 6);
  }

  /** A YAML double-quoted scalar: backslash, quote and control or line-separator characters escaped. */
  public static String yamlQuoted(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '"' -> sb.append("\\\"");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || c == 0x85 || c == '\u2028' || c == '\u2029' || c == '\ufeff'
              || (c >= 0x80 && c < 0xa0)) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
