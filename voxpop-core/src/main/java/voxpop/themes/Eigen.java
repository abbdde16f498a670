package voxpop.themes;

/**
 * Eigen-decomposition of small symmetric matrices by cyclic Jacobi rotations (Golub and Van Loan,
 * Matrix Computations, 4th ed., section 8.5). Used on the {@code l x l} matrices of the randomized
 * SVD, where {@code l} is about a hundred. Stateless.
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
    java.util.Arrays.fill(vectors, 0);
    for (int i = 0; i < n; i++) {
      vectors[i * n + i] = 1;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      double diag = 0;
      for (int i = 0; i < n; i++) {
        diag += a[i * n + i] * a[i * n + i];
        for (int j = i + 1; j < n; j++) {
          off += a[i * n + j] * a[i * n + j];
        }
      }
      if (off <= 1e-24 * diag || off == 0) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          double apq = a[p * n + q];
          double app = a[p * n + p];
          double aqq = a[q * n + q];
          if (Math.abs(apq) <= 1e-15 * Math.sqrt(Math.abs(app * aqq)) || apq == 0) {
            continue;
          }
          double theta = (aqq - app) / (2 * apq);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int k = 0; k < n; k++) {
            double akp = a[k * n + p];
            double akq = a[k * n + q];
            a[k * n + p] = c * akp - s * akq;
            a[k * n + q] = s * akp + c * akq;
          }
          for (int k = 0; k < n; k++) {
            double apk = a[p * n + k];
            double aqk = a[q * n + k];
            a[p * n + k] = c * apk - s * aqk;
            a[q * n + k] = s * apk + c * aqk;
          }
          for (int k = 0; k < n; k++) {
            double vkp = vectors[k * n + p];
            double vkq = vectors[k * n + q];
            vectors[k * n + p] = c * vkp - s * vkq;
            vectors[k * n + q] = s * vkp + c * vkq;
          }
        }
      }
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = a[i * n + i];
    }
    sortDescending(values, vectors, n);
    return values;
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
