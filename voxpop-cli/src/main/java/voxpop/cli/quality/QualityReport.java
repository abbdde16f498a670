package voxpop.cli.quality;

import java.util.List;
import voxpop.eval.BinaryScores;

/**
 * Everything one {@code voxpop quality} run measured, for the Markdown tables and the JSON file.
 * Immutable.
 *
 * @param command the command line as typed
 * @param startedAt when the run started (ISO-8601, UTC)
 * @param version the voxpop version
 * @param seed the seed of every run
 * @param threads the worker threads
 * @param machine the machine and its load before and after
 * @param seconds wall seconds of the whole run
 * @param skipped sets that were not measured, with the reason
 * @param themes the automatic mode, one row per clustering set
 * @param given k given, one row per English clustering set
 * @param toxicity rude texts and their rewrites
 * @param spam spam against ham
 * @param appeals legitimate appeals screened out
 * @param duplicates near-duplicate pairs
 */
public record QualityReport(
    String command,
    String startedAt,
    String version,
    long seed,
    int threads,
    Machine machine,
    double seconds,
    List<Skipped> skipped,
    List<ThemeQuality.AutoRow> themes,
    List<ThemeQuality.GivenRow> given,
    List<ScreeningQuality.ToxicityRow> toxicity,
    List<ScreeningQuality.SpamRow> spam,
    List<ScreeningQuality.AppealsRow> appeals,
    List<DuplicateQuality.PairsRow> duplicates) {

  public QualityReport {
    skipped = List.copyOf(skipped);
    themes = List.copyOf(themes);
    given = List.copyOf(given);
    toxicity = List.copyOf(toxicity);
    spam = List.copyOf(spam);
    appeals = List.copyOf(appeals);
    duplicates = List.copyOf(duplicates);
  }

  /** A set that was not measured, and why (its folder is absent, a file is missing, ...). */
  public record Skipped(String set, String reason) {}

  /** Precision and recall spelled out, for the JSON file. */
  public record Decision(
      long truePositives,
      long falsePositives,
      long falseNegatives,
      double precision,
      double recall,
      double f1) {
    public static Decision of(BinaryScores s) {
      return s == null
          ? null
          : new Decision(
              s.truePositives(),
              s.falsePositives(),
              s.falseNegatives(),
              s.precision(),
              s.recall(),
              s.f1());
    }
  }
}
