package voxpop.eval;

import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes an {@link EvaluationReport} as a text table for a terminal and as JSON (snake_case keys in
 * a fixed order; a score without a denominator is {@code null}). Stateless and thread-safe.
 */
public final class EvaluationReportWriter {
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final ObjectWriteContext PRETTY =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return new DefaultPrettyPrinter();
        }
      };

  private EvaluationReportWriter() {}

  /** The report as aligned text, ending with a line break. */
  public static String text(EvaluationReport r) {
    StringBuilder sb = new StringBuilder();
    line(
        sb,
        "%s: %,d questions; %s: %,d label rows",
        r.questionsFile(),
        r.questions(),
        r.labelsFile(),
        r.labelRows());
    line(
        sb,
        "joined: %,d questions labelled, %,d without a label, %,d label rows without a question",
        r.labelled(),
        r.unlabelled(),
        r.unusedLabelRows());
    sb.append('\n');
    if (!r.levels().isEmpty()) {
      line(
          sb,
          "themes over %s%s:",
          r.population().equals(Evaluation.ACCEPTED)
              ? "the questions whose true class is accepted"
              : "all labelled questions",
          r.appealLevel() ? ", one question per appeal (its first accepted one)" : "");
      line(
          sb,
          "  %-9s %-18s %10s %8s %8s %7s %7s %7s %7s %7s %8s",
          "level",
          "true column",
          "n",
          "classes",
          "clusters",
          "NMI",
          "ARI",
          "V",
          "homog",
          "compl",
          "accuracy");
      for (EvaluationReport.Level l : r.levels()) {
        ClusteringScores s = l.scores();
        line(
            sb,
            "  %-9s %-18s %,10d %8d %8d %7.4f %7.4f %7.4f %7.4f %7.4f %8.4f",
            l.level(),
            cut(l.trueColumn(), 18),
            s.n(),
            s.classes(),
            s.clusters(),
            s.nmi(),
            s.ari(),
            s.vMeasure(),
            s.homogeneity(),
            s.completeness(),
            s.matchedAccuracy());
      }
      for (EvaluationReport.Level l : r.levels()) {
        line(
            sb,
            "  %s: %,d left as outliers (other), %,d screened out by the engine%s",
            l.level(),
            l.predictedOutliers(),
            l.screenedOut(),
            l.withoutTrueLabel() > 0
                ? String.format(Locale.ROOT, ", %,d without a true label", l.withoutTrueLabel())
                : "");
      }
      sb.append('\n');
    }
    if (r.screening() != null) {
      EvaluationReport.Screening s = r.screening();
      line(
          sb,
          "screening (true column %s; flagged = the engine's verdict is that class):",
          s.column());
      line(
          sb,
          "  %-14s %10s %10s %10s %9s %7s %7s",
          "class",
          "true",
          "flagged",
          "correct",
          "precision",
          "recall",
          "F1");
      for (Map.Entry<String, BinaryScores> e : s.perClass().entrySet()) {
        binary(sb, e.getKey(), e.getValue());
      }
      binary(sb, "any (screened)", s.screenedOut());
      line(sb, "  by true class, the engine's verdicts:");
      for (Map.Entry<String, Map<String, Long>> e : s.confusion().entrySet()) {
        StringBuilder v = new StringBuilder();
        for (Map.Entry<String, Long> c : e.getValue().entrySet()) {
          v.append(String.format(Locale.ROOT, " %s %,d;", c.getKey(), c.getValue()));
        }
        line(sb, "    %-12s%s", e.getKey(), v.substring(0, v.length() - 1));
      }
      sb.append('\n');
    }
    if (r.campaigns() != null) {
      EvaluationReport.Campaigns c = r.campaigns();
      BinaryScores f = c.flag();
      line(
          sb,
          "campaigns (true column %s): flag precision %s, recall %s over %,d questions in"
              + " campaigns; %,d of %,d true campaigns found (over half their questions flagged)",
          c.column(),
          score(f.precision()),
          score(f.recall()),
          f.positives(),
          c.campaignsFound(),
          c.campaigns());
      sb.append('\n');
    }
    for (String n : r.notes()) {
      line(sb, "note: %s", n);
    }
    return sb.toString();
  }

  /** The report as pretty-printed JSON. */
  public static String json(EvaluationReport r) {
    StringWriter sw = new StringWriter();
    json(r, sw);
    return sw.toString();
  }

  /** Writes the report as pretty-printed JSON to {@code out} (not closed). */
  public static void json(EvaluationReport r, Writer out) {
    try (JsonGenerator g = JSON.createGenerator(PRETTY, out)) {
      g.writeStartObject();
      g.writeStringProperty("questions_file", r.questionsFile());
      g.writeStringProperty("labels_file", r.labelsFile());
      g.writeStringProperty("mode", r.appealLevel() ? "appeal" : "question");
      g.writeStringProperty("population", r.population());
      g.writeNumberProperty("questions", r.questions());
      g.writeNumberProperty("label_rows", r.labelRows());
      g.writeNumberProperty("labelled_questions", r.labelled());
      g.writeNumberProperty("unlabelled_questions", r.unlabelled());
      g.writeNumberProperty("unused_label_rows", r.unusedLabelRows());
      g.writeArrayPropertyStart("levels");
      for (EvaluationReport.Level l : r.levels()) {
        ClusteringScores s = l.scores();
        g.writeStartObject();
        g.writeStringProperty("level", l.level());
        g.writeStringProperty("true_column", l.trueColumn());
        g.writeNumberProperty("n", s.n());
        g.writeNumberProperty("classes", s.classes());
        g.writeNumberProperty("clusters", s.clusters());
        number(g, "nmi", s.nmi());
        number(g, "ari", s.ari());
        number(g, "v_measure", s.vMeasure());
        number(g, "homogeneity", s.homogeneity());
        number(g, "completeness", s.completeness());
        number(g, "matched_accuracy", s.matchedAccuracy());
        g.writeNumberProperty("predicted_outliers", l.predictedOutliers());
        g.writeNumberProperty("screened_out", l.screenedOut());
        g.writeNumberProperty("without_true_label", l.withoutTrueLabel());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (r.screening() != null) {
        EvaluationReport.Screening s = r.screening();
        g.writeObjectPropertyStart("screening");
        g.writeStringProperty("true_column", s.column());
        g.writeObjectPropertyStart("classes");
        for (Map.Entry<String, BinaryScores> e : s.perClass().entrySet()) {
          g.writeName(e.getKey());
          binary(g, e.getValue());
        }
        g.writeEndObject();
        g.writeName("any_screened");
        binary(g, s.screenedOut());
        g.writeObjectPropertyStart("confusion");
        for (Map.Entry<String, Map<String, Long>> e : s.confusion().entrySet()) {
          g.writeObjectPropertyStart(e.getKey());
          for (Map.Entry<String, Long> c : e.getValue().entrySet()) {
            g.writeNumberProperty(c.getKey(), c.getValue());
          }
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      if (r.campaigns() != null) {
        EvaluationReport.Campaigns c = r.campaigns();
        g.writeObjectPropertyStart("campaigns");
        g.writeStringProperty("true_column", c.column());
        g.writeName("flag");
        binary(g, c.flag());
        g.writeNumberProperty("campaigns", c.campaigns());
        g.writeNumberProperty("campaigns_found", c.campaignsFound());
        g.writeEndObject();
      }
      g.writeArrayPropertyStart("notes");
      for (String n : r.notes()) {
        g.writeString(n);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void binary(JsonGenerator g, BinaryScores b) {
    g.writeStartObject();
    g.writeNumberProperty("true", b.positives());
    g.writeNumberProperty("flagged", b.flagged());
    g.writeNumberProperty("true_positives", b.truePositives());
    number(g, "precision", b.precision());
    number(g, "recall", b.recall());
    number(g, "f1", b.f1());
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String name, double v) {
    if (Double.isNaN(v)) {
      g.writeNullProperty(name);
    } else {
      g.writeNumberProperty(name, v);
    }
  }

  private static void binary(StringBuilder sb, String name, BinaryScores b) {
    line(
        sb,
        "  %-14s %,10d %,10d %,10d %9s %7s %7s",
        name,
        b.positives(),
        b.flagged(),
        b.truePositives(),
        score(b.precision()),
        score(b.recall()),
        score(b.f1()));
  }

  private static String score(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  private static void line(StringBuilder sb, String format, Object... args) {
    sb.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
