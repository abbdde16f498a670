package voxpop.themes;

/**
 * Greedy agglomeration of a (small) graph's nodes into exactly {@code k} groups, each step merging
 * the pair whose union raises modularity most (Clauset, Newman and Moore, Phys. Rev. E 70, 2004);
 * unconnected groups are merged smallest first when nothing connected is left. Cubic in the number
 * of nodes, which is the number of sub-themes (hundreds). Deterministic; stateless.
 */
final class GreedyMerge {
  private GreedyMerge() {}

  /** The group (0 .. k-1) of each node of {@code g}. */
  static int[] toCount(Graph g, int k) {
    int n = g.n;
    double[] strength = g.strengths();
    double total = 0;
    for (double s : strength) {
      total += s;
    }
    double gamma = total > 0 ? 1 / total : 0;
    double[][] between = new double[n][n];
    for (int v = 0; v < n; v++) {
      for (int e = g.start[v]; e < g.start[v + 1]; e++) {
        between[v][g.adj[e]] += g.w[e];
      }
    }
    double[] weight = strength.clone();
    int[] root = Leiden.identity(n);
    boolean[] alive = new boolean[n];
    java.util.Arrays.fill(alive, true);
    int groups = n;
    while (groups > k) {
      int ba = -1;
      int bb = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int a = 0; a < n; a++) {
        if (!alive[a]) {
          continue;
        }
        for (int b = a + 1; b < n; b++) {
          if (!alive[b]) {
            continue;
          }
          double gain = between[a][b] - gamma * weight[a] * weight[b];
          if (gain > best) {
            best = gain;
            ba = a;
            bb = b;
          }
        }
      }
      alive[bb] = false;
      weight[ba] += weight[bb];
      for (int c = 0; c < n; c++) {
        between[ba][c] += between[bb][c];
        between[c][ba] = between[ba][c];
      }
      between[ba][ba] = 0;
      for (int v = 0; v < n; v++) {
        if (root[v] == bb) {
          root[v] = ba;
        }
      }
      groups--;
    }
    return Leiden.renumber(root);
  }
}
