package voxpop.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import voxpop.pipeline.AnalysisResult;
import voxpop.pipeline.AnalysisResult.Breakdowns;
import voxpop.pipeline.AnalysisResult.Campaign;
import voxpop.pipeline.AnalysisResult.RegionRow;
import voxpop.pipeline.AnalysisResult.RunInfo;
import voxpop.pipeline.AnalysisResult.Sample;
import voxpop.pipeline.AnalysisResult.ThemeSummary;
import voxpop.pipeline.AnalysisResult.Totals;

/**
 * Writes {@code themes.json}: the run's provenance, totals, ranked themes with sub-themes, samples
 * and breakdowns, the region table, campaigns and screened-out examples, as documented in {@code
 * docs/output-format.md} and {@code voxpop/report/themes.schema.json}.
 *
 * <p>Deterministic: keys are written in a fixed order (maps of counts in the order of {@link
 * CountOrder}, parameter maps by key), shares and growth are rounded to {@value #DECIMALS} decimals
 * in plain notation, line ends are {@code \n}, and nothing depends on the clock, the locale or the
 * platform. Streams through Jackson's generator, so the tree is never built in memory. Stateless
 * and thread-safe.
 */
public final class ThemesJsonWriter {
  /** The version of the document's shape; the major part changes on an incompatible change. */
  public static final String SCHEMA_VERSION = "1.0";

  /** Decimals of shares and growth factors. */
  static final int DECIMALS = 4;

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private ThemesJsonWriter() {}

  /** Writes {@code result} to {@code file} (UTF-8, pretty-printed), replacing it. */
  public static void write(AnalysisResult result, Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      write(result, out);
    }
  }

  /** Writes {@code result} to {@code out} without closing it. */
  public static void write(AnalysisResult result, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(new PrettyContext(), out, JsonEncoding.UTF8)) {
      new ThemesJsonWriter.Doc(g).result(result);
      g.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /** The generator's settings: two-space indent, {@code "key": value}, {@code []} when empty. */
  private static final class PrettyContext extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      Separators separators =
          Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator("");
      return new DefaultPrettyPrinter(separators)
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter);
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  /** One document being written. */
  private record Doc(JsonGenerator g) {
    void result(AnalysisResult r) {
      g.writeStartObject();
      g.writeStringProperty("schema_version", SCHEMA_VERSION);
      g.writeName("run");
      run(r.run());
      g.writeName("totals");
      totals(r.totals());
      g.writeName("breakdowns");
      breakdowns(r.breakdowns());
      g.writeArrayPropertyStart("themes");
      for (ThemeSummary t : list(r.themes())) {
        theme(t);
      }
      g.writeEndArray();
      g.writeName("other");
      if (r.other() == null) {
        g.writeNull();
      } else {
        theme(r.other());
      }
      g.writeArrayPropertyStart("regions");
      for (RegionRow row : list(r.regions())) {
        region(row);
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("campaigns");
      for (Campaign c : list(r.campaigns())) {
        campaign(c);
      }
      g.writeEndArray();
      g.writeObjectPropertyStart("screened");
      for (Map.Entry<String, List<Sample>> e : CountOrder.VERDICT.sort(r.screened())) {
        g.writeArrayPropertyStart(e.getKey());
        for (Sample s : list(e.getValue())) {
          sample(s);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
    }

    private void run(RunInfo run) {
      g.writeStartObject();
      if (run != null) {
        str("version", run.version());
        str("input", run.input());
        g.writeNumberProperty("input_bytes", run.inputBytes());
        g.writeNumberProperty("rows_read", run.rowsRead());
        g.writeNumberProperty("rows_skipped", run.rowsSkipped());
        g.writeNumberProperty("seed", run.seed());
        g.writeNumberProperty("forced_themes", run.forcedThemes());
        str("timezone", run.timezone());
        str("first_received", run.firstReceived());
        str("last_received", run.lastReceived());
        g.writeName("params");
        value(run.params());
        g.writeName("engine");
        value(run.engine());
      }
      g.writeEndObject();
    }

    private void totals(Totals t) {
      g.writeStartObject();
      if (t != null) {
        g.writeNumberProperty("appeals", t.appeals());
        g.writeNumberProperty("questions", t.questions());
        g.writeNumberProperty("accepted", t.accepted());
        g.writeNumberProperty("people", t.people());
        g.writeNumberProperty("themed", t.themed());
        g.writeNumberProperty("duplicate_groups", t.duplicateGroups());
        g.writeNumberProperty("duplicate_questions", t.duplicateQuestions());
        g.writeNumberProperty("campaign_questions", t.campaignQuestions());
        counts("by_verdict", t.byVerdict(), CountOrder.VERDICT);
        counts("by_reason", t.byReason(), CountOrder.KEY);
        counts("by_language", t.byLanguage(), CountOrder.LANGUAGE);
      }
      g.writeEndObject();
    }

    private void breakdowns(Breakdowns b) {
      g.writeStartObject();
      if (b != null) {
        counts("by_channel", b.byChannel(), CountOrder.CHANNEL);
        counts("by_day", b.byDay(), CountOrder.KEY);
        counts("by_age_group", b.byAgeGroup(), CountOrder.AGE_GROUP);
        counts("by_gender", b.byGender(), CountOrder.GENDER);
        counts("by_region", b.byRegion(), CountOrder.COUNT_DESC);
      }
      g.writeEndObject();
    }

    private void theme(ThemeSummary t) {
      g.writeStartObject();
      str("id", t.id());
      g.writeNumberProperty("rank", t.rank());
      str("label", t.label());
      g.writeArrayPropertyStart("key_phrases");
      for (String phrase : list(t.keyPhrases())) {
        g.writeString(phrase == null ? "" : phrase);
      }
      g.writeEndArray();
      g.writeNumberProperty("questions", t.questions());
      g.writeNumberProperty("people", t.people());
      decimal("share", t.share());
      g.writeBooleanProperty("rising", t.rising());
      decimal("growth", t.growth());
      g.writeArrayPropertyStart("subthemes");
      for (ThemeSummary sub : list(t.subthemes())) {
        theme(sub);
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("samples");
      for (Sample s : list(t.samples())) {
        sample(s);
      }
      g.writeEndArray();
      g.writeName("breakdowns");
      breakdowns(t.breakdowns());
      g.writeEndObject();
    }

    private void sample(Sample s) {
      g.writeStartObject();
      str("question_id", s.questionId());
      str("text", s.text());
      g.writeNumberProperty("people", s.people());
      str("region", s.region());
      str("channel", s.channel());
      str("received_at", s.receivedAt());
      g.writeEndObject();
    }

    private void region(RegionRow row) {
      g.writeStartObject();
      str("region", row.region());
      g.writeNumberProperty("appeals", row.appeals());
      g.writeNumberProperty("people", row.people());
      decimal("share", row.share());
      g.writeArrayPropertyStart("top_themes");
      for (String id : list(row.topThemes())) {
        g.writeString(id == null ? "" : id);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    private void campaign(Campaign c) {
      g.writeStartObject();
      str("group_id", c.groupId());
      str("text", c.text());
      g.writeNumberProperty("people", c.people());
      g.writeNumberProperty("questions", c.questions());
      str("theme_id", c.themeId());
      str("first_received", c.firstReceived());
      str("last_received", c.lastReceived());
      g.writeEndObject();
    }

    private void counts(String name, Map<String, Long> counts, CountOrder order) {
      g.writeObjectPropertyStart(name);
      for (Map.Entry<String, Long> e : order.sort(counts)) {
        g.writeNumberProperty(e.getKey(), e.getValue() == null ? 0 : e.getValue());
      }
      g.writeEndObject();
    }

    private void str(String name, String value) {
      g.writeStringProperty(name, value == null ? "" : value);
    }

    private void decimal(String name, double value) {
      g.writeName(name);
      g.writeNumber(Num.fixed(value, DECIMALS));
    }

    /** A provenance value of any shape: maps by key, collections in order, numbers exactly. */
    private void value(Object v) {
      switch (v) {
        case null -> g.writeNull();
        case String s -> g.writeString(s);
        case Boolean b -> g.writeBoolean(b);
        case Integer i -> g.writeNumber(i);
        case Long l -> g.writeNumber(l);
        case Short s -> g.writeNumber(s);
        case Byte b -> g.writeNumber(b);
        case BigInteger b -> g.writeNumber(b);
        case BigDecimal b -> g.writeNumber(b.toPlainString());
        case Double d -> writeDouble(d);
        case Float f -> writeDouble(Double.parseDouble(Float.toString(f)));
        case Map<?, ?> m -> {
          g.writeStartObject();
          List<Map.Entry<String, Object>> entries = new ArrayList<>();
          for (Map.Entry<?, ?> e : m.entrySet()) {
            entries.add(Map.entry(String.valueOf(e.getKey()), boxNull(e.getValue())));
          }
          entries.sort(Map.Entry.comparingByKey());
          for (Map.Entry<String, Object> e : entries) {
            g.writeName(e.getKey());
            value(e.getValue() == NULL ? null : e.getValue());
          }
          g.writeEndObject();
        }
        case Collection<?> c -> {
          g.writeStartArray();
          for (Object o : c) {
            value(o);
          }
          g.writeEndArray();
        }
        default -> {
          if (v.getClass().isArray()) {
            g.writeStartArray();
            for (int i = 0, n = Array.getLength(v); i < n; i++) {
              value(Array.get(v, i));
            }
            g.writeEndArray();
          } else {
            g.writeString(v.toString());
          }
        }
      }
    }

    private void writeDouble(double d) {
      if (Double.isFinite(d)) {
        g.writeNumber(Num.plain(d));
      } else {
        g.writeString(Double.toString(d));
      }
    }

    private static final Object NULL = new Object();

    private static Object boxNull(Object o) {
      return o == null ? NULL : o;
    }

    private static <T> List<T> list(List<T> l) {
      return l == null ? List.of() : l;
    }
  }
}
