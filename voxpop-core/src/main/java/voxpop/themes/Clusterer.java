package voxpop.themes;

/**
 * The second replaceable stage: groups the vectors of the fit sample into sub-themes, the
 * sub-themes into themes, and sets outliers apart. Implementations are stateless and thread-safe.
 */
public interface Clusterer {
  /**
   * Clusters the rows of {@code vectors}.
   *
   * @param forcedThemes the number of themes to produce, or 0 to find it
   */
  Clustering cluster(Vectors vectors, int forcedThemes, FitContext context);
}
