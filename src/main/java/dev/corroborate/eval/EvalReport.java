package dev.corroborate.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an {@link EvalResult} as a text table for people or as JSON for tools.
 *
 * <p>JSON keys, always in this order: {@code dataset, split, seed, pairs, accuracy, macro_f1,
 * fnc_score} (FNC-1 and ARC only), {@code per_class} ({label word: {precision, recall, f1,
 * support}}), {@code confusion} ({gold word: {predicted word: count}}), {@code intervals} ({@code
 * level, resamples, groups, accuracy, macro_f1, fnc_score} (FNC-1 and ARC only), {@code f1} ({label
 * word: interval})}, each interval a {@code [low, high]} array; see {@link Intervals}), {@code seconds,
 * pairs_per_second}. Label words are the dataset's, in its order.
 */
public final class EvalReport {
  private static final JsonFactory FACTORY = new JsonFactory();

  private EvalReport() {}

  public static void json(EvalResult r, Writer out) throws IOException {
    Metrics m = r.metrics();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("dataset", r.dataset().label());
      g.writeStringField("split", r.split().label());
      g.writeNumberField("seed", r.seed());
      g.writeNumberField("pairs", r.pairs());
      g.writeNumberField("accuracy", m.accuracy());
      g.writeNumberField("macro_f1", m.macroF1());
      if (m.fncScore().isPresent()) {
        g.writeNumberField("fnc_score", m.fncScore().getAsDouble());
      }
      g.writeObjectFieldStart("per_class");
      for (Map.Entry<String, ClassScores> e : m.perClass().entrySet()) {
        ClassScores s = e.getValue();
        g.writeObjectFieldStart(e.getKey());
        g.writeNumberField("precision", s.precision());
        g.writeNumberField("recall", s.recall());
        g.writeNumberField("f1", s.f1());
        g.writeNumberField("support", s.support());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("confusion");
      ConfusionMatrix c = m.confusion();
      for (String gold : c.labels()) {
        g.writeObjectFieldStart(gold);
        for (String predicted : c.labels()) {
          g.writeNumberField(predicted, c.count(gold, predicted));
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      intervals(g, r.intervals());
      g.writeNumberField("seconds", r.seconds());
      g.writeNumberField("pairs_per_second", r.pairsPerSecond());
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void intervals(JsonGenerator g, Intervals in) throws IOException {
    g.writeObjectFieldStart("intervals");
    g.writeNumberField("level", Intervals.LEVEL);
    g.writeNumberField("resamples", Intervals.RESAMPLES);
    g.writeNumberField("groups", in.groups());
    interval(g, "accuracy", in.accuracy());
    interval(g, "macro_f1", in.macroF1());
    if (in.fncScore().isPresent()) {
      interval(g, "fnc_score", in.fncScore().get());
    }
    g.writeObjectFieldStart("f1");
    for (Map.Entry<String, Intervals.Interval> e : in.f1().entrySet()) {
      interval(g, e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void interval(JsonGenerator g, String name, Intervals.Interval i) throws IOException {
    g.writeArrayFieldStart(name);
    g.writeNumber(i.low());
    g.writeNumber(i.high());
    g.writeEndArray();
  }

  public static void text(EvalResult r, Writer out) throws IOException {
    Metrics m = r.metrics();
    StringBuilder sb = new StringBuilder();
    String part = r.split().label();
    if (r.split() != Split.ALL) {
      part += ", seed " + r.seed();
    }
    line(sb, "%-10s %s, split %s", "dataset", r.dataset(), part);
    line(sb, "%-10s %,d", "pairs", r.pairs());
    Intervals in = r.intervals();
    line(sb, "%-10s %.4f  (%s)", "accuracy", m.accuracy(), range(in.accuracy()));
    line(sb, "%-10s %.4f  (%s)", "macro-F1", m.macroF1(), range(in.macroF1()));
    if (m.fncScore().isPresent()) {
      line(sb, "%-10s %.4f  (%.2f %%; %s)", "FNC score", m.fncScore().getAsDouble(), 100 * m.fncScore().getAsDouble(),
          range(in.fncScore().orElseThrow()));
    }
    line(sb, "%-10s %.2f  (%,.0f pairs/s)", "seconds", r.seconds(), r.pairsPerSecond());
    line(sb, "%-10s the middle 95 %% of %,d resamples, each drawing the %,d %s scored with replacement", "intervals",
        Intervals.RESAMPLES, in.groups(), r.dataset().groupNoun());
    sb.append('\n');
    List<String> labels = m.confusion().labels();
    int w = Math.max("class".length(), labels.stream().mapToInt(String::length).max().orElse(0));
    line(sb, "%-" + w + "s  %9s  %9s  %9s  %9s  %s", "class", "precision", "recall", "f1", "support",
        "f1 95 % interval");
    for (Map.Entry<String, ClassScores> e : m.perClass().entrySet()) {
      ClassScores s = e.getValue();
      Intervals.Interval i = in.f1().get(e.getKey());
      line(sb, "%-" + w + "s  %9.4f  %9.4f  %9.4f  %,9d  %.4f-%.4f", e.getKey(), s.precision(), s.recall(), s.f1(),
          s.support(), i.low(), i.high());
    }
    sb.append('\n');
    sb.append("confusion (rows: gold, columns: predicted)\n");
    String corner = "gold \\ predicted";
    int first = Math.max(corner.length(), w);
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + first + "s", corner));
    for (String l : labels) {
      head.append(String.format(Locale.ROOT, "  %" + Math.max(7, l.length()) + "s", l));
    }
    sb.append(head.toString().stripTrailing()).append('\n');
    for (String gold : labels) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + first + "s", gold));
      for (String predicted : labels) {
        row.append(String.format(Locale.ROOT, "  %" + Math.max(7, predicted.length()) + "d",
            m.confusion().count(gold, predicted)));
      }
      sb.append(row).append('\n');
    }
    out.write(sb.toString());
  }

  private static String range(Intervals.Interval i) {
    return String.format(Locale.ROOT, "95 %% interval %.4f-%.4f", i.low(), i.high());
  }

  private static void line(StringBuilder sb, String format, Object... args) {
    sb.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
