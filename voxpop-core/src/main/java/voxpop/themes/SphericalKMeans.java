package voxpop.themes;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Weighted spherical k-means (Dhillon and Modha, "Concept decompositions for large sparse text data
 * using clustering", Machine Learning 42, 2001) with k-means++ seeding (Arthur and Vassilvitskii,
 * SODA 2007) on unit vectors; the best of several restarts by total weighted cosine. Deterministic
 * for a given generator; assignments run over fixed chunks with {@link DotKernel}.
 */
final class SphericalKMeans {
  private SphericalKMeans() {}

  /** The cluster (0..k-1) of each row. */
  static int[] cluster(
      Vectors x,
      double[] weights,
      int k,
      int restarts,
      int iterations,
      SplittableRandom random,
      Workers workers) {
    int n = x.rows();
    k = Math.min(k, n);
    if (k <= 0) {
      return new int[n];
    }
    int[] best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < Math.max(1, restarts); r++) {
      float[] c = seed(x, weights, k, random);
      int[] y = null;
      float[] sim = new float[n];
      for (int it = 0; it < Math.max(1, iterations); it++) {
        int[] next = assign(x, c, k, workers, sim);
        boolean same = Arrays.equals(next, y);
        y = next;
        if (same) {
          break;
        }
        c = means(x, y, k, weights, c);
      }
      double score = 0;
      for (int i = 0; i < n; i++) {
        score += weights[i] * sim[i];
      }
      if (score > bestScore) {
        bestScore = score;
        best = y;
      }
    }
    return best;
  }

  /**
   * Plain Lloyd iterations from {@code k} distinct random rows: cheaper than k-means++ seeding, for
   * when only a rough partition is needed (the cells of an inverted-file index).
   */
  static int[] fromRandomRows(
      Vectors x, int k, int iterations, SplittableRandom random, Workers workers) {
    int n = x.rows();
    int d = x.dimension();
    k = Math.min(k, n);
    int[] rows = Leiden.permutation(n, random);
    float[] c = new float[k * d];
    for (int j = 0; j < k; j++) {
      System.arraycopy(x.data(), rows[j] * d, c, j * d, d);
    }
    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    float[] sim = new float[n];
    int[] y = assign(x, c, k, workers, sim);
    for (int it = 1; it < iterations; it++) {
      c = means(x, y, k, ones, c);
      y = assign(x, c, k, workers, sim);
    }
    return y;
  }

  /** Unit-length mean vectors of the clusters; an empty cluster gets a zero vector. */
  static float[] centroids(Vectors x, int[] y, int k) {
    double[] ones = new double[x.rows()];
    Arrays.fill(ones, 1);
    return means(x, y, k, ones, new float[k * x.dimension()]);
  }

  private static float[] seed(Vectors x, double[] weights, int k, SplittableRandom random) {
    int n = x.rows();
    int d = x.dimension();
    float[] c = new float[k * d];
    double[] dist = new double[n];
    Arrays.fill(dist, 1);
    int next = pick(weights, dist, random);
    for (int j = 0; j < k; j++) {
      System.arraycopy(x.data(), next * d, c, j * d, d);
      if (j + 1 == k) {
        break;
      }
      for (int i = 0; i < n; i++) {
        double dd = 1 - VectorMath.dot(x.data(), i * d, c, j * d, d);
        dist[i] = Math.min(dist[i], Math.max(0, dd));
      }
      next = pick(weights, dist, random);
    }
    return c;
  }

  private static int pick(double[] weights, double[] dist, SplittableRandom random) {
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * dist[i];
    }
    if (sum <= 0) {
      return random.nextInt(weights.length);
    }
    double u = random.nextDouble() * sum;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i] * dist[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** The nearest centroid of every row; {@code sim} receives the similarity to it. */
  static int[] assign(Vectors x, float[] c, int k, Workers workers, float[] sim) {
    int n = x.rows();
    int d = x.dimension();
    int[] y = new int[n];
    int[] cid = Leiden.identity(k);
    int blocks = Workers.chunks(k, DotKernel.BLOCK);
    float[][] t = new float[blocks][d * DotKernel.BLOCK];
    for (int b = 0; b < blocks; b++) {
      DotKernel.transpose(
          c, d, cid, b * DotKernel.BLOCK, Math.min(k, (b + 1) * DotKernel.BLOCK), t[b]);
    }
    int[] rows = Leiden.identity(n);
    workers.forChunks(
        n,
        1024,
        (ch, from, to) -> {
          float[][] scores = DotKernel.scratch();
          for (int q0 = from; q0 < to; q0 += 4) {
            int qn = Math.min(4, to - q0);
            float[] best = new float[qn];
            Arrays.fill(best, Float.NEGATIVE_INFINITY);
            for (int b = 0; b < blocks; b++) {
              int size = Math.min(k, (b + 1) * DotKernel.BLOCK) - b * DotKernel.BLOCK;
              DotKernel.score(x.data(), d, rows, q0, qn, t[b], size, scores);
              for (int q = 0; q < qn; q++) {
                for (int j = 0; j < size; j++) {
                  if (scores[q][j] > best[q]) {
                    best[q] = scores[q][j];
                    y[q0 + q] = b * DotKernel.BLOCK + j;
                  }
                }
              }
            }
            for (int q = 0; q < qn; q++) {
              sim[q0 + q] = best[q];
            }
          }
        });
    return y;
  }

  private static float[] means(Vectors x, int[] y, int k, double[] weights, float[] old) {
    int d = x.dimension();
    double[] sum = new double[k * d];
    double[] mass = new double[k];
    for (int i = 0; i < x.rows(); i++) {
      mass[y[i]] += weights[i];
      int o = i * d;
      int co = y[i] * d;
      for (int t = 0; t < d; t++) {
        sum[co + t] += weights[i] * x.data()[o + t];
      }
    }
    float[] c = new float[k * d];
    for (int j = 0; j < k; j++) {
      if (mass[j] == 0) {
        System.arraycopy(old, j * d, c, j * d, d);
        continue;
      }
      for (int t = 0; t < d; t++) {
        c[j * d + t] = (float) sum[j * d + t];
      }
      VectorMath.normalize(c, j * d, d);
    }
    return c;
  }
}
