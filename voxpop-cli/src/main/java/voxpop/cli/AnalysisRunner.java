package voxpop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import voxpop.io.AppealReader;
import voxpop.io.OnError;
import voxpop.io.ReadOptions;
import voxpop.io.ReadSummary;
import voxpop.params.Params;
import voxpop.pipeline.AnalysisPipeline;
import voxpop.pipeline.Engines;
import voxpop.report.QuestionsCsvWriter;
import voxpop.report.ReportHtmlWriter;
import voxpop.report.ThemesJsonWriter;
import voxpop.themes.ThemeRequest;

/**
 * Runs one analysis from an input file to the output folder: {@code themes.json}, {@code
 * questions.csv}, {@code report.html}, and {@code run.json} (timings and machine, which differ
 * between runs, so they are kept out of the reproducible files).
 */
final class AnalysisRunner {
  /** Where the outputs went and what the run saw. */
  record Outcome(AnalysisPipeline.Analysis analysis, Path outputDir, double seconds) {}

  private AnalysisRunner() {}

  static Outcome run(
      Path input,
      Path outputDir,
      Params params,
      long seed,
      int threads,
      int forcedThemes,
      ZoneId zone,
      OnError onError,
      ThemeRequest.Progress progress)
      throws IOException {
    Files.createDirectories(outputDir);
    long started = System.nanoTime();
    Instant startedAt = Instant.now();
    ReadOptions options =
        new ReadOptions(
            onError,
            params.get(ReadOptions.MAX_TEXT_CHARS),
            params.get(ReadOptions.MAX_FIELD_CHARS),
            params.get(ReadOptions.MAX_ERRORS_KEPT),
            zone);
    AnalysisPipeline pipeline =
        new AnalysisPipeline(
            params,
            seed,
            threads,
            forcedThemes,
            zone,
            Engines.defaultThemeEngine(),
            Engines.defaultTermSource(),
            progress);
    AnalysisPipeline.Analysis analysis;
    try (AppealReader reader = AppealReader.open(input, options)) {
      analysis = pipeline.run(reader, input.getFileName().toString(), Files.size(input));
    }
    progress.update("write outputs", 0, -1);
    long writeStart = System.nanoTime();
    ThemesJsonWriter.write(analysis.result(), outputDir.resolve("themes.json"));
    QuestionsCsvWriter.write(analysis.table(), outputDir.resolve("questions.csv"));
    ReportHtmlWriter.write(analysis.result(), outputDir.resolve("report.html"));
    Map<String, Long> stages = new LinkedHashMap<>(analysis.stageMillis());
    stages.put("write", (System.nanoTime() - writeStart) / 1_000_000);
    double seconds = (System.nanoTime() - started) / 1e9;
    writeRunJson(
        outputDir.resolve("run.json"), startedAt, seconds, threads, stages, analysis.readSummary());
    return new Outcome(analysis, outputDir, seconds);
  }

  private static void writeRunJson(
      Path file,
      Instant startedAt,
      double seconds,
      int threads,
      Map<String, Long> stages,
      ReadSummary read)
      throws IOException {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("started_at", startedAt.toString());
    run.put("wall_seconds", Math.round(seconds * 1000) / 1000.0);
    run.put("threads", threads);
    run.put("stage_millis", stages);
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("rows_read", read.rowsRead());
    input.put("rows_accepted", read.accepted());
    input.put("rows_skipped", read.skipped());
    input.put("unknown_columns", read.unknownColumns());
    input.put("errors", read.errors().stream().map(Object::toString).toList());
    run.put("input", input);
    Runtime rt = Runtime.getRuntime();
    run.put("available_processors", rt.availableProcessors());
    run.put("max_heap_mb", rt.maxMemory() / (1024 * 1024));
    run.put("java", System.getProperty("java.version"));
    ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    Files.writeString(file, json.writeValueAsString(run) + "\n");
  }
}
