package voxpop.themes;

import java.util.Arrays;

/**
 * An undirected weighted graph in compressed-row form (each edge stored in both directions), with
 * self-loop weights and node weights, as Leiden's aggregation produces it. Immutable.
 */
final class Graph {
  final int n;
  final int[] start;
  final int[] adj;
  final double[] w;
  final double[] selfLoop;

  Graph(int n, int[] start, int[] adj, double[] w, double[] selfLoop) {
    this.n = n;
    this.start = start;
    this.adj = adj;
    this.w = w;
    this.selfLoop = selfLoop;
  }

  /**
   * The symmetric union of a k-nearest-neighbour relation: an edge joins two questions when either
   * is among the other's neighbours, weighted by their (non-negative) similarity.
   */
  static Graph fromNeighbours(KnnGraph.Neighbours nb, int n) {
    int k = nb.k();
    int[] deg = new int[n + 1];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < k; t++) {
        int j = nb.ids()[i * k + t];
        if (j >= 0 && nb.sims()[i * k + t] > 0) {
          deg[i + 1]++;
          deg[j + 1]++;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      deg[i + 1] += deg[i];
    }
    int[] fill = Arrays.copyOf(deg, n);
    int[] adj = new int[deg[n]];
    double[] w = new double[deg[n]];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < k; t++) {
        int j = nb.ids()[i * k + t];
        double s = nb.sims()[i * k + t];
        if (j >= 0 && s > 0) {
          adj[fill[i]] = j;
          w[fill[i]++] = s;
          adj[fill[j]] = i;
          w[fill[j]++] = s;
        }
      }
    }
    return dedupe(n, deg, adj, w, new double[n]);
  }

  /**
   * Sorts each adjacency list by neighbour and merges repeated edges, keeping the larger weight.
   */
  private static Graph dedupe(int n, int[] start, int[] adj, double[] w, double[] self) {
    int[] nStart = new int[n + 1];
    int at = 0;
    long[] keys = new long[0];
    for (int i = 0; i < n; i++) {
      int len = start[i + 1] - start[i];
      if (keys.length < len) {
        keys = new long[len];
      }
      for (int e = 0; e < len; e++) {
        keys[e] = ((long) adj[start[i] + e] << 32) | e;
      }
      Arrays.sort(keys, 0, len);
      nStart[i] = at;
      int base = start[i];
      double[] ws = Arrays.copyOfRange(w, base, base + len);
      for (int e = 0; e < len; ) {
        int j = (int) (keys[e] >>> 32);
        double best = 0;
        while (e < len && (int) (keys[e] >>> 32) == j) {
          best = Math.max(best, ws[(int) keys[e]]);
          e++;
        }
        adj[at] = j;
        w[at++] = best;
      }
    }
    nStart[n] = at;
    return new Graph(n, nStart, Arrays.copyOf(adj, at), Arrays.copyOf(w, at), self);
  }

  /** Each node's strength: the weight of its edges, self-loops counted twice. */
  double[] strengths() {
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 2 * selfLoop[i];
      for (int e = start[i]; e < start[i + 1]; e++) {
        sum += w[e];
      }
      s[i] = sum;
    }
    return s;
  }

  /**
   * The graph of the communities of {@code part} (ids {@code 0..count-1}): one node per community,
   * edge weights summed, internal weight as self-loops.
   */
  Graph aggregate(int[] part, int count) {
    int[] order = new int[n];
    int[] cStart = new int[count + 1];
    for (int i = 0; i < n; i++) {
      cStart[part[i] + 1]++;
    }
    for (int c = 0; c < count; c++) {
      cStart[c + 1] += cStart[c];
    }
    int[] fill = Arrays.copyOf(cStart, count);
    for (int i = 0; i < n; i++) {
      order[fill[part[i]]++] = i;
    }
    double[] acc = new double[count];
    int[] touched = new int[count];
    boolean[] seen = new boolean[count];
    int[] nStart = new int[count + 1];
    int[] nAdj = new int[Math.max(0, adj.length)];
    double[] nW = new double[Math.max(0, adj.length)];
    double[] nSelf = new double[count];
    int at = 0;
    for (int c = 0; c < count; c++) {
      int tn = 0;
      double self = 0;
      for (int m = cStart[c]; m < cStart[c + 1]; m++) {
        int i = order[m];
        self += selfLoop[i];
        for (int e = start[i]; e < start[i + 1]; e++) {
          int d = part[adj[e]];
          if (d == c) {
            self += w[e] / 2;
          } else {
            if (!seen[d]) {
              seen[d] = true;
              touched[tn++] = d;
            }
            acc[d] += w[e];
          }
        }
      }
      Arrays.sort(touched, 0, tn);
      nStart[c] = at;
      for (int t = 0; t < tn; t++) {
        int d = touched[t];
        nAdj[at] = d;
        nW[at++] = acc[d];
        acc[d] = 0;
        seen[d] = false;
      }
      nSelf[c] = self;
    }
    nStart[count] = at;
    return new Graph(count, nStart, Arrays.copyOf(nAdj, at), Arrays.copyOf(nW, at), nSelf);
  }
}
