package voxpop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import voxpop.pipeline.AnalysisResult;
import voxpop.pipeline.AnalysisResult.Breakdowns;
import voxpop.pipeline.AnalysisResult.RunInfo;
import voxpop.pipeline.AnalysisResult.Sample;
import voxpop.pipeline.AnalysisResult.ThemeSummary;

class ThemesJsonWriterTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void smallResultMatchesGoldenFile() throws IOException {
    Path out = dir.resolve("themes.json");
    ThemesJsonWriter.write(ReportFixtures.small(), out);
    Golden.assertMatches(out, "themes-small.json");
  }

  @Test
  void emptyResultMatchesGoldenFile() throws IOException {
    Path out = dir.resolve("themes.json");
    ThemesJsonWriter.write(ReportFixtures.empty(), out);
    Golden.assertMatches(out, "themes-empty.json");
  }

  @Test
  void outputValidatesAgainstTheShippedSchema() throws IOException {
    MiniSchemaValidator validator = new MiniSchemaValidator(schema());
    for (AnalysisResult r :
        List.of(
            ReportFixtures.small(),
            ReportFixtures.empty(),
            ReportFixtures.large(3, 4),
            hostile(),
            withoutOther(),
            RealisticResult.build(42))) {
      assertThat(validator.validate(MAPPER.readTree(json(r)))).isEmpty();
    }
  }

  @Test
  void validatorRejectsAMissingKeyAnUnknownKeyAndAWrongType() throws IOException {
    MiniSchemaValidator validator = new MiniSchemaValidator(schema());
    String ok = new String(json(ReportFixtures.small()), StandardCharsets.UTF_8);
    String broken =
        ok.replace("\"schema_version\": \"1.0\",", "\"schema_versio\": \"1.0\",")
            .replace("\"rows_read\": 12", "\"rows_read\": \"12\"");
    assertThat(validator.validate(MAPPER.readTree(broken)))
        .containsExactlyInAnyOrder(
            ": missing schema_version",
            ": unexpected property schema_versio",
            "/run/rows_read: expected integer, got STRING");
  }

  @Test
  void everyPropertyTheSchemaDeclaresIsRequiredAndNoOtherIsAllowed() throws IOException {
    List<String> loose = new ArrayList<>();
    collectLooseObjects(schema(), "", loose);
    assertThat(loose).isEmpty();
  }

  @Test
  void sameResultGivesIdenticalBytesWhateverTheMapOrder() throws IOException {
    AnalysisResult a = ReportFixtures.small();
    AnalysisResult b = withMapsInOtherOrder(a);
    assertThat(json(a)).isEqualTo(json(a));
    assertThat(json(b)).isEqualTo(json(a));
  }

  @Test
  void countsAreWrittenInTheDocumentedOrder() throws IOException {
    JsonNode doc = MAPPER.readTree(json(ReportFixtures.small()));
    assertThat(doc.get("totals").get("by_verdict").propertyNames())
        .containsExactly("accepted", "spam", "abuse", "gibberish", "empty");
    assertThat(doc.get("breakdowns").get("by_channel").propertyNames())
        .containsExactly("phone", "sms", "web", "app");
    assertThat(doc.get("breakdowns").get("by_day").propertyNames())
        .containsExactly("2025-12-04", "2025-12-05", "2025-12-18", "2025-12-19");
    assertThat(doc.get("breakdowns").get("by_age_group").propertyNames())
        .containsExactly("30-44", "60-plus", "unknown");
    assertThat(doc.get("breakdowns").get("by_region").propertyNames())
        .containsExactly(ReportFixtures.MOSCOW, ReportFixtures.KURSK, "");
    assertThat(doc.get("run").get("params").propertyNames())
        .containsExactly("languages", "minThemeSize", "similarity", "subthemes", "trendHours");
  }

  @Test
  void sharesAndGrowthAreRoundedToFourDecimalsInPlainNotation() throws IOException {
    String text = new String(json(ReportFixtures.small()), StandardCharsets.UTF_8);
    assertThat(text).contains("\"growth\": 3.1235,").contains("\"share\": 0.5000,");
    assertThat(text).doesNotContain("E-").doesNotContain("\r");
  }

  @Test
  void nonFiniteNumbersStayValidJson() throws IOException {
    AnalysisResult r = ReportFixtures.small();
    ThemeSummary t = r.themes().get(1);
    ThemeSummary broken =
        new ThemeSummary(
            t.id(),
            t.rank(),
            t.label(),
            t.keyPhrases(),
            t.questions(),
            t.people(),
            Double.NaN,
            t.rising(),
            Double.POSITIVE_INFINITY,
            t.subthemes(),
            t.samples(),
            t.breakdowns());
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("ratio", Double.NaN);
    params.put("tiny", 1e-7);
    params.put("none", null);
    params.put("nested", Map.of("b", 2, "a", List.of(1, 2)));
    RunInfo run = withParams(r.run(), params);
    byte[] bytes =
        json(
            new AnalysisResult(
                run,
                r.totals(),
                List.of(r.themes().get(0), broken),
                r.other(),
                r.regions(),
                r.breakdowns(),
                r.campaigns(),
                r.screened()));
    JsonNode doc = MAPPER.readTree(bytes);
    assertThat(doc.get("themes").get(1).get("share").asDouble()).isZero();
    assertThat(doc.get("themes").get(1).get("growth").asDouble()).isZero();
    String written = MAPPER.readTree(bytes).get("run").get("params").toString();
    assertThat(written).startsWith("{\"nested\":{\"a\":[1,2],\"b\":2},\"none\":null,");
    assertThat(new String(bytes, StandardCharsets.UTF_8).replaceAll("\\s+", ""))
        .contains("\"ratio\":\"NaN\",\"tiny\":0.0000001}");
  }

  @Test
  void citizensTextRoundTripsExactly() throws IOException {
    JsonNode doc = MAPPER.readTree(json(hostile()));
    assertThat(doc.get("themes").get(0).get("samples").get(0).get("text").asString())
        .isEqualTo(HOSTILE);
    assertThat(doc.get("themes").get(0).get("label").asString()).isEqualTo(HOSTILE);
    assertThat(doc.get("regions").get(0).get("region").asString()).isEqualTo(HOSTILE);
  }

  @Test
  void writingToAStreamLeavesItOpen() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ThemesJsonWriter.write(ReportFixtures.empty(), out);
    out.write('x');
    assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("}\nx");
  }

  static final String HOSTILE = "<script>alert(\"x\")</script> & \\ \t \u0001 «ёлка» 😀";

  /** A result whose citizens' texts, labels and region names hold markup, quotes and controls. */
  static AnalysisResult hostile() {
    AnalysisResult r = ReportFixtures.small();
    ThemeSummary t = r.themes().get(0);
    Sample s = new Sample("a\"1-1", HOSTILE, 2, HOSTILE, "sms", "");
    ThemeSummary evil =
        new ThemeSummary(
            t.id(),
            t.rank(),
            HOSTILE,
            List.of(HOSTILE, "a & b"),
            t.questions(),
            t.people(),
            t.share(),
            true,
            2.0,
            t.subthemes(),
            List.of(s),
            t.breakdowns());
    List<AnalysisResult.RegionRow> regions =
        List.of(new AnalysisResult.RegionRow(HOSTILE, 3, 3, 0.5, List.of("t01", "t99")));
    List<AnalysisResult.Campaign> campaigns =
        List.of(new AnalysisResult.Campaign("g000001", HOSTILE, 5, 5, "t01", "", ""));
    return new AnalysisResult(
        r.run(),
        r.totals(),
        List.of(evil, r.themes().get(1)),
        r.other(),
        regions,
        r.breakdowns(),
        campaigns,
        Map.of("abuse", List.of(s), HOSTILE, List.of(s)));
  }

  private static AnalysisResult withoutOther() {
    AnalysisResult r = ReportFixtures.small();
    return new AnalysisResult(
        r.run(),
        r.totals(),
        r.themes(),
        null,
        r.regions(),
        r.breakdowns(),
        r.campaigns(),
        r.screened());
  }

  private static AnalysisResult withMapsInOtherOrder(AnalysisResult r) {
    Map<String, Object> params = new HashMap<>();
    List<String> keys = new ArrayList<>(r.run().params().keySet());
    java.util.Collections.reverse(keys);
    for (String k : keys) {
      params.put(k, r.run().params().get(k));
    }
    Breakdowns b = r.breakdowns();
    Breakdowns reordered =
        new Breakdowns(
            new TreeMap<>(b.byChannel()),
            new TreeMap<>(b.byDay()).descendingMap(),
            new TreeMap<>(b.byAgeGroup()),
            new TreeMap<>(b.byGender()),
            new TreeMap<>(b.byRegion()));
    return new AnalysisResult(
        withParams(r.run(), params),
        r.totals(),
        r.themes(),
        r.other(),
        r.regions(),
        reordered,
        r.campaigns(),
        new TreeMap<>(r.screened()));
  }

  private static RunInfo withParams(RunInfo run, Map<String, Object> params) {
    return new RunInfo(
        run.version(),
        run.input(),
        run.inputBytes(),
        run.rowsRead(),
        run.rowsSkipped(),
        run.seed(),
        run.forcedThemes(),
        params,
        run.engine(),
        run.timezone(),
        run.firstReceived(),
        run.lastReceived());
  }

  private static byte[] json(AnalysisResult r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ThemesJsonWriter.write(r, out);
    return out.toByteArray();
  }

  static JsonNode schema() throws IOException {
    try (InputStream in =
        ThemesJsonWriter.class.getResourceAsStream("/voxpop/report/themes.schema.json")) {
      assertThat(in).as("themes.schema.json on the class path").isNotNull();
      return MAPPER.readTree(in);
    }
  }

  private static void collectLooseObjects(JsonNode schema, String at, List<String> loose) {
    if (schema.isObject()) {
      if (schema.has("properties")) {
        List<String> declared = new ArrayList<>(schema.get("properties").propertyNames());
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(n -> required.add(n.asString()));
        if (!required.equals(declared)) {
          loose.add(at + ": required " + required + " != properties " + declared);
        }
        if (!schema.path("additionalProperties").isBoolean()
            || schema.get("additionalProperties").asBoolean()) {
          loose.add(at + ": additionalProperties is not false");
        }
      }
      for (Map.Entry<String, JsonNode> e : schema.properties()) {
        collectLooseObjects(e.getValue(), at + "/" + e.getKey(), loose);
      }
    } else if (schema.isArray()) {
      for (JsonNode n : schema) {
        collectLooseObjects(n, at + "[]", loose);
      }
    }
  }
}
