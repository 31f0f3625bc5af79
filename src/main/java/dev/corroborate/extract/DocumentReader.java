package dev.corroborate.extract;

import dev.corroborate.corpus.HtmlText;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
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
 * Reads a draft or source for extraction: {@code .txt}, {@code .md}/{@code .markdown} (with or
 * without front matter) and {@code .html}/{@code .htm}, UTF-8. Text files keep their text exactly
 * (only a byte order mark is dropped) so that claim offsets slice back into the file; a Markdown
 * front matter is replaced by spaces of the same length (its line breaks kept). Stateless.
 */
public final class DocumentReader {
  /** Files larger than this are refused: 20 MiB. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;
  static final List<String> EXTENSIONS = List.of("txt", "md", "markdown", "html", "htm");

  /** Reads one document; a problem is a {@link BadInputException} naming the file and the fix. */
  public DocumentText read(Path file) throws BadInputException {
    String name = file.toString();
    String ext = extension(file);
    if (!EXTENSIONS.contains(ext)) {
      throw new BadInputException(Diagnostic.of(name, "unsupported file type"
          + (ext.isEmpty() ? " (no extension)" : " '." + ext + "'"),
          "give a .txt, .md or .html file; save other documents as plain text first"));
    }
    if (!Files.exists(file)) {
      throw new BadInputException(Diagnostic.of(name, "file not found", "check the path"));
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException(Diagnostic.of(name, "is a folder, not a document", "name the files to read"));
    }
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new BadInputException(Diagnostic.of(name, "file is over the limit of "
            + MAX_BYTES / (1024 * 1024) + " MiB", "split it into smaller files"));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      String why = e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
      throw new BadInputException(Diagnostic.of(name, "cannot read file: " + why, "check that the file is readable"));
    }
    String text = decode(bytes, name);
    return switch (ext) {
      case "html", "htm" -> new DocumentText(name, HtmlText.of(text), true);
      case "md", "markdown" -> new DocumentText(name, blankFrontMatter(text), false);
      default -> new DocumentText(name, text, false);
    };
  }

  private static String extension(Path file) {
    String n = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot <= 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String decode(byte[] bytes, String name) throws BadInputException {
    for (byte b : bytes) {
      if (b == 0) {
        throw new BadInputException(Diagnostic.of(name, "binary content (a NUL byte)", "give a text file"));
      }
    }
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
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new BadInputException(Diagnostic.at(name, line, 0, "not valid UTF-8", "save the file as UTF-8"));
    }
    out.flip();
    String s = out.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /**
   * The text with a front matter (a first line {@code ---} up to the next {@code ---} line) replaced
   * by spaces, line breaks kept; unchanged when there is none or it is never closed.
   */
  static String blankFrontMatter(String text) {
    if (!firstLine(text).stripTrailing().equals("---")) {
      return text;
    }
    int pos = text.indexOf('\n');
    while (pos >= 0) {
      int next = text.indexOf('\n', pos + 1);
      String line = text.substring(pos + 1, next < 0 ? text.length() : next);
      if (line.stripTrailing().equals("---")) {
        int end = next < 0 ? text.length() : next;
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < end; i++) {
          char c = text.charAt(i);
          sb.append(c == '\n' || c == '\r' ? c : ' ');
        }
        return sb.append(text, end, text.length()).toString();
      }
      pos = next;
    }
    return text;
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }
}
