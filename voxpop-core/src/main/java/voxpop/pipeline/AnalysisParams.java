package voxpop.pipeline;

import java.util.ArrayList;
import java.util.List;
import voxpop.dedup.DuplicateParams;
import voxpop.io.ReadOptions;
import voxpop.params.Param;
import voxpop.screen.Screener;
import voxpop.themes.ThemeParams;

/**
 * The tunables of the summary stages (samples, trends), and {@link #all()}: every parameter of an
 * analysis run — reading, screening, duplicates, themes and summaries — declared once each.
 */
public final class AnalysisParams {
  public static final Param<Integer> SAMPLES_PER_THEME =
      Param.ofInt(
          "samplesPerTheme",
          100,
          0,
          10_000,
          "questions",
          "Representative questions picked per theme for editors (diverse, not near-copies).");
  public static final Param<Integer> SAMPLES_PER_SUBTHEME =
      Param.ofInt(
          "samplesPerSubtheme",
          10,
          0,
          1_000,
          "questions",
          "Representative questions picked per sub-theme.");
  public static final Param<Double> SAMPLE_MAX_JACCARD =
      Param.ofDouble(
          "sampleMaxJaccard",
          0.5,
          0.0,
          1.0,
          "",
          "Most stem overlap a sample may have with one already picked; keeps samples diverse.");
  public static final Param<Integer> TREND_WINDOW_HOURS =
      Param.ofInt(
          "trendWindowHours",
          48,
          1,
          24 * 365,
          "hours",
          "The recent window whose theme shares are compared with the time before it.");
  public static final Param<Double> RISING_GROWTH =
      Param.ofDouble(
          "risingGrowth",
          1.5,
          1.0,
          1000.0,
          "ratio",
          "Least ratio of a theme's share in the recent window to its share before, to be rising.");
  public static final Param<Integer> RISING_MIN_QUESTIONS =
      Param.ofInt(
          "risingMinQuestions",
          20,
          1,
          1_000_000,
          "questions",
          "Least questions of a theme in the recent window for it to be called rising.");

  /** The summary stages' own parameters. */
  public static final List<Param<?>> SUMMARY =
      List.of(
          SAMPLES_PER_THEME,
          SAMPLES_PER_SUBTHEME,
          SAMPLE_MAX_JACCARD,
          TREND_WINDOW_HOURS,
          RISING_GROWTH,
          RISING_MIN_QUESTIONS);

  private AnalysisParams() {}

  /** Every parameter of a run, in the order of the stages that use them. */
  public static List<Param<?>> all() {
    List<Param<?>> all = new ArrayList<>();
    all.addAll(ReadOptions.PARAMS);
    all.addAll(Screener.parameters());
    all.addAll(DuplicateParams.ALL);
    all.addAll(ThemeParams.ALL);
    all.addAll(SUMMARY);
    return List.copyOf(all);
  }
}
