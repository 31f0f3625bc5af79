package dev.corroborate.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Reads the bytes of corpus files with a size limit, refuses binary content and decodes UTF-8
 * strictly, naming the byte and line of the first bad byte. Immutable and thread-safe.
 */
final class ContentReader {
  private final long maxBytes;

  ContentReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be > 0: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** The bytes of a file that is not empty, not over the limit and has no NUL byte. */
  byte[] read(Path path, String relative) throws FileProblem {
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new FileProblem(new Problem(relative, 0, "file is " + mib(size)
            + ", over the limit of " + mib(maxBytes) + "; split it into smaller files"
            + " or raise the limit with --max-file-mb"));
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new FileProblem(new Problem(relative, 0, "cannot read file: " + describe(e)));
    }
    if (bytes.length == 0) {
      throw new FileProblem(new Problem(relative, 0, "empty file (0 bytes)"));
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new FileProblem(new Problem(relative, lineAt(bytes, i),
            "binary content (NUL byte at byte " + i + "); only text files can be loaded"));
      }
    }
    return bytes;
  }

  /**
   * Decodes UTF-8 strictly, drops a leading byte order mark and turns CRLF and CR line ends into
   * LF (so line numbers stay those of the file).
   */
  static String decodeUtf8(byte[] bytes, String relative) throws FileProblem {
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
      throw new FileProblem(new Problem(relative, lineAt(bytes, offset), String.format(Locale.ROOT,
          "not valid UTF-8: byte 0x%02X at byte %d; save the file as UTF-8",
          bytes[Math.min(offset, bytes.length - 1)] & 0xFF, offset)));
    }
    out.flip();
    return normalizeLineEnds(out.toString());
  }

  static String normalizeLineEnds(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (t.indexOf('\r') < 0) {
      return t;
    }
    return t.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Lower-case hex SHA-256 of the parts, in order. */
  static String sha256(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        digest.update(part);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** 1-based line of the byte at {@code offset}. */
  static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "file disappeared while loading";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop (it leads back to a folder above it)";
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }
}
