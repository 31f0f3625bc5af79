package dev.corroborate.extract;

import java.util.Objects;

/**
 * The text of one document to extract claims from.
 *
 * @param file    the file as the user named it
 * @param text    the text that offsets point into: the file's text as decoded (a Markdown front
 *                matter blanked out with spaces, so offsets stay those of the file), or for HTML the
 *                page's extracted main text
 * @param html    true when {@code text} was extracted from HTML (offsets then point into that text,
 *                not into the markup)
 */
public record DocumentText(String file, String text, boolean html) {
  public DocumentText {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
  }
}
