package voxpop.eval;

import java.util.List;
import java.util.Map;

/**
 * The outcome of {@code voxpop evaluate}: the join of the engine's questions with the labels, the
 * clustering scores per level, and, when the labels allow, screening and campaign scores.
 * Immutable.
 *
 * @param questionsFile the engine's questions file, by name
 * @param labelsFile the labels file, by name
 * @param appealLevel whether one question per appeal was scored
 * @param population {@code accepted} (questions whose true class is accepted) or {@code all} (no
 *     class column)
 * @param questions rows of the questions file
 * @param labelRows rows of the labels file
 * @param labelled questions that found a label
 * @param unlabelled questions that found none (counted, not scored)
 * @param unusedLabelRows label rows that no question matched
 * @param levels the theme and sub-theme scores (those the labels have)
 * @param notes what was left out and why
 * @param screening per-class screening scores; null without a class column
 * @param campaigns campaign-flag scores; null without a campaign column in either file
 */
public record EvaluationReport(
    String questionsFile,
    String labelsFile,
    boolean appealLevel,
    String population,
    long questions,
    long labelRows,
    long labelled,
    long unlabelled,
    long unusedLabelRows,
    List<Level> levels,
    List<String> notes,
    Screening screening,
    Campaigns campaigns) {

  public EvaluationReport {
    levels = List.copyOf(levels);
    notes = List.copyOf(notes);
  }

  /**
   * The clustering scores of one level.
   *
   * @param level {@code theme} or {@code subtheme}
   * @param trueColumn the labels column compared with
   * @param scores the scores over the scored questions
   * @param predictedOutliers scored questions the engine left as {@code other} (one cluster)
   * @param screenedOut scored questions the engine screened out (one cluster)
   * @param withoutTrueLabel truly accepted questions left out because this label was empty
   */
  public record Level(
      String level,
      String trueColumn,
      ClusteringScores scores,
      long predictedOutliers,
      long screenedOut,
      long withoutTrueLabel) {}

  /**
   * Screening against the true class of every labelled question.
   *
   * @param column the labels column of the true class
   * @param perClass one score per true class that is not {@code accepted}, flagged meaning the
   *     engine's verdict is that class
   * @param screenedOut any true class other than accepted against any verdict other than accepted
   * @param confusion counts by true class, then by the engine's verdict
   */
  public record Screening(
      String column,
      Map<String, BinaryScores> perClass,
      BinaryScores screenedOut,
      Map<String, Map<String, Long>> confusion) {}

  /**
   * The engine's campaign flag against the true campaign of every labelled question.
   *
   * @param column the labels column of the true campaign
   * @param flag the flag as a yes/no decision per question
   * @param campaigns the true campaigns
   * @param campaignsFound true campaigns with most (over half) of their questions flagged
   */
  public record Campaigns(String column, BinaryScores flag, int campaigns, int campaignsFound) {}
}
