package dev.corroborate.report;

import java.util.Objects;

/**
 * One GitHub Actions workflow command, {@code ::error file=F,line=N,col=C,title=T::message}, which
 * the runner turns into an annotation on that line of the pull request. Escaped as GitHub's
 * toolkit does: in the message {@code %}, CR and LF become {@code %25}, {@code %0D}, {@code %0A};
 * in property values also {@code :} and {@code ,} become {@code %3A} and {@code %2C}.
 *
 * @param level   error, warning or notice
 * @param file    path relative to the repository root, or "" for none
 * @param line    1-based line, or 0 for none
 * @param column  1-based column, or 0 for none
 * @param title   the annotation's title, or "" for none
 * @param message the annotation's text (may span lines)
 */
public record WorkflowCommand(Level level, String file, int line, int column, String title, String message) {
  /** The annotation levels. */
  public enum Level {
    ERROR("error"),
    WARNING("warning"),
    NOTICE("notice");

    private final String word;

    Level(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  public WorkflowCommand {
    Objects.requireNonNull(level, "level");
    file = file == null ? "" : file;
    title = title == null ? "" : title;
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0");
    }
  }

  /** The command line, without a line break. */
  public String render() {
    StringBuilder props = new StringBuilder();
    if (!file.isEmpty()) {
      property(props, "file", file);
      if (line > 0) {
        property(props, "line", Integer.toString(line));
        if (column > 0) {
          property(props, "col", Integer.toString(column));
        }
      }
    }
    if (!title.isEmpty()) {
      property(props, "title", title);
    }
    return "::" + level.word() + (props.length() == 0 ? "" : " " + props) + "::" + escapeData(message);
  }

  private static void property(StringBuilder props, String name, String value) {
    if (props.length() > 0) {
      props.append(',');
    }
    props.append(name).append('=').append(escapeProperty(value));
  }

  /** {@code %}, CR and LF escaped, for a command's message. */
  public static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** {@code %}, CR, LF, {@code :} and {@code ,} escaped, for a property value. */
  public static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
