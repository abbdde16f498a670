package voxpop.themes;

import voxpop.model.Language;
import voxpop.terms.TermDocs;

/**
 * Places a question into the sub-theme whose centroid is most similar (cosine), or into "other"
 * when even the best is below the outlier threshold. For a linear {@link TermEmbedding} the scores
 * come from a term-major table ({@code score(c) = sum_f w_f * (row_f . centroid_c)}), so a question
 * of ten words costs ten table rows instead of a dense vector per centroid; this is what keeps the
 * assignment of millions of questions within seconds. Immutable and thread-safe.
 */
final class CentroidAssigner {
  private static final int CHUNK = 8192;

  private final DocEmbedding embedding;
  private final int dimension;
  private final int groups;
  private final float[] centroids;
  private final double threshold;
  private final TermEmbedding linear;
  private final float[] termScores;

  /**
   * @param centroids {@code groups * dimension} unit vectors
   * @param threshold least cosine to join a sub-theme; {@code -Infinity} assigns every question
   *     that has a vector
   */
  CentroidAssigner(DocEmbedding embedding, float[] centroids, int groups, double threshold) {
    this.embedding = embedding;
    this.dimension = embedding.dimension();
    this.groups = groups;
    this.centroids = centroids;
    this.threshold = threshold;
    if (embedding instanceof TermEmbedding te && groups > 0) {
      linear = te;
      int f = te.features();
      termScores = new float[Math.multiplyExact(f, groups)];
      float[] table = te.table();
      for (int t = 0; t < f; t++) {
        for (int c = 0; c < groups; c++) {
          termScores[t * groups + c] =
              VectorMath.dot(table, t * dimension, centroids, c * dimension, dimension);
        }
      }
    } else {
      linear = null;
      termScores = null;
    }
  }

  int groups() {
    return groups;
  }

  float[] centroids() {
    return centroids;
  }

  /** The sub-theme of every document of {@code terms}, or -1; identical on any thread count. */
  int[] assignAll(TermDocs terms, Workers workers) {
    int n = terms.size();
    int[] out = new int[n];
    workers.forChunks(
        n,
        CHUNK,
        (c, from, to) -> {
          Scratch s = new Scratch(dimension, groups);
          for (int d = from; d < to; d++) {
            out[d] = assign(terms, d, s);
          }
        });
    return out;
  }

  int assign(TermDocs terms, int doc, Scratch s) {
    if (groups == 0) {
      return -1;
    }
    if (linear != null) {
      int len = terms.length(doc);
      s.ensure(len);
      int n = linear.features(terms, doc, s.feats, s.weights);
      return best(s.feats, s.weights, n, s);
    }
    embedding.embed(terms, doc, s.vector);
    return bestDense(s.vector, s);
  }

  int assignText(String text, Language language) {
    if (groups == 0) {
      return -1;
    }
    Scratch s = new Scratch(dimension, groups);
    if (linear != null) {
      int[][] feats = {s.feats};
      float[][] weights = {s.weights};
      int n = linear.features(text, language, feats, weights);
      return best(feats[0], weights[0], n, s);
    }
    embedding.embedText(text, language, s.vector);
    return bestDense(s.vector, s);
  }

  private int best(int[] feats, float[] weights, int n, Scratch s) {
    if (n == 0) {
      return -1;
    }
    float[] sc = s.scores;
    java.util.Arrays.fill(sc, 0f);
    float[] v = s.vector;
    java.util.Arrays.fill(v, 0f);
    float[] table = linear.table();
    for (int i = 0; i < n; i++) {
      float w = weights[i];
      int o = feats[i] * groups;
      for (int c = 0; c < groups; c++) {
        sc[c] += w * termScores[o + c];
      }
      int vo = feats[i] * dimension;
      for (int k = 0; k < dimension; k++) {
        v[k] += w * table[vo + k];
      }
    }
    double norm = Math.sqrt(VectorMath.dot(v, 0, v, 0, dimension));
    if (norm == 0) {
      return -1;
    }
    int best = 0;
    for (int c = 1; c < groups; c++) {
      if (sc[c] > sc[best]) {
        best = c;
      }
    }
    return sc[best] / norm >= threshold ? best : -1;
  }

  private int bestDense(float[] v, Scratch s) {
    double norm = Math.sqrt(VectorMath.dot(v, 0, v, 0, dimension));
    if (norm == 0) {
      return -1;
    }
    int best = 0;
    float bestScore = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < groups; c++) {
      float sc = VectorMath.dot(v, 0, centroids, c * dimension, dimension);
      if (sc > bestScore) {
        bestScore = sc;
        best = c;
      }
    }
    return bestScore / norm >= threshold ? best : -1;
  }

  /** Per-thread work arrays. */
  static final class Scratch {
    int[] feats = new int[32];
    float[] weights = new float[32];
    final float[] vector;
    final float[] scores;

    Scratch(int dimension, int groups) {
      vector = new float[dimension];
      scores = new float[Math.max(1, groups)];
    }

    void ensure(int len) {
      if (feats.length < len) {
        feats = new int[len];
        weights = new float[len];
      }
    }
  }
}
