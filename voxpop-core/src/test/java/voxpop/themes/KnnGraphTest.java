package voxpop.themes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KnnGraphTest {
  @Test
  void findsTheNearestByCosineBestFirst() {
    float c = (float) Math.cos(0.1);
    float s = (float) Math.sin(0.1);
    // unit vectors at angles 0, 0.1, pi/2, pi/2 + 0.1: the last is nearer to 0.1 than to 0
    Vectors x = new Vectors(4, 2, new float[] {1, 0, c, s, 0, 1, -s, c});
    try (Workers w = new Workers(2)) {
      KnnGraph.Neighbours nb = KnnGraph.build(x, 2, w, new java.util.SplittableRandom(1));
      assertThat(nb.ids()).containsExactly(1, 2, 0, 2, 3, 1, 2, 1);
      assertThat(nb.sims()[0]).isCloseTo(c, org.assertj.core.data.Offset.offset(1e-6f));
    }
  }

  @Test
  void asksForNoMoreNeighboursThanThereAreOthers() {
    Vectors x = new Vectors(2, 1, new float[] {1, 1});
    try (Workers w = new Workers(1)) {
      KnnGraph.Neighbours nb = KnnGraph.build(x, 5, w, new java.util.SplittableRandom(1));
      assertThat(nb.k()).isEqualTo(1);
      assertThat(nb.ids()).containsExactly(1, 0);
    }
  }

  @Test
  void singleAndEmptyInputHaveNoNeighbours() {
    try (Workers w = new Workers(1)) {
      assertThat(
              KnnGraph.build(
                      new Vectors(1, 2, new float[] {1, 0}),
                      3,
                      w,
                      new java.util.SplittableRandom(1))
                  .k())
          .isZero();
      assertThat(
              KnnGraph.build(
                      new Vectors(0, 2, new float[0]), 3, w, new java.util.SplittableRandom(1))
                  .ids())
          .isEmpty();
    }
  }

  @Test
  void sparseRowsAreNeighboursOnlyThroughSharedFeatures() {
    SparseRows x = fourRows();
    try (Workers w = new Workers(2)) {
      KnnGraph.Neighbours nb = KnnGraph.sparse(x, 2, w);
      assertThat(nb.ids()).containsExactly(1, -1, 0, 2, 1, -1, -1, -1);
      assertThat(nb.sims()[0]).isCloseTo(0.8f, org.assertj.core.data.Offset.offset(1e-6f));
      assertThat(nb.sims()[3]).isCloseTo(0.36f, org.assertj.core.data.Offset.offset(1e-6f));
    }
  }

  @Test
  void theFirstNeighboursAreTheNearestOfTheLongerLists() {
    // row 1's neighbours are 0 (0.8) then 2 (0.36)
    SparseRows x = fourRows();
    try (Workers w = new Workers(2)) {
      KnnGraph.Neighbours two = KnnGraph.sparse(x, 2, w);
      KnnGraph.Neighbours one = two.first(1);
      assertThat(one.k()).isEqualTo(1);
      assertThat(one.ids()).containsExactly(1, 0, 1, -1);
      assertThat(one.sims()[1]).isEqualTo(two.sims()[2]);
      assertThat(two.first(2)).isSameAs(two);
      assertThat(two.first(5)).isSameAs(two);
    }
  }

  @Test
  void sparseSingleAndEmptyInputHaveNoNeighbours() {
    try (Workers w = new Workers(1)) {
      SparseRows one = new SparseRows(1, 1, new int[] {0, 1}, new int[] {0}, new float[] {1f});
      assertThat(KnnGraph.sparse(one, 3, w).k()).isZero();
      SparseRows none = new SparseRows(0, 1, new int[] {0}, new int[0], new float[0]);
      assertThat(KnnGraph.sparse(none, 3, w).ids()).isEmpty();
    }
  }

  /** Rows {f0}, {f0, f1}, {f1, f2}, {f3}, each of unit length. */
  private static SparseRows fourRows() {
    return new SparseRows(
        4,
        4,
        new int[] {0, 1, 3, 5, 6},
        new int[] {0, 0, 1, 1, 2, 3},
        new float[] {1f, 0.8f, 0.6f, 0.6f, 0.8f, 1f});
  }
}
