package voxpop.pipeline;

import java.util.List;
import java.util.Map;

/**
 * Everything an editor reads about one analysis run, ranked and aggregated: the source of {@code
 * themes.json} and {@code report.html}. Per-question rows are in {@link QuestionTable}. Texts in
 * samples are already masked for personal data. Immutable.
 *
 * @param run what produced the result (input, parameters, seed, version) — no wall-clock time, so
 *     that two runs with the same input and seed are identical
 * @param totals overall counts
 * @param themes top-level themes, ranked by distinct people asking (rank 1 first)
 * @param other the questions that fit no theme (outliers); its {@code id} is {@code other}
 * @param regions regions ranked by appeals, with their top themes
 * @param breakdowns overall counts by channel, day, age group and gender
 * @param campaigns coordinated campaigns (many senders, one text), largest first
 * @param screened examples of screened-out questions per verdict, for the editor's overview
 */
public record AnalysisResult(
    RunInfo run,
    Totals totals,
    List<ThemeSummary> themes,
    ThemeSummary other,
    List<RegionRow> regions,
    Breakdowns breakdowns,
    List<Campaign> campaigns,
    Map<String, List<Sample>> screened) {

  /**
   * Provenance of a run.
   *
   * @param version voxpop version
   * @param input the input file's name (no directories)
   * @param inputBytes its size in bytes
   * @param rowsRead rows read from the input
   * @param rowsSkipped rows skipped as invalid (with {@code --on-error=skip})
   * @param seed the seed
   * @param forcedThemes the forced number of themes, 0 for automatic
   * @param params every parameter's value
   * @param engine provenance reported by the theme engine (methods, sizes)
   * @param timezone the time zone used for days and hours
   * @param firstReceived the earliest received_at (ISO-8601) or empty
   * @param lastReceived the latest received_at (ISO-8601) or empty
   */
  public record RunInfo(
      String version,
      String input,
      long inputBytes,
      long rowsRead,
      long rowsSkipped,
      long seed,
      int forcedThemes,
      Map<String, Object> params,
      Map<String, Object> engine,
      String timezone,
      String firstReceived,
      String lastReceived) {}

  /**
   * Overall counts.
   *
   * @param appeals appeals analysed
   * @param questions questions found in them
   * @param accepted questions that passed screening
   * @param people distinct senders (appeals without a sender count as one person each)
   * @param byVerdict questions per verdict code ({@code accepted}, {@code spam}, ...)
   * @param byReason screened-out questions per reason code
   * @param byLanguage questions per language code
   * @param duplicateGroups groups of accepted questions with the same or nearly the same text
   * @param duplicateQuestions accepted questions that repeat an earlier one of their group
   * @param campaignQuestions accepted questions in coordinated campaigns
   * @param themed accepted questions placed in a theme (the rest are "other")
   */
  public record Totals(
      long appeals,
      long questions,
      long accepted,
      long people,
      Map<String, Long> byVerdict,
      Map<String, Long> byReason,
      Map<String, Long> byLanguage,
      long duplicateGroups,
      long duplicateQuestions,
      long campaignQuestions,
      long themed) {}

  /**
   * A theme (or sub-theme, with empty {@code subthemes}).
   *
   * @param id stable id in this result: {@code t01}, {@code t01.2}, or {@code other}
   * @param rank 1-based rank by people among its siblings
   * @param label the best key phrase, as an editor reads it
   * @param keyPhrases readable key phrases in the questions' own words, best first
   * @param questions accepted questions in it
   * @param people distinct people asking
   * @param share people in it / people with an accepted question (for a sub-theme: of its theme)
   * @param rising whether it grew markedly in the trend window (see {@link #growth})
   * @param growth share of the theme in the trend window / its share before (1.0 = steady; 0 when
   *     not computable)
   * @param subthemes its sub-themes, ranked
   * @param samples representative, diverse questions (≈100 for a theme, fewer for a sub-theme)
   * @param breakdowns its counts by channel, day, age group, gender and region
   */
  public record ThemeSummary(
      String id,
      int rank,
      String label,
      List<String> keyPhrases,
      long questions,
      long people,
      double share,
      boolean rising,
      double growth,
      List<ThemeSummary> subthemes,
      List<Sample> samples,
      Breakdowns breakdowns) {}

  /**
   * One question shown to editors.
   *
   * @param questionId the question id ({@code <appeal_id>-<question_no>})
   * @param text the question, personal data masked
   * @param people distinct people who asked this same or nearly the same question
   * @param region the sender's region or empty
   * @param channel channel code
   * @param receivedAt ISO-8601 or empty
   */
  public record Sample(
      String questionId,
      String text,
      long people,
      String region,
      String channel,
      String receivedAt) {}

  /**
   * A region's line in the region table.
   *
   * @param region canonical name (or the raw value; empty = not given)
   * @param appeals appeals from it
   * @param people distinct people
   * @param share appeals / all appeals with a region
   * @param topThemes ids of its most asked themes, best first (up to 5)
   */
  public record RegionRow(
      String region, long appeals, long people, double share, List<String> topThemes) {}

  /**
   * Counts by dimension; each map is ordered (channels in enum order, days ascending, age groups in
   * enum order, gender in enum order, regions by count descending).
   */
  public record Breakdowns(
      Map<String, Long> byChannel,
      Map<String, Long> byDay,
      Map<String, Long> byAgeGroup,
      Map<String, Long> byGender,
      Map<String, Long> byRegion) {}

  /**
   * A coordinated campaign: many senders, one near-identical text.
   *
   * @param groupId its duplicate group id
   * @param text the text, masked and shortened for display
   * @param people distinct senders
   * @param questions questions in it
   * @param themeId the theme it falls in (or {@code other})
   * @param firstReceived ISO-8601 or empty
   * @param lastReceived ISO-8601 or empty
   */
  public record Campaign(
      String groupId,
      String text,
      long people,
      long questions,
      String themeId,
      String firstReceived,
      String lastReceived) {}
}
