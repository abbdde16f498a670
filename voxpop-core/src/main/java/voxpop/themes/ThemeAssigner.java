package voxpop.themes;

import java.util.Arrays;
import voxpop.model.Language;
import voxpop.terms.TermDocs;

/**
 * Places a question: its theme by the theme classifier, its sub-theme by the classifier restricted
 * to that theme's sub-themes, and "other" when its vector's cosine to the sub-theme's centroid is
 * below the outlier threshold. Both classifiers are term-major tables over {@link StemFeatures}, so
 * a question of ten stems reads ten table rows per level; this is what keeps the assignment of
 * millions of questions within seconds. Returns internal sub-theme ids. Immutable and thread-safe.
 */
final class ThemeAssigner {
  private static final int CHUNK = 8192;

  private final StemFeatures features;
  private final int themes;
  private final float[] themeTable;
  private final int groups;
  private final float[] groupTable;
  private final int[] bounds;
  private final DocEmbedding embedding;
  private final TermEmbedding linear;
  private final float[] centroids;
  private final double threshold;

  /**
   * @param bounds sub-themes of theme {@code t} are {@code [bounds[t], bounds[t + 1])}
   * @param centroids {@code groups x embedding.dimension()} unit vectors
   * @param threshold least cosine to a sub-theme's centroid; {@code -Infinity} never says other
   */
  ThemeAssigner(
      StemFeatures features,
      int themes,
      float[] themeTable,
      int groups,
      float[] groupTable,
      int[] bounds,
      DocEmbedding embedding,
      float[] centroids,
      double threshold) {
    this.features = features;
    this.themes = themes;
    this.themeTable = themeTable;
    this.groups = groups;
    this.groupTable = groupTable;
    this.bounds = bounds;
    this.embedding = embedding;
    this.linear = embedding instanceof TermEmbedding te && te.features() == features ? te : null;
    this.centroids = centroids;
    this.threshold = threshold;
  }

  /** The sub-theme of every document of {@code terms}, or -1; identical on any thread count. */
  int[] assignAll(TermDocs terms, Workers workers) {
    int n = terms.size();
    int[] out = new int[n];
    workers.forChunks(
        n,
        CHUNK,
        (c, from, to) -> {
          Scratch s = new Scratch(embedding.dimension(), Math.max(themes, groups));
          for (int d = from; d < to; d++) {
            s.ensure(terms.length(d));
            int m = features.row(terms, d, s.feats, s.weights);
            out[d] = best(s.feats, s.weights, m, s, terms, d, null, null);
          }
        });
    return out;
  }

  int assignText(String text, Language language) {
    StemFeatures.Row row = features.row(text, language);
    Scratch s = new Scratch(embedding.dimension(), Math.max(themes, groups));
    return best(row.feats(), row.weights(), row.size(), s, null, -1, text, language);
  }

  private int best(
      int[] feats,
      float[] weights,
      int n,
      Scratch s,
      TermDocs terms,
      int doc,
      String text,
      Language language) {
    if (n == 0 || themes == 0) {
      return -1;
    }
    int theme =
        themeTable == null
            ? -1
            : argmax(feats, weights, n, themeTable, themes, 0, themes, s.scores);
    int lo = theme < 0 ? 0 : bounds[theme];
    int hi = theme < 0 ? groups : bounds[theme + 1];
    if (lo == hi) {
      return -1;
    }
    int group = argmax(feats, weights, n, groupTable, groups, lo, hi, s.scores);
    if (threshold == Double.NEGATIVE_INFINITY) {
      return group;
    }
    float[] v = s.vector;
    if (linear != null) {
      linear.combine(feats, weights, n, v);
    } else if (terms != null) {
      embedding.embed(terms, doc, v);
    } else {
      embedding.embedText(text, language, v);
    }
    int d = embedding.dimension();
    return VectorMath.dot(v, 0, centroids, group * d, d) >= threshold ? group : -1;
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

  /** Per-thread work arrays. */
  private static final class Scratch {
    int[] feats = new int[32];
    float[] weights = new float[32];
    final float[] vector;
    final double[] scores;

    Scratch(int dimension, int classes) {
      vector = new float[dimension];
      scores = new double[Math.max(1, classes)];
    }

    void ensure(int len) {
      if (feats.length < len) {
        feats = new int[len];
        weights = new float[len];
      }
    }
  }
}
