package dev.corroborate.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random inputs for the parsers: raw bytes, text that is nearly YAML, and random YAML structures
 * (mappings, lists, scalars of every style, anchors, aliases, tags, merge keys, directives) rendered
 * with random indentation mistakes, so some are valid and many are not. Every method is a pure
 * function of the {@link Random} it is given.
 */
public final class RandomInputs {
  private static final String[] KEYS = {"id", "title", "publisher", "kind", "date", "url", "language",
      "speaker", "text", "claims", "expect", "note", "tags", "<<", "? ", "colour", "id ", "ID", "", "~", "null",
      "true", "1", "-", "a b", "\"quoted\"", "'single'", "k: v", "&anchor key", "*alias"};
  private static final String[] WORDS = {"press-report", "official-readout", "letter", "supported", "contested",
      "2025-11-24", "2025-13-45", "24 Nov 2025", "0x1F", "1e309", "-.inf", ".nan", "~", "null", "yes", "No",
      "on", "[]", "{}", "a: b", "a #b", "#c", "- x", "?", ":", "|", ">", "&a", "*a", "!!binary", "!!str",
      "!!python/object/apply:os.system", "<<", "---", "...", "%YAML 1.2", "\t", "caf\u00e9", "\u00fcber",
      "\u4e2d\u6587", "\ud83d\ude00", "\u202e", "\u0000", "\u0007", "\u0085", "\u2028", "\ufeff", "\\", "\"",
      "'", "../../x", "/etc/passwd", "C:\\x", "https://example.org/a?b=c#d", "Xi said the call was initiated by"
      + " Trump.", "x".repeat(300)};
  private static final String PUNCTUATION = ":-?,[]{}#&*!|>'\"%@` \t\n\r\\";

  private RandomInputs() {}

  /** Bytes of every kind: uniform noise, ASCII with YAML punctuation, valid UTF-8 or a mangled {@code seed}. */
  public static byte[] bytes(Random r, byte[] seed) {
    switch (r.nextInt(4)) {
      case 0 -> {
        byte[] out = new byte[r.nextInt(600)];
        r.nextBytes(out);
        return out;
      }
      case 1 -> {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(400); i > 0; i--) {
          sb.append(r.nextInt(3) == 0 ? PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length()))
              : (char) (' ' + r.nextInt(95)));
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
      }
      case 2 -> {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(200); i > 0; i--) {
          sb.appendCodePoint(r.nextInt(4) == 0 ? r.nextInt(0x110000) : ' ' + r.nextInt(95));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
      }
      default -> {
        return mangle(r, seed);
      }
    }
  }

  /** {@code seed} with a few random byte edits: flips, deletions, insertions and duplicated runs. */
  public static byte[] mangle(Random r, byte[] seed) {
    List<Byte> out = new ArrayList<>(seed.length + 16);
    for (byte b : seed) {
      out.add(b);
    }
    for (int edits = 1 + r.nextInt(6); edits > 0; edits--) {
      int at = out.isEmpty() ? 0 : r.nextInt(out.size());
      switch (r.nextInt(4)) {
        case 0 -> {
          if (!out.isEmpty()) {
            out.set(at, (byte) (out.get(at) ^ (1 << r.nextInt(8))));
          }
        }
        case 1 -> {
          for (int n = r.nextInt(8); n > 0 && at < out.size(); n--) {
            out.remove(at);
          }
        }
        case 2 -> out.add(at, (byte) PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length())));
        default -> {
          int end = Math.min(out.size(), at + r.nextInt(20));
          out.addAll(at, new ArrayList<>(out.subList(at, end)));
        }
      }
    }
    byte[] bytes = new byte[out.size()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = out.get(i);
    }
    return bytes;
  }

  /** A random YAML mapping whose keys are mostly {@code keys}, rendered as a document. */
  public static String yamlMapping(Random r, List<String> keys) {
    StringBuilder sb = new StringBuilder();
    if (r.nextInt(10) == 0) {
      sb.append(r.nextBoolean() ? "%YAML 1.1\n---\n" : "--- !!map\n");
    }
    int entries = r.nextInt(8);
    for (int i = 0; i < entries; i++) {
      String key = r.nextInt(4) == 0 ? pick(r, KEYS) : keys.get(r.nextInt(keys.size()));
      sb.append(glitch(r)).append(key).append(':');
      value(r, sb, 1, 2);
    }
    return sb.toString();
  }

  /** A random YAML node of any shape (not necessarily a mapping), rendered as a document. */
  public static String yamlNode(Random r) {
    StringBuilder sb = new StringBuilder();
    value(r, sb, 0, 0);
    return sb.toString().stripLeading();
  }

  /**
   * A claims-shaped document: {@code claims:} and a list of mappings with the claim keys, random
   * values and, now and then, another top-level key, an anchor or an alias.
   */
  public static String claimsDocument(Random r) {
    StringBuilder sb = new StringBuilder();
    if (r.nextInt(6) == 0) {
      sb.append(pick(r, KEYS)).append(':');
      value(r, sb, 1, 2);
    }
    sb.append(r.nextInt(10) == 0 ? "claims: &all\n" : "claims:\n");
    for (int i = r.nextInt(6); i > 0; i--) {
      sb.append(glitch(r)).append("  - ");
      boolean first = true;
      for (String key : List.of("id", "text", "expect", "note", "tags")) {
        if (r.nextInt(5) == 0) {
          continue;
        }
        sb.append(first ? "" : "    " + glitch(r)).append(r.nextInt(15) == 0 ? pick(r, KEYS) : key).append(':');
        value(r, sb, 3, 3);
        first = false;
      }
      if (first) {
        sb.append(pick(r, WORDS)).append('\n');
      }
    }
    if (r.nextInt(8) == 0) {
      sb.append(r.nextBoolean() ? "  - *all\n" : "---\nclaims: []\n");
    }
    return sb.toString();
  }

  /** Appends a value after a key (or at the top when {@code level} is 0) and the line end. */
  private static void value(Random r, StringBuilder sb, int level, int maxNesting) {
    String indent = "  ".repeat(level);
    String prefix = switch (r.nextInt(12)) {
      case 0 -> " &a" + r.nextInt(3);
      case 1 -> " !!str";
      case 2 -> " !custom";
      default -> "";
    };
    int shape = level >= maxNesting + 2 ? 0 : r.nextInt(8);
    switch (shape) {
      case 1 -> { // block list
        sb.append(prefix).append('\n');
        for (int i = r.nextInt(4); i >= 0; i--) {
          sb.append(indent).append(glitch(r)).append("-");
          value(r, sb, level + 1, maxNesting);
        }
      }
      case 2 -> { // block mapping
        sb.append(prefix).append('\n');
        for (int i = r.nextInt(4); i >= 0; i--) {
          sb.append(indent).append(glitch(r)).append(pick(r, KEYS)).append(':');
          value(r, sb, level + 1, maxNesting);
        }
      }
      case 3 -> { // flow collection
        sb.append(prefix).append(' ').append(flow(r, 0)).append('\n');
      }
      case 4 -> { // block scalar
        sb.append(prefix).append(' ').append(r.nextBoolean() ? "|" : ">").append(r.nextBoolean() ? "-" : "")
            .append('\n');
        for (int i = r.nextInt(3); i >= 0; i--) {
          sb.append(indent).append("  ").append(pick(r, WORDS)).append('\n');
        }
      }
      case 5 -> sb.append(" *a").append(r.nextInt(3)).append('\n'); // alias
      case 6 -> sb.append(prefix).append(' ').append(quoted(r)).append('\n');
      default -> sb.append(prefix).append(r.nextInt(6) == 0 ? "" : " " + pick(r, WORDS)).append('\n');
    }
  }

  private static String flow(Random r, int depth) {
    boolean list = r.nextBoolean();
    StringBuilder sb = new StringBuilder(list ? "[" : "{");
    for (int i = r.nextInt(4); i > 0; i--) {
      if (!list) {
        sb.append(pick(r, KEYS)).append(": ");
      }
      sb.append(depth < 3 && r.nextInt(3) == 0 ? flow(r, depth + 1) : r.nextBoolean() ? quoted(r) : pick(r, WORDS));
      sb.append(i > 1 ? ", " : "");
    }
    if (r.nextInt(10) > 0) {
      sb.append(list ? "]" : "}");
    }
    return sb.toString();
  }

  private static String quoted(Random r) {
    String word = pick(r, WORDS);
    if (r.nextBoolean()) {
      return "'" + word.replace("'", "''") + (r.nextInt(10) == 0 ? "" : "'");
    }
    String escape = pick(r, new String[] {"\\n", "\\t", "\\x41", "\\u00e9", "\\U0001F600", "\\q", "\\", "\\0",
        "\\ud800"});
    return "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + escape + (r.nextInt(10) == 0 ? "" : "\"");
  }

  /** Usually nothing; sometimes a stray space, tab or dash that breaks the indentation. */
  private static String glitch(Random r) {
    return switch (r.nextInt(25)) {
      case 0 -> " ";
      case 1 -> "\t";
      case 2 -> "- ";
      default -> "";
    };
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }

  /** An input for a failure message: control characters escaped, at most 4,000 characters. */
  static String show(String input) {
    StringBuilder sb = new StringBuilder();
    input.codePoints().limit(4000).forEach(c -> {
      if (c == '\n') {
        sb.append("\\n\n");
      } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        sb.append(String.format("\\u%04x", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }
}
