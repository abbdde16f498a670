package voxpop.themes;

import java.util.SplittableRandom;

/**
 * Truncated SVD of a sparse matrix by randomized subspace iteration (Halko, Martinsson and Tropp,
 * "Finding structure with randomness", SIAM Review 2011, algorithms 4.4 and 5.1). Orthonormal bases
 * come from the eigen-decomposition of the small Gram matrix, which also copes with rank-deficient
 * inputs (tiny corpora). Deterministic for a given generator; products run over fixed chunks.
 */
final class RandomizedSvd {
  private static final int OVERSAMPLE = 10;

  /** The right singular vectors ({@code cols x rank}, row-major) and the singular values. */
  record Result(int rank, double[] v, double[] sigma) {}

  private RandomizedSvd() {}

  static Result compute(
      SparseRows a, int rank, int powerIterations, SplittableRandom random, Workers workers) {
    int l = Math.min(rank + OVERSAMPLE, Math.min(a.rows, a.cols));
    rank = Math.min(rank, l);
    if (l == 0) {
      return new Result(0, new double[0], new double[0]);
    }
    SparseRows at = a.transpose();
    double[] omega = new double[a.cols * l];
    for (int i = 0; i < omega.length; i++) {
      omega[i] = random.nextGaussian();
    }
    // Subspace iteration with columns only rescaled between products, and a (single-pass)
    // re-orthonormalisation every second iteration: enough to keep the trailing directions well
    // above double precision for text spectra, at a fraction of orthonormalising every product.
    double[] q = a.times(omega, l, workers);
    for (int it = 0; it < powerIterations; it++) {
      double[] z = at.times(scaleColumns(q, a.rows, l), l, workers);
      q = a.times(scaleColumns(z, a.cols, l), l, workers);
      if (it % 2 == 1 && it + 1 < powerIterations) {
        q = orthonormalize(q, a.rows, l, 1, workers);
      }
    }
    q = orthonormalize(q, a.rows, l, 2, workers);
    double[] bt = at.times(q, l, workers); // cols x l, that is (Q^T A)^T
    double[] gram = gram(bt, a.cols, l, workers);
    double[] w = new double[l * l];
    double[] lambda = Eigen.symmetric(gram, l, w);
    double[] sigma = new double[rank];
    double[] v = new double[a.cols * rank];
    for (int j = 0; j < rank; j++) {
      sigma[j] = Math.sqrt(Math.max(lambda[j], 0));
    }
    for (int r = 0; r < a.cols; r++) {
      for (int j = 0; j < rank; j++) {
        if (sigma[j] <= 1e-12) {
          continue;
        }
        double s = 0;
        for (int k = 0; k < l; k++) {
          s += bt[r * l + k] * w[k * l + j];
        }
        v[r * rank + j] = s / sigma[j];
      }
    }
    return new Result(rank, v, sigma);
  }

  /** {@code m^T m} of a row-major {@code rows x width} matrix, summed in a fixed order. */
  static double[] gram(double[] m, int rows, int width, Workers workers) {
    int chunk = 4096;
    int chunks = Workers.chunks(rows, chunk);
    double[][] parts = new double[chunks][];
    workers.forChunks(
        rows,
        chunk,
        (c, from, to) -> {
          double[] g = new double[width * width];
          for (int r = from; r < to; r++) {
            int o = r * width;
            for (int i = 0; i < width; i++) {
              double mi = m[o + i];
              if (mi == 0) {
                continue;
              }
              int go = i * width;
              for (int j = i; j < width; j++) {
                g[go + j] += mi * m[o + j];
              }
            }
          }
          parts[c] = g;
        });
    double[] g = new double[width * width];
    for (double[] p : parts) {
      for (int i = 0; i < g.length; i++) {
        g[i] += p[i];
      }
    }
    for (int i = 0; i < width; i++) {
      for (int j = 0; j < i; j++) {
        g[i * width + j] = g[j * width + i];
      }
    }
    return g;
  }

  /** Scales each column of a row-major {@code rows x width} matrix to unit length, in place. */
  private static double[] scaleColumns(double[] m, int rows, int width) {
    double[] norm = new double[width];
    for (int r = 0; r < rows; r++) {
      for (int j = 0; j < width; j++) {
        norm[j] += m[r * width + j] * m[r * width + j];
      }
    }
    for (int j = 0; j < width; j++) {
      norm[j] = norm[j] > 0 ? 1 / Math.sqrt(norm[j]) : 0;
    }
    for (int r = 0; r < rows; r++) {
      for (int j = 0; j < width; j++) {
        m[r * width + j] *= norm[j];
      }
    }
    return m;
  }

  /**
   * An orthonormal basis of the column space of {@code y} ({@code rows x width}, row-major),
   * through the eigen-decomposition of the Gram matrix, {@code passes} times for accuracy;
   * directions with no energy become zero columns.
   */
  static double[] orthonormalize(double[] y, int rows, int width, int passes, Workers workers) {
    for (int pass = 0; pass < passes; pass++) {
      double[] g = gram(y, rows, width, workers);
      double[] w = new double[width * width];
      double[] lambda = Eigen.symmetric(g, width, w);
      double top = Math.max(lambda[0], 0);
      double[] t = new double[width * width];
      for (int j = 0; j < width; j++) {
        if (lambda[j] > top * 1e-12 && lambda[j] > 0) {
          double s = 1 / Math.sqrt(lambda[j]);
          for (int k = 0; k < width; k++) {
            t[k * width + j] = w[k * width + j] * s;
          }
        }
      }
      double[] out = new double[rows * width];
      double[] src = y;
      workers.forChunks(
          rows,
          4096,
          (c, from, to) -> {
            for (int r = from; r < to; r++) {
              int o = r * width;
              for (int k = 0; k < width; k++) {
                double v = src[o + k];
                if (v == 0) {
                  continue;
                }
                int to2 = k * width;
                for (int j = 0; j < width; j++) {
                  out[o + j] += v * t[to2 + j];
                }
              }
            }
          });
      y = out;
    }
    return y;
  }
}
