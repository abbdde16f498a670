package voxpop.themes;

/**
 * Iterative re-assignment of the fit sample to the nearest sub-theme centroid, a few passes, as the
 * iterative classification of Rakib et al. ("Enhancement of short text clustering by iterative
 * classification", NLDB 2020) does with a classifier: each pass learns the groups from the current
 * members and re-places every question, which repairs the graph's boundary mistakes. Stateless.
 */
final class CentroidRefiner {
  private CentroidRefiner() {}

  /** Unit-length mean vectors of the groups; an empty group gets a zero vector. */
  static float[] centroids(Vectors x, int[] groupOf, int groups) {
    int d = x.dimension();
    double[] sum = new double[groups * d];
    for (int i = 0; i < x.rows(); i++) {
      int g = groupOf[i];
      if (g < 0) {
        continue;
      }
      int o = i * d;
      for (int k = 0; k < d; k++) {
        sum[g * d + k] += x.data()[o + k];
      }
    }
    float[] c = new float[groups * d];
    for (int i = 0; i < c.length; i++) {
      c[i] = (float) sum[i];
    }
    for (int g = 0; g < groups; g++) {
      VectorMath.normalize(c, g * d, d);
    }
    return c;
  }

  /**
   * Re-assigns rows to the nearest centroid for up to {@code passes} passes (fewer when nothing
   * moves). Rows below {@code threshold} become -1.
   *
   * @return the number of passes made
   */
  static int refine(
      Vectors x, int[] groupOf, int groups, int passes, double threshold, Workers workers) {
    int d = x.dimension();
    for (int pass = 0; pass < passes; pass++) {
      float[] c = centroids(x, groupOf, groups);
      int[] next = new int[x.rows()];
      workers.forChunks(
          x.rows(),
          1024,
          (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
              int best = -1;
              float bestScore = Float.NEGATIVE_INFINITY;
              for (int g = 0; g < groups; g++) {
                float s = VectorMath.dot(x.data(), i * d, c, g * d, d);
                if (s > bestScore) {
                  bestScore = s;
                  best = g;
                }
              }
              next[i] = best >= 0 && bestScore >= threshold ? best : -1;
            }
          });
      boolean same = java.util.Arrays.equals(next, groupOf);
      System.arraycopy(next, 0, groupOf, 0, next.length);
      if (same) {
        return pass + 1;
      }
    }
    return passes;
  }
}
