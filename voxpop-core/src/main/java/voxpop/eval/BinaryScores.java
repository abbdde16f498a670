package voxpop.eval;

/**
 * Counts of one yes/no decision against the truth, and the scores they give. A score whose
 * denominator is zero is {@code NaN} (written as {@code null} in JSON).
 *
 * @param truePositives flagged and truly positive
 * @param falsePositives flagged but truly negative
 * @param falseNegatives truly positive but not flagged
 */
public record BinaryScores(long truePositives, long falsePositives, long falseNegatives) {

  /** The truly positive items. */
  public long positives() {
    return truePositives + falseNegatives;
  }

  /** The flagged items. */
  public long flagged() {
    return truePositives + falsePositives;
  }

  public double precision() {
    return ratio(truePositives, flagged());
  }

  public double recall() {
    return ratio(truePositives, positives());
  }

  /** The harmonic mean of precision and recall. */
  public double f1() {
    return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }
}
