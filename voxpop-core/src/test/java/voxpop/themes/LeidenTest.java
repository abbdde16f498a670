package voxpop.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LeidenTest {
  /** Two 4-cliques (0-3, 4-7) joined by the single edge 3-4, every weight 1. */
  private static Graph twoCliques() {
    KnnGraph.Neighbours nb = new KnnGraph.Neighbours(3, new int[8 * 3], new float[8 * 3]);
    int[][] lists = {
      {1, 2, 3}, {0, 2, 3}, {0, 1, 3}, {0, 1, 4}, {5, 6, 7}, {4, 6, 7}, {4, 5, 7}, {4, 5, 6}
    };
    for (int i = 0; i < 8; i++) {
      for (int t = 0; t < 3; t++) {
        nb.ids()[i * 3 + t] = lists[i][t];
        nb.sims()[i * 3 + t] = 1f;
      }
    }
    return Graph.fromNeighbours(nb, 8);
  }

  private static int[] modularity(Graph g, double resolution) {
    double[] s = g.strengths();
    double total = java.util.Arrays.stream(s).sum();
    return Leiden.cluster(g, s, resolution / total, 10, null, new SplittableRandom(1));
  }

  @Test
  void splitsTwoCliquesJoinedByOneEdge() {
    assertThat(modularity(twoCliques(), 1.0)).containsExactly(0, 0, 0, 0, 1, 1, 1, 1);
  }

  @Test
  void aLowResolutionMergesEverything() {
    assertThat(modularity(twoCliques(), 0.01)).containsOnly(0);
  }

  @Test
  void symmetricUnionKeepsOneEdgePerPair() {
    Graph g = twoCliques();
    assertThat(g.start[1] - g.start[0]).isEqualTo(3);
    assertThat(g.start[4] - g.start[3]).isEqualTo(4);
    assertThat(g.strengths()).containsExactly(3, 3, 3, 4, 4, 3, 3, 3);
  }

  @Test
  void aggregationKeepsInternalWeightAsSelfLoops() {
    Graph agg = twoCliques().aggregate(new int[] {0, 0, 0, 0, 1, 1, 1, 1}, 2);
    assertThat(agg.n).isEqualTo(2);
    assertThat(agg.selfLoop).containsExactly(6.0, 6.0);
    assertThat(agg.w).containsExactly(1.0, 1.0);
  }

  @Test
  void emptyAndSingleNodeGraphs() {
    Graph empty = new Graph(0, new int[] {0}, new int[0], new double[0], new double[0]);
    assertThat(Leiden.cluster(empty, new double[0], 1, 5, null, new SplittableRandom(1))).isEmpty();
    Graph one = new Graph(1, new int[] {0, 0}, new int[0], new double[0], new double[1]);
    assertThat(Leiden.cluster(one, new double[] {1}, 1, 5, null, new SplittableRandom(1)))
        .containsExactly(0);
  }
}
