package voxpop.themes;

import java.util.Arrays;
import voxpop.model.Language;
import voxpop.terms.TermDocs;

/**
 * Places a question: its theme by the theme classifier, its sub-theme by the classifier restricted
 * to that theme's sub-themes, and "other" when its TF-IDF row is less similar (cosine) than the
 * outlier threshold to the sub-theme's TF-IDF centroid, that is when it shares almost none of the
 * sub-theme's weighted words. All three are term-major tables over {@link StemFeatures}, so a
 * question of ten stems reads ten table rows per level and ten numbers for the check; this is what
 * keeps the assignment of millions of questions within seconds. It needs no vectors, so any
 * vectoriser can be used upstream. Returns internal sub-theme ids. Immutable and thread-safe.
 */
final class ThemeAssigner {
  private static final int CHUNK = 8192;

  private final StemFeatures features;
  private final int themes;
  private final float[] themeTable;
  private final int groups;
  private final float[] groupTable;
  private final int[] bounds;
  private final float[] centroids;
  private final double threshold;

  /**
   * @param themeTable {@code features x themes} classifier weights
   * @param groupTable {@code features x groups} classifier weights
   * @param bounds sub-themes of theme {@code t} are {@code [bounds[t], bounds[t + 1])}
   * @param centroids {@code features x groups}: each sub-theme's unit-length mean TF-IDF row
   * @param threshold least cosine to the sub-theme's centroid; {@code -Infinity} never says other
   */
  ThemeAssigner(
      StemFeatures features,
      int themes,
      float[] themeTable,
      int groups,
      float[] groupTable,
      int[] bounds,
      float[] centroids,
      double threshold) {
    this.features = features;
    this.themes = themes;
    this.themeTable = themeTable;
    this.groups = groups;
    this.groupTable = groupTable;
    this.bounds = bounds;
    this.centroids = centroids;
    this.threshold = threshold;
  }

  /**
   * The unit-length mean TF-IDF row of each group, as a {@code features x groups} table.
   *
   * @param groupOf the group of each row of {@code x}, or -1
   */
  static float[] centroids(SparseRows x, int[] groupOf, int groups) {
    double[] sum = new double[x.cols * groups];
    for (int i = 0; i < x.rows; i++) {
      int g = groupOf[i];
      if (g < 0) {
        continue;
      }
      for (int e = x.start[i]; e < x.start[i + 1]; e++) {
        sum[x.col[e] * groups + g] += x.val[e];
      }
    }
    double[] norm = new double[groups];
    for (int f = 0; f < x.cols; f++) {
      for (int g = 0; g < groups; g++) {
        norm[g] += sum[f * groups + g] * sum[f * groups + g];
      }
    }
    float[] c = new float[sum.length];
    for (int f = 0; f < x.cols; f++) {
      for (int g = 0; g < groups; g++) {
        c[f * groups + g] = norm[g] > 0 ? (float) (sum[f * groups + g] / Math.sqrt(norm[g])) : 0f;
      }
    }
    return c;
  }

  /** The sub-theme of every document of {@code terms}, or -1; identical on any thread count. */
  int[] assignAll(TermDocs terms, Workers workers) {
    return assign(terms, null, workers);
  }

  /**
   * The sub-theme of each of {@code docs} (every document of {@code terms} when null), in their
   * order, or -1; identical on any thread count.
   */
  int[] assign(TermDocs terms, int[] docs, Workers workers) {
    int n = docs == null ? terms.size() : docs.length;
    int[] out = new int[n];
    workers.forChunks(
        n,
        CHUNK,
        (c, from, to) -> {
          int[] feats = new int[32];
          float[] weights = new float[32];
          double[] scores = new double[Math.max(1, Math.max(themes, groups))];
          for (int i = from; i < to; i++) {
            int d = docs == null ? i : docs[i];
            int len = terms.length(d);
            if (feats.length < len) {
              feats = new int[len];
              weights = new float[len];
            }
            int m = features.row(terms, d, feats, weights);
            out[i] = best(feats, weights, m, scores);
          }
        });
    return out;
  }

  int assignText(String text, Language language) {
    StemFeatures.Row row = features.row(text, language);
    return best(
        row.feats(), row.weights(), row.size(), new double[Math.max(1, Math.max(themes, groups))]);
  }

  private int best(int[] feats, float[] weights, int n, double[] scores) {
    if (n == 0 || themes == 0) {
      return -1;
    }
    int theme = argmax(feats, weights, n, themeTable, themes, 0, themes, scores);
    int lo = bounds[theme];
    int hi = bounds[theme + 1];
    if (lo == hi) {
      return -1;
    }
    int group = argmax(feats, weights, n, groupTable, groups, lo, hi, scores);
    if (threshold == Double.NEGATIVE_INFINITY) {
      return group;
    }
    double cos = 0;
    for (int i = 0; i < n; i++) {
      cos += (double) weights[i] * centroids[feats[i] * groups + group];
    }
    return cos >= threshold ? group : -1;
  }

  private static int argmax(
      int[] feats, float[] weights, int n, float[] table, int width, int lo, int hi, double[] s) {
    Arrays.fill(s, lo, hi, 0);
    for (int i = 0; i < n; i++) {
      double w = weights[i];
      int o = feats[i] * width;
      for (int c = lo; c < hi; c++) {
        s[c] += w * table[o + c];
      }
    }
    int best = lo;
    for (int c = lo + 1; c < hi; c++) {
      if (s[c] > s[best]) {
        best = c;
      }
    }
    return best;
  }
}
