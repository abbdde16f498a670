package voxpop.analytics;

/**
 * Whether a theme is rising: its share of the questions in a recent window against its share before
 * the window, with add-one smoothing so that a theme absent before gets a large but finite growth
 * rather than a division by zero. Stateless.
 */
public final class Trend {
  private Trend() {}

  /**
   * The growth ratio ((recent + 1) / (allRecent + 1)) / ((before + 1) / (allBefore + 1)); 1.0 means
   * a steady share. Returns 0 when there is no recent or no earlier period at all.
   */
  public static double growth(long recent, long allRecent, long before, long allBefore) {
    if (allRecent == 0 || allBefore == 0) {
      return 0.0;
    }
    return ((recent + 1.0) / (allRecent + 1.0)) / ((before + 1.0) / (allBefore + 1.0));
  }

  /**
   * Rising: grew at least {@code minGrowth} times with at least {@code minRecent} recent questions.
   */
  public static boolean rising(double growth, long recent, double minGrowth, long minRecent) {
    return growth >= minGrowth && recent >= minRecent;
  }
}
