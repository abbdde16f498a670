package voxpop.themes;

/**
 * Eigen-decomposition of small symmetric matrices: Householder reduction to tridiagonal form, then
 * the implicit QL algorithm with Wilkinson shifts, rotations accumulated into the eigenvectors
 * (Golub and Van Loan, Matrix Computations, 4th ed., sections 8.3.1 and 8.3.5). About {@code 3n^3}
 * operations, which is what makes randomized SVDs of a few hundred dimensions affordable. Used on
 * the {@code l x l} matrices of the randomized SVD. Stateless.
 */
final class Eigen {
  private Eigen() {}

  /**
   * Decomposes the symmetric {@code n x n} row-major matrix {@code a} (destroyed).
   *
   * @param vectors receives the eigenvectors as columns, row-major {@code n x n}
   * @return the eigenvalues, in decreasing order, matching the columns of {@code vectors}
   */
  static double[] symmetric(double[] a, int n, double[] vectors) {
    double[] d = new double[n];
    double[] e = new double[n];
    tridiagonalize(a, n, vectors, d, e);
    ql(d, e, n, vectors);
    sortDescending(d, vectors, n);
    return d;
  }

  /**
   * Householder reduction {@code A = Q T Q^T}: {@code d} receives T's diagonal, {@code e[i]} the
   * entry between {@code i} and {@code i + 1}, {@code q} the orthogonal Q (row-major).
   */
  private static void tridiagonalize(double[] a, int n, double[] q, double[] d, double[] e) {
    java.util.Arrays.fill(q, 0);
    for (int i = 0; i < n; i++) {
      q[i * n + i] = 1;
    }
    double[] v = new double[n];
    double[] p = new double[n];
    for (int k = 0; k + 2 < n; k++) {
      double norm = 0;
      for (int i = k + 1; i < n; i++) {
        norm += a[i * n + k] * a[i * n + k];
      }
      norm = Math.sqrt(norm);
      if (norm == 0) {
        continue;
      }
      double x0 = a[(k + 1) * n + k];
      double alpha = x0 > 0 ? -norm : norm;
      double vnorm = 0;
      for (int i = k + 1; i < n; i++) {
        v[i] = a[i * n + k];
      }
      v[k + 1] -= alpha;
      for (int i = k + 1; i < n; i++) {
        vnorm += v[i] * v[i];
      }
      vnorm = Math.sqrt(vnorm);
      if (vnorm == 0) {
        continue;
      }
      for (int i = k + 1; i < n; i++) {
        v[i] /= vnorm;
      }
      // A <- H A H on the trailing block, with H = I - 2 v v^T
      double kk = 0;
      for (int i = k + 1; i < n; i++) {
        double s = 0;
        int row = i * n;
        for (int j = k + 1; j < n; j++) {
          s += a[row + j] * v[j];
        }
        p[i] = s;
        kk += v[i] * s;
      }
      for (int i = k + 1; i < n; i++) {
        p[i] -= kk * v[i];
      }
      for (int i = k + 1; i < n; i++) {
        int row = i * n;
        double vi = v[i];
        double pi = p[i];
        for (int j = k + 1; j < n; j++) {
          a[row + j] -= 2 * (vi * p[j] + pi * v[j]);
        }
      }
      for (int i = k + 1; i < n; i++) {
        a[i * n + k] = 0;
        a[k * n + i] = 0;
      }
      a[(k + 1) * n + k] = alpha;
      a[k * n + k + 1] = alpha;
      // Q <- Q H
      for (int r = 0; r < n; r++) {
        int row = r * n;
        double s = 0;
        for (int j = k + 1; j < n; j++) {
          s += q[row + j] * v[j];
        }
        s *= 2;
        for (int j = k + 1; j < n; j++) {
          q[row + j] -= s * v[j];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      d[i] = a[i * n + i];
      e[i] = i + 1 < n ? a[i * n + i + 1] : 0;
    }
  }

  /** Implicit QL on the tridiagonal (d, e), rotating the columns of {@code z}. */
  private static void ql(double[] d, double[] e, int n, double[] z) {
    for (int l = 0; l < n; l++) {
      for (int iteration = 0; iteration < 60; iteration++) {
        int m = l;
        while (m + 1 < n) {
          double dd = Math.abs(d[m]) + Math.abs(d[m + 1]);
          if (Math.abs(e[m]) <= 1e-15 * dd) {
            break;
          }
          m++;
        }
        if (m == l) {
          break;
        }
        double g = (d[l + 1] - d[l]) / (2 * e[l]);
        double r = Math.hypot(g, 1);
        g = d[m] - d[l] + e[l] / (g + (g >= 0 ? r : -r));
        double s = 1;
        double c = 1;
        double p = 0;
        int i = m - 1;
        boolean underflow = false;
        for (; i >= l; i--) {
          double f = s * e[i];
          double b = c * e[i];
          r = Math.hypot(f, g);
          e[i + 1] = r;
          if (r == 0) {
            d[i + 1] -= p;
            e[m] = 0;
            underflow = true;
            break;
          }
          s = f / r;
          c = g / r;
          g = d[i + 1] - p;
          r = (d[i] - g) * s + 2 * c * b;
          p = s * r;
          d[i + 1] = g + p;
          g = c * r - b;
          for (int k = 0; k < n; k++) {
            int row = k * n;
            double zf = z[row + i + 1];
            z[row + i + 1] = s * z[row + i] + c * zf;
            z[row + i] = c * z[row + i] - s * zf;
          }
        }
        if (underflow) {
          continue;
        }
        d[l] -= p;
        e[l] = g;
        e[m] = 0;
      }
    }
  }

  private static void sortDescending(double[] values, double[] vectors, int n) {
    for (int i = 0; i < n; i++) {
      int best = i;
      for (int j = i + 1; j < n; j++) {
        if (values[j] > values[best]) {
          best = j;
        }
      }
      if (best != i) {
        double t = values[i];
        values[i] = values[best];
        values[best] = t;
        for (int k = 0; k < n; k++) {
          double v = vectors[k * n + i];
          vectors[k * n + i] = vectors[k * n + best];
          vectors[k * n + best] = v;
        }
      }
    }
  }
}
