package voxpop.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import voxpop.dedup.CampaignStage;
import voxpop.dedup.Campaigns;
import voxpop.dedup.DuplicateGroups;
import voxpop.dedup.DuplicateStage;
import voxpop.io.AppealReader;
import voxpop.io.ReadSummary;
import voxpop.params.Params;
import voxpop.pipeline.DistinctStage.Distinct;
import voxpop.screen.Screener;
import voxpop.terms.TermDocs;
import voxpop.terms.TermDocsBuilder;
import voxpop.terms.TermSource;
import voxpop.themes.ThemeEngine;
import voxpop.themes.ThemeInput;
import voxpop.themes.ThemeModel;
import voxpop.themes.ThemeRequest;

/**
 * The analysis of a batch of appeals, from the input file to ranked, labelled themes:
 *
 * <ol>
 *   <li><b>read and prepare</b> ({@link ReadPrepareStage}): parse, normalise, detect the language,
 *       screen (spam, abuse, gibberish, empty, too short), split into questions;
 *   <li><b>distinct</b> ({@link DistinctStage}): collapse exact duplicates;
 *   <li><b>terms</b> ({@link TermDocsBuilder}): analyse each distinct text once into stems;
 *   <li><b>duplicates</b> ({@link DuplicateStage}): near-duplicate groups, people per group;
 *   <li><b>themes</b> ({@link ThemeEngine}): vectors, two-level clustering, labels;
 *   <li><b>campaigns</b> ({@link CampaignStage}): bursts of one text that many people sent, not
 *       those of an event whose whole sub-theme rises with them;
 *   <li><b>summary</b> ({@link SummaryStage}): rank by people, samples, breakdowns, trends,
 *       regions.
 * </ol>
 *
 * The same input, parameters and seed give the same result on any number of threads. One instance
 * runs one analysis at a time.
 */
public final class AnalysisPipeline {
  private final Params params;
  private final long seed;
  private final int threads;
  private final int forcedThemes;
  private final ZoneId zone;
  private final ThemeEngine engine;
  private final TermSource termSource;
  private final ThemeRequest.Progress progress;

  /**
   * @param params values of {@link AnalysisParams#all()}
   * @param seed the seed of every random choice
   * @param threads worker threads (≥ 1)
   * @param forcedThemes the number of top-level themes to force; 0 = automatic
   * @param zone the event's time zone, for days
   * @param engine the theme engine
   * @param termSource the stemmer shared by duplicates and themes
   * @param progress progress listener
   */
  public AnalysisPipeline(
      Params params,
      long seed,
      int threads,
      int forcedThemes,
      ZoneId zone,
      ThemeEngine engine,
      TermSource termSource,
      ThemeRequest.Progress progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.params = params;
    this.seed = seed;
    this.threads = threads;
    this.forcedThemes = forcedThemes;
    this.zone = zone;
    this.engine = engine;
    this.termSource = termSource;
    this.progress = progress;
  }

  /**
   * The result of a run and how long each stage took (timings are kept apart from the result so
   * that the result stays reproducible byte for byte).
   */
  public record Analysis(
      AnalysisResult result,
      QuestionTable table,
      ReadSummary readSummary,
      Map<String, Long> stageMillis) {}

  /** Analyses every appeal the reader yields; {@code input}/{@code inputBytes} are provenance. */
  public Analysis run(AppealReader reader, String input, long inputBytes) throws IOException {
    Map<String, Long> ms = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, Workers::thread);
    try {
      long t = System.nanoTime();
      Prepared prepared = new ReadPrepareStage(new Screener(params), progress).run(reader, pool);
      t = lap(ms, "read_prepare", t);
      Distinct distinct = new DistinctStage().run(prepared);
      t = lap(ms, "distinct", t);
      progress.update("analyse terms", 0, distinct.size());
      TermDocs terms =
          new TermDocsBuilder(termSource).build(distinct.texts(), distinct.languages(), threads);
      t = lap(ms, "terms", t);
      int[] personOfQuestion = new int[prepared.questions()];
      long[] timeOfQuestion = new long[prepared.questions()];
      for (int q = 0; q < personOfQuestion.length; q++) {
        int a = prepared.appealOf()[q];
        personOfQuestion[q] = prepared.appeals().person()[a];
        long at = prepared.appeals().receivedAt()[a];
        timeOfQuestion[q] = at == AppealColumns.NO_TIME ? CampaignStage.NO_TIME : at;
      }
      DuplicateGroups dups =
          new DuplicateStage(params).run(terms, distinct.ofQuestion(), personOfQuestion, pool);
      t = lap(ms, "duplicates", t);
      ThemeModel model =
          engine.discover(
              new ThemeInput(
                  distinct.texts(), distinct.languages(), dups.peopleOfDistinct(), terms),
              new ThemeRequest(params, seed, threads, forcedThemes, progress));
      t = lap(ms, "themes", t);
      Campaigns campaigns =
          new CampaignStage(params)
              .run(
                  terms,
                  dups,
                  model.subthemeOf(),
                  distinct.ofQuestion(),
                  personOfQuestion,
                  timeOfQuestion);
      t = lap(ms, "campaigns", t);
      SummaryStage.Output out =
          new SummaryStage(params, zone)
              .run(
                  runInfo(prepared, input, inputBytes, model),
                  prepared,
                  distinct,
                  terms,
                  dups,
                  campaigns,
                  model);
      lap(ms, "summary", t);
      return new Analysis(out.result(), out.table(), prepared.summary(), ms);
    } finally {
      pool.shutdownNow();
      try {
        pool.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private AnalysisResult.RunInfo runInfo(
      Prepared p, String input, long inputBytes, ThemeModel model) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long t : p.appeals().receivedAt()) {
      if (t != AppealColumns.NO_TIME) {
        min = Math.min(min, t);
        max = Math.max(max, t);
      }
    }
    return new AnalysisResult.RunInfo(
        Version.current(),
        input,
        inputBytes,
        p.summary().rowsRead(),
        p.summary().skipped(),
        seed,
        forcedThemes,
        params.asMap(),
        reproducible(model.provenance()),
        zone.getId(),
        min == Long.MAX_VALUE ? "" : Instant.ofEpochSecond(min).toString(),
        max == Long.MIN_VALUE ? "" : Instant.ofEpochSecond(max).toString());
  }

  /**
   * The engine's provenance without its timings, which differ from run to run and would break the
   * byte-identical result; timings go to the run's stage times instead.
   */
  private static Map<String, Object> reproducible(Map<String, Object> provenance) {
    Map<String, Object> copy = new LinkedHashMap<>(provenance);
    copy.keySet().removeIf(k -> k.toLowerCase(java.util.Locale.ROOT).startsWith("timing"));
    copy.remove("parameters");
    return copy;
  }

  private static long lap(Map<String, Long> ms, String stage, long since) {
    long now = System.nanoTime();
    ms.put(stage, (now - since) / 1_000_000);
    return now;
  }
}
