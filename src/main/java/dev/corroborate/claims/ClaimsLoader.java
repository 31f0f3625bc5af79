package dev.corroborate.claims;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import dev.corroborate.diag.LineBreaks;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a claims file:
 *
 * <pre>
 * claims:
 *   - id: call-initiated-by-xi
 *     text: "The November 24 Xi-Trump phone call was initiated by Xi."
 *     expect: contested     # optional: supported | contradicted | contested | unverified
 *     note: free text       # optional, not kept
 *     tags: [call, china]   # optional, not kept
 * </pre>
 *
 * <p>Every problem of the file is reported at once, each with its line and column, in one {@link
 * BadInputException}. Anchors and aliases are refused, so a "billion laughs" file is rejected in
 * one pass. Immutable and thread-safe.
 */
public final class ClaimsLoader {
  /** Claims files larger than this are refused: 5 MiB. */
  public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
  /** Longest claim text, in characters (code points). */
  public static final int MAX_TEXT_LENGTH = ClaimsReader.MAX_TEXT_CODE_POINTS;

  private final ClaimsReader reader = new ClaimsReader();

  /**
   * Reads and checks the claims file at {@code claimsFile}.
   *
   * @throws BadInputException listing every problem, when the file is missing, unreadable, not
   *     UTF-8 or not a valid claims file
   */
  public List<Claim> load(Path claimsFile) throws BadInputException {
    String name = claimsFile.toString();
    if (!Files.exists(claimsFile)) {
      throw new BadInputException(Diagnostic.of(name, "claims file not found",
          "create it, or give the claims file as the first argument: corroborate check FILE"));
    }
    if (Files.isDirectory(claimsFile)) {
      throw new BadInputException(Diagnostic.of(name, "is a folder, not a claims file",
          "give the claims YAML file as the first argument: corroborate check FILE"));
    }
    byte[] bytes;
    try {
      long size = Files.size(claimsFile);
      if (size > MAX_FILE_BYTES) {
        throw new BadInputException(Diagnostic.of(name, String.format(Locale.ROOT,
            "claims file is %.1f MiB, over the limit of %d MiB", size / (1024.0 * 1024.0),
            MAX_FILE_BYTES / (1024 * 1024)), "split it into several claims files"));
      }
      bytes = Files.readAllBytes(claimsFile);
    } catch (IOException e) {
      String why = e instanceof AccessDeniedException ? "permission denied"
          : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      throw new BadInputException(Diagnostic.of(name, "cannot read claims file: " + why,
          "check that the file exists and is readable"));
    }
    return parse(decodeUtf8(bytes, name), name);
  }

  /**
   * Parses claims YAML.
   *
   * @param yamlText    the file's text
   * @param displayName the file name to put in diagnostics
   * @throws BadInputException listing every problem found
   */
  public List<Claim> parse(String yamlText, String displayName) throws BadInputException {
    String text = LineBreaks.yamlLinesAsInFile(yamlText.startsWith("\uFEFF") ? yamlText.substring(1) : yamlText);
    if (text.codePointCount(0, text.length()) > ClaimsReader.MAX_CODE_POINTS) {
      throw new BadInputException(Diagnostic.of(displayName, "claims file is over the limit of "
          + ClaimsReader.MAX_CODE_POINTS + " characters", "split it into several claims files"));
    }
    ClaimsReader.Result result = reader.read(text, displayName);
    if (!result.diagnostics().isEmpty()) {
      throw new BadInputException(result.diagnostics());
    }
    return result.claims();
  }

  private static String decodeUtf8(byte[] bytes, String name) throws BadInputException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = countCodePoints(bytes, lineStart, offset) + 1;
      throw new BadInputException(Diagnostic.at(name, line, column, String.format(Locale.ROOT,
          "not valid UTF-8 (byte 0x%02X)", bytes[offset] & 0xFF), "save the file as UTF-8"));
    }
    out.flip();
    return out.toString();
  }

  /** Characters of valid UTF-8 in {@code bytes[from, to)}: bytes that do not continue one. */
  private static int countCodePoints(byte[] bytes, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        count++;
      }
    }
    return count;
  }
}
