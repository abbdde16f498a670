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
  private static final int ROW_BLOCK = 32;

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
    if (a.cols < a.rows) {
      return viaColumns(a, at, rank, l, powerIterations, random, workers);
    }
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
    int r0 = rank;
    workers.forChunks(
        a.cols,
        1024,
        (c, from, to) -> {
          for (int r = from; r < to; r++) {
            int vo = r * r0;
            for (int k = 0; k < l; k++) {
              double b = bt[r * l + k];
              if (b == 0) {
                continue;
              }
              int wo = k * l;
              for (int j = 0; j < r0; j++) {
                v[vo + j] += b * w[wo + j];
              }
            }
            for (int j = 0; j < r0; j++) {
              v[vo + j] = sigma[j] > 1e-12 ? v[vo + j] / sigma[j] : 0;
            }
          }
        });
    return new Result(rank, v, sigma);
  }

  /**
   * The same decomposition when there are fewer columns (stems) than rows (questions): the range is
   * found in column space, where orthonormalising {@code cols x l} bases is cheaper than {@code
   * rows x l} ones. With {@code Q} an orthonormal basis of that range, the right singular vectors
   * are {@code Q W} where {@code W} diagonalises {@code (A Q)^T (A Q)}.
   */
  private static Result viaColumns(
      SparseRows a,
      SparseRows at,
      int rank,
      int l,
      int powerIterations,
      SplittableRandom random,
      Workers workers) {
    double[] omega = new double[a.rows * l];
    for (int i = 0; i < omega.length; i++) {
      omega[i] = random.nextGaussian();
    }
    double[] q = at.times(omega, l, workers);
    for (int it = 0; it < powerIterations; it++) {
      double[] y = a.times(scaleColumns(q, a.cols, l), l, workers);
      q = at.times(scaleColumns(y, a.rows, l), l, workers);
      if (it % 2 == 1 && it + 1 < powerIterations) {
        q = orthonormalize(q, a.cols, l, 1, workers);
      }
    }
    double[] basis = orthonormalize(q, a.cols, l, 2, workers);
    double[] aq = a.times(basis, l, workers);
    double[] gram = gram(aq, a.rows, l, workers);
    double[] w = new double[l * l];
    double[] lambda = Eigen.symmetric(gram, l, w);
    double[] sigma = new double[rank];
    for (int j = 0; j < rank; j++) {
      sigma[j] = Math.sqrt(Math.max(lambda[j], 0));
    }
    double[] v = new double[a.cols * rank];
    int r0 = rank;
    workers.forChunks(
        a.cols,
        1024,
        (c, from, to) -> {
          for (int r = from; r < to; r++) {
            int vo = r * r0;
            for (int k = 0; k < l; k++) {
              double b = basis[r * l + k];
              if (b == 0) {
                continue;
              }
              int wo = k * l;
              for (int j = 0; j < r0; j++) {
                v[vo + j] += b * w[wo + j];
              }
            }
            for (int j = 0; j < r0; j++) {
              if (sigma[j] <= 1e-12) {
                v[vo + j] = 0;
              }
            }
          }
        });
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
          // Blocks of rows stay in cache while each row of g is updated from all of them; every
          // g[i][j] still sums its rows in ascending order.
          double[] g = new double[width * width];
          for (int b = from; b < to; b += ROW_BLOCK) {
            int end = Math.min(to, b + ROW_BLOCK);
            for (int i = 0; i < width; i++) {
              int go = i * width;
              for (int r = b; r < end; r++) {
                int o = r * width;
                double mi = m[o + i];
                if (mi == 0) {
                  continue;
                }
                for (int j = i; j < width; j++) {
                  g[go + j] += mi * m[o + j];
                }
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
            for (int b = from; b < to; b += ROW_BLOCK) {
              int end = Math.min(to, b + ROW_BLOCK);
              for (int k = 0; k < width; k++) {
                int tk = k * width;
                for (int r = b; r < end; r++) {
                  int o = r * width;
                  double v = src[o + k];
                  if (v == 0) {
                    continue;
                  }
                  for (int j = 0; j < width; j++) {
                    out[o + j] += v * t[tk + j];
                  }
                }
              }
            }
          });
      y = out;
    }
    return y;
  }
}
