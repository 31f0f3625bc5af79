package dev.corroborate.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats of {@code eval --format}. */
public enum EvalFormat {
  TEXT("text") {
    @Override
    public void render(EvalResult result, Writer out) throws IOException {
      EvalReport.text(result, out);
    }
  },
  JSON("json") {
    @Override
    public void render(EvalResult result, Writer out) throws IOException {
      EvalReport.json(result, out);
    }
  };

  private final String label;

  EvalFormat(String label) {
    this.label = label;
  }

  public abstract void render(EvalResult result, Writer out) throws IOException;

  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }

  public static Optional<EvalFormat> fromLabel(String label) {
    return Arrays.stream(values()).filter(f -> f.label.equalsIgnoreCase(label)).findFirst();
  }

  public static String allLabels() {
    return Arrays.stream(values()).map(EvalFormat::label).collect(Collectors.joining(", "));
  }
}
