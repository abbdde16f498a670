package voxpop.bench.themes;

import java.util.HashMap;
import java.util.Map;

/**
 * Clustering scores against labels: NMI (arithmetic normalisation, as scikit-learn), ARI (Hubert
 * and Arabie 1985) and matched accuracy (Hungarian matching of clusters to classes). Interim copy
 * for the harness until {@code voxpop.eval.ClusteringMetrics} lands. "Other" (-1) counts as one
 * cluster.
 */
final class Scores {
  private Scores() {}

  record Result(double nmi, double ari, double acc, int clusters) {}

  static Result of(int[] predicted, int[] truth) {
    int n = predicted.length;
    int[] p = dense(predicted);
    int[] t = dense(truth);
    int kp = max(p) + 1;
    int kt = max(t) + 1;
    long[][] table = new long[kp][kt];
    for (int i = 0; i < n; i++) {
      table[p[i]][t[i]]++;
    }
    long[] rows = new long[kp];
    long[] cols = new long[kt];
    for (int i = 0; i < kp; i++) {
      for (int j = 0; j < kt; j++) {
        rows[i] += table[i][j];
        cols[j] += table[i][j];
      }
    }
    double mi = 0;
    for (int i = 0; i < kp; i++) {
      for (int j = 0; j < kt; j++) {
        if (table[i][j] > 0) {
          double nij = table[i][j];
          mi += nij / n * Math.log(nij * n / ((double) rows[i] * cols[j]));
        }
      }
    }
    double hp = entropy(rows, n);
    double ht = entropy(cols, n);
    double nmi = hp + ht == 0 ? 1 : 2 * mi / (hp + ht);
    double sumComb = 0;
    for (long[] r : table) {
      for (long x : r) {
        sumComb += comb2(x);
      }
    }
    double a = 0;
    for (long r : rows) {
      a += comb2(r);
    }
    double b = 0;
    for (long c : cols) {
      b += comb2(c);
    }
    double expected = a * b / comb2(n);
    double maxIndex = (a + b) / 2;
    double ari = maxIndex == expected ? 1 : (sumComb - expected) / (maxIndex - expected);
    double acc = Hungarian.maxMatch(table) / (double) n;
    return new Result(nmi, ari, acc, kp);
  }

  private static double comb2(long x) {
    return x * (x - 1) / 2.0;
  }

  private static double entropy(long[] counts, int n) {
    double h = 0;
    for (long c : counts) {
      if (c > 0) {
        h -= (double) c / n * Math.log((double) c / n);
      }
    }
    return h;
  }

  private static int[] dense(int[] labels) {
    Map<Integer, Integer> ids = new HashMap<>();
    int[] out = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      out[i] = ids.computeIfAbsent(labels[i], k -> ids.size());
    }
    return out;
  }

  private static int max(int[] a) {
    int m = -1;
    for (int x : a) {
      m = Math.max(m, x);
    }
    return m;
  }
}
