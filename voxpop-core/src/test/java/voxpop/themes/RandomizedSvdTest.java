package voxpop.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomizedSvdTest {
  @Test
  void eigenDecomposesASymmetricMatrix() {
    double[] a = {2, 1, 1, 2};
    double[] v = new double[4];
    double[] values = Eigen.symmetric(a, 2, v);
    assertThat(values[0]).isCloseTo(3, within(1e-12));
    assertThat(values[1]).isCloseTo(1, within(1e-12));
    assertThat(Math.abs(v[0])).isCloseTo(Math.sqrt(0.5), within(1e-12));
    assertThat(v[0] * v[2]).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void eigenVectorsOfARandomSymmetricMatrixAreOrthonormalAndExact() {
    int n = 40;
    java.util.SplittableRandom r = new java.util.SplittableRandom(5);
    double[] a = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        a[i * n + j] = a[j * n + i] = r.nextGaussian();
      }
    }
    double[] copy = a.clone();
    double[] v = new double[n * n];
    double[] values = Eigen.symmetric(copy, n, v);
    for (int c = 0; c < n; c++) {
      if (c > 0) {
        assertThat(values[c]).isLessThanOrEqualTo(values[c - 1]);
      }
      for (int i = 0; i < n; i++) {
        double av = 0;
        for (int k = 0; k < n; k++) {
          av += a[i * n + k] * v[k * n + c];
        }
        assertThat(av).isCloseTo(values[c] * v[i * n + c], within(1e-9));
      }
      for (int d = 0; d < n; d++) {
        double dot = 0;
        for (int k = 0; k < n; k++) {
          dot += v[k * n + c] * v[k * n + d];
        }
        assertThat(dot).isCloseTo(c == d ? 1 : 0, within(1e-9));
      }
    }
  }

  @Test
  void wideAndTallMatricesGiveTheSameSingularValues() {
    // 3 x 5 (wide: row space) and its transpose 5 x 3 (tall: column space) share their spectrum
    SparseRows wide =
        new SparseRows(
            3, 5, new int[] {0, 2, 4, 5}, new int[] {0, 3, 1, 4, 2}, new float[] {4, 1, 3, 2, 1});
    try (Workers w = new Workers(1)) {
      RandomizedSvd.Result a = RandomizedSvd.compute(wide, 3, 2, new SplittableRandom(1), w);
      RandomizedSvd.Result b =
          RandomizedSvd.compute(wide.transpose(), 3, 2, new SplittableRandom(1), w);
      for (int j = 0; j < 3; j++) {
        assertThat(a.sigma()[j]).isCloseTo(b.sigma()[j], within(1e-9));
      }
      assertThat(a.sigma()[0]).isCloseTo(Math.sqrt(17), within(1e-9));
    }
  }

  @Test
  void recoversTheSingularValuesOfADiagonalMatrix() {
    // 4 x 3 with singular values 5, 3, 1
    SparseRows a =
        new SparseRows(4, 3, new int[] {0, 1, 2, 3, 3}, new int[] {1, 0, 2}, new float[] {3, 5, 1});
    try (Workers w = new Workers(1)) {
      RandomizedSvd.Result r = RandomizedSvd.compute(a, 2, 2, new SplittableRandom(3), w);
      assertThat(r.rank()).isEqualTo(2);
      assertThat(r.sigma()[0]).isCloseTo(5, within(1e-9));
      assertThat(r.sigma()[1]).isCloseTo(3, within(1e-9));
      // first right singular vector is +-e0, second +-e1
      assertThat(Math.abs(r.v()[0])).isCloseTo(1, within(1e-9));
      assertThat(Math.abs(r.v()[1 * 2 + 1])).isCloseTo(1, within(1e-9));
    }
  }

  @Test
  void anEmptyMatrixHasRankZero() {
    SparseRows a = new SparseRows(0, 0, new int[] {0}, new int[0], new float[0]);
    try (Workers w = new Workers(1)) {
      assertThat(RandomizedSvd.compute(a, 5, 2, new SplittableRandom(1), w).rank()).isZero();
    }
  }
}
