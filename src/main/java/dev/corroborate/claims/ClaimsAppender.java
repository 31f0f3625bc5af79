package dev.corroborate.claims;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import dev.corroborate.verdict.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Appends claims to a claims file without touching what is there: the existing bytes (comments,
 * order, quoting, line endings) are kept exactly; new items go after the last item of the top-level
 * {@code claims:} list, indented like the existing items, each with a stable id derived from its text
 * ({@link #idFor}). A claim whose {@link #normalise normalised} text is already in the file (or earlier
 * in the same batch) is skipped. The result is parsed back before it is written, and written atomically
 * (a temporary file beside it, renamed over it). A missing file is created. Stateless and thread-safe.
 */
public final class ClaimsAppender {
  /** A claim to append. */
  public record NewClaim(String text, Verdict expect) {
    public NewClaim {
      Objects.requireNonNull(text, "text");
      if (text.isBlank()) {
        throw new IllegalArgumentException("claim text is empty");
      }
    }
  }

  /** What an append did: the ids written, in order, and how many claims were already there. */
  public record Result(List<String> added, int duplicates) {
    public Result {
      added = List.copyOf(added);
    }
  }

  private static final Pattern CLAIMS_KEY = Pattern.compile("^claims[ \\t]*:[ \\t]*(#.*)?$");
  private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^[^\\s#\\-][^:]*:.*$");
  private static final Pattern ITEM = Pattern.compile("^([ \\t]*)-[ \\t]");
  /** How ClaimsReader words a 'claims:' key without items ('claims: []' and a bare 'claims:'). */
  private static final String EMPTY_LIST = "the claims list is empty";
  private static final String NO_LIST = "'claims' must be a list, not nothing";
  private static final Set<String> SKIP_IN_ID = Set.of("the", "a", "an");

  /**
   * Text compared for duplicates: Unicode-compatibility folded, lower case, quotes and dashes unified,
   * white space collapsed, final punctuation dropped.
   */
  public static String normalise(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replaceAll("[‘’‚‛′]", "'").replaceAll("[“”„‟″]", "\"").replaceAll("[‐‑‒–—―]", "-");
    s = s.replaceAll("\\s+", " ").strip();
    return s.replaceAll("[\\s.!?;:,]+$", "");
  }

  /**
   * A stable id for a claim text: up to six of its words in kebab-case, then the first 8 hex digits of
   * the SHA-256 of its {@link #normalise normalised} text, so equal texts get equal ids on every run.
   */
  public static String idFor(String text) {
    String norm = normalise(text);
    String ascii = Normalizer.normalize(norm, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    List<String> words = new ArrayList<>();
    for (String w : ascii.split("[^a-z0-9]+")) {
      if (!w.isEmpty() && !SKIP_IN_ID.contains(w) && words.size() < 6) {
        words.add(w);
      }
    }
    String hash = sha256(norm).substring(0, 8);
    return words.isEmpty() ? "claim-" + hash : String.join("-", words) + "-" + hash;
  }

  /**
   * Checks, before any long work, that claims could be appended to this file: it is missing, or a
   * valid claims file with a block list.
   *
   * @throws BadInputException naming the file, line and what to fix
   */
  public void check(Path file) throws BadInputException, IOException {
    if (Files.exists(file)) {
      existing(file);
      layout(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }
  }

  /**
   * Appends the claims to the file (creating it when missing), atomically.
   *
   * @param comment a comment line put before the new items (without '#'), or null for none
   * @throws BadInputException when the file is not a valid claims file, or its claims list is not a
   *     block list that can be appended to
   */
  public Result append(Path file, List<NewClaim> claims, String comment) throws BadInputException, IOException {
    String name = file.toString();
    boolean exists = Files.exists(file);
    String text = exists ? Files.readString(file, StandardCharsets.UTF_8) : "claims:\n";
    List<Claim> existing = exists ? existing(file) : List.of();
    Set<String> texts = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (Claim c : existing) {
      texts.add(normalise(c.text()));
      ids.add(c.id());
    }
    String eol = text.contains("\r\n") ? "\r\n" : "\n";
    Layout layout = layout(text, name);
    StringBuilder items = new StringBuilder();
    List<String> added = new ArrayList<>();
    int duplicates = 0;
    for (NewClaim c : claims) {
      if (!texts.add(normalise(c.text()))) {
        duplicates++;
        continue;
      }
      String id = idFor(c.text());
      for (int n = 2; ids.contains(id); n++) {
        id = idFor(c.text()) + "-" + n;
      }
      ids.add(id);
      added.add(id);
      String in = layout.indent();
      items.append(in).append("- id: ").append(id).append(eol);
      items.append(in).append("  text: ").append(quoted(c.text())).append(eol);
      if (c.expect() != null) {
        items.append(in).append("  expect: ").append(c.expect().label()).append(eol);
      }
    }
    if (added.isEmpty()) {
      return new Result(added, duplicates);
    }
    String before = text.substring(0, layout.insertAt());
    String after = text.substring(layout.insertAt());
    StringBuilder out = new StringBuilder(before);
    if (!before.isEmpty() && !before.endsWith("\n")) {
      out.append(eol);
    }
    if (comment != null && !comment.isBlank()) {
      out.append(layout.indent()).append("# ").append(comment.replaceAll("[\\r\\n\\u2028\\u2029]+", " ")).append(eol);
    }
    out.append(items).append(after);
    String result = out.toString();
    new ClaimsLoader().parse(result, name);
    write(file, result);
    return new Result(added, duplicates);
  }

  /** The file's claims; an empty list is no error here, since claims are about to be added. */
  private static List<Claim> existing(Path file) throws BadInputException {
    try {
      return new ClaimsLoader().load(file);
    } catch (BadInputException e) {
      if (e.diagnostics().stream().allMatch(d -> d.message().startsWith(EMPTY_LIST) || d.message().startsWith(NO_LIST))) {
        return List.of();
      }
      throw e;
    }
  }

  /** Where new items go and how they are indented. */
  private record Layout(int insertAt, String indent) {}

  private static Layout layout(String text, String name) throws BadInputException {
    List<int[]> lines = new ArrayList<>();
    Matcher m = Pattern.compile("[^\\n]*(\\n|$)").matcher(text);
    int pos = 0;
    while (pos < text.length() && m.find(pos)) {
      lines.add(new int[] {m.start(), m.end()});
      pos = m.end();
      if (m.end() == m.start()) {
        break;
      }
    }
    int claimsLine = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = strip(text, lines.get(i));
      if (line.matches("^claims[ \\t]*:.*") && !CLAIMS_KEY.matcher(line).matches()) {
        throw new BadInputException(Diagnostic.at(name, i + 1, 1,
            "the claims list is not a block list ('claims:' followed by '- id: ...' items)",
            "write it as a block list to append to it"));
      }
      if (CLAIMS_KEY.matcher(line).matches()) {
        claimsLine = i;
        break;
      }
    }
    if (claimsLine < 0) {
      throw new BadInputException(Diagnostic.of(name, "no top-level 'claims:' list", "add a line 'claims:'"));
    }
    String indent = "  ";
    boolean indentSeen = false;
    int insertAt = text.length();
    int lastContentEnd = lines.get(claimsLine)[1];
    for (int i = claimsLine + 1; i < lines.size(); i++) {
      String line = strip(text, lines.get(i));
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      Matcher item = ITEM.matcher(line);
      if (!indentSeen && item.find()) {
        indent = item.group(1);
        indentSeen = true;
      }
      if (TOP_LEVEL_KEY.matcher(line).matches()) {
        insertAt = lastContentEnd;
        break;
      }
      lastContentEnd = lines.get(i)[1];
    }
    return new Layout(insertAt, indent);
  }

  private static String strip(String text, int[] line) {
    return text.substring(line[0], line[1]).replaceAll("[\\r\\n]+$", "");
  }

  /** A YAML double-quoted scalar: backslash, quote and every control or line-separator character escaped. */
  static String quoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '"' -> b.append("\\\"");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029'
              || c == '\uFEFF' || c == '\u0085') {
            b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static void write(Path target, String content) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
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

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
