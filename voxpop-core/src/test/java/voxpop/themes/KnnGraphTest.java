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
}
