package dev.corroborate.corpus;

import java.util.Objects;

/** A corpus file (or a line of one) that was not loaded, and why. */
public record Skip(String file, int line, String reason) {
  public Skip {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }

  public String oneLine() {
    return (line > 0 ? file + ":" + line : file) + ": " + reason;
  }
}
