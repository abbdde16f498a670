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
