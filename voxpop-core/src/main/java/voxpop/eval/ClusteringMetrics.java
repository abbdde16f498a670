package voxpop.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * External clustering scores against true classes, with the conventions of scikit-learn 1.x so that
 * numbers compare with published ones:
 *
 * <ul>
 *   <li>NMI (Strehl and Ghosh, 2002) with the arithmetic mean of the two entropies as normaliser;
 *   <li>ARI (Hubert and Arabie, 1985), from the pair confusion counts;
 *   <li>homogeneity, completeness and V-measure (Rosenberg and Hirschberg, 2007; V-measure equals
 *       arithmetic NMI);
 *   <li>matched accuracy: the largest share of items whose cluster is matched to their class when
 *       clusters and classes are matched one to one (Hungarian method on the contingency table);
 *       with more clusters than classes, each class takes at most one cluster and the others count
 *       as wrong.
 * </ul>
 *
 * Degenerate cases follow scikit-learn: no items, or one class and one cluster, score 1. Stateless
 * and thread-safe.
 */
public final class ClusteringMetrics {
  private ClusteringMetrics() {}

  /** Scores predicted labels against true labels, item by item. */
  public static ClusteringScores score(List<String> truth, List<String> predicted) {
    if (truth.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "the labelings differ in length: " + truth.size() + " and " + predicted.size());
    }
    return score(Contingency.of(encode(truth), encode(predicted)));
  }

  /** Every score of one contingency table. */
  public static ClusteringScores score(Contingency t) {
    double hc = entropy(t, true);
    double hk = entropy(t, false);
    double mi = mutualInformation(t);
    double homogeneity = hc == 0 ? 1.0 : mi / hc;
    double completeness = hk == 0 ? 1.0 : mi / hk;
    double v =
        homogeneity + completeness == 0
            ? 0.0
            : 2 * homogeneity * completeness / (homogeneity + completeness);
    return new ClusteringScores(
        t.n(),
        t.classes(),
        t.clusters(),
        nmi(t, hc, hk, mi),
        ari(t),
        homogeneity,
        completeness,
        v,
        matchedAccuracy(t));
  }

  /** Dense ids for labels, in order of first appearance. */
  static int[] encode(List<String> labels) {
    Map<String, Integer> ids = new HashMap<>();
    int[] out = new int[labels.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.computeIfAbsent(labels.get(i), k -> ids.size());
    }
    return out;
  }

  private static double nmi(Contingency t, double hc, double hk, double mi) {
    if (t.n() == 0 || (t.classes() == 1 && t.clusters() == 1)) {
      return 1.0;
    }
    if (mi == 0) {
      return 0.0;
    }
    return mi / Math.max((hc + hk) / 2, Math.ulp(1.0));
  }

  /** Shannon entropy (natural log) of the classes ({@code rows}) or the clusters. */
  static double entropy(Contingency t, boolean rows) {
    int k = rows ? t.rows() : t.cols();
    double n = t.n();
    double h = 0;
    for (int i = 0; i < k; i++) {
      long s = rows ? t.rowSum(i) : t.colSum(i);
      if (s > 0) {
        double p = s / n;
        h -= p * Math.log(p);
      }
    }
    return h;
  }

  /** Mutual information (natural log), never negative. */
  static double mutualInformation(Contingency t) {
    double n = t.n();
    double mi = 0;
    for (int k = 0; k < t.cells(); k++) {
      double nij = t.cellCount(k);
      double a = t.rowSum(t.cellRow(k));
      double b = t.colSum(t.cellCol(k));
      mi += nij / n * Math.log(n * nij / (a * b));
    }
    return Math.abs(mi) < 1e-15 ? 0.0 : Math.max(0.0, mi);
  }

  /** The adjusted Rand index, from the pair confusion matrix as scikit-learn computes it. */
  static double ari(Contingency t) {
    long n = t.n();
    long sumSquares = 0;
    long byClusterSize = 0; // Σ n_ij · |cluster j|
    long byClassSize = 0; // Σ n_ij · |class i|
    for (int k = 0; k < t.cells(); k++) {
      long c = t.cellCount(k);
      sumSquares += c * c;
      byClusterSize += c * t.colSum(t.cellCol(k));
      byClassSize += c * t.rowSum(t.cellRow(k));
    }
    double tp = sumSquares - n;
    double fp = byClusterSize - sumSquares;
    double fn = byClassSize - sumSquares;
    double tn = (double) n * n - fp - fn - sumSquares;
    if (fn == 0 && fp == 0) {
      return 1.0;
    }
    return 2.0 * (tp * tn - fn * fp) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn));
  }

  /**
   * The matched accuracy. Only the smaller side's top candidates enter the assignment: with r rows
   * to place, a row never needs a column outside its r heaviest ones (at most r - 1 of those are
   * taken by other rows, and a free one is at least as heavy), which keeps the dense matrix small
   * when clusters far outnumber classes.
   */
  static double matchedAccuracy(Contingency t) {
    if (t.n() == 0) {
      return 1.0;
    }
    boolean byClass = t.classes() <= t.clusters();
    int sideRows = byClass ? t.rows() : t.cols();
    List<List<long[]>> lists = new ArrayList<>(sideRows);
    for (int i = 0; i < sideRows; i++) {
      lists.add(new ArrayList<>());
    }
    for (int k = 0; k < t.cells(); k++) {
      int a = byClass ? t.cellRow(k) : t.cellCol(k);
      int b = byClass ? t.cellCol(k) : t.cellRow(k);
      lists.get(a).add(new long[] {b, t.cellCount(k)});
    }
    int r = 0;
    for (List<long[]> l : lists) {
      if (!l.isEmpty()) {
        r++;
      }
    }
    BitSet candidates = new BitSet();
    for (List<long[]> l : lists) {
      l.sort((x, y) -> x[1] != y[1] ? Long.compare(y[1], x[1]) : Long.compare(x[0], y[0]));
      for (int i = 0; i < Math.min(r, l.size()); i++) {
        candidates.set((int) l.get(i)[0]);
      }
    }
    int[] colIndex = new int[candidates.length()];
    Arrays.fill(colIndex, -1);
    int m = 0;
    for (int c = candidates.nextSetBit(0); c >= 0; c = candidates.nextSetBit(c + 1)) {
      colIndex[c] = m++;
    }
    long[][] cost = new long[r][m];
    int row = 0;
    for (List<long[]> l : lists) {
      if (l.isEmpty()) {
        continue;
      }
      for (long[] cell : l) {
        int j = (int) cell[0] < colIndex.length ? colIndex[(int) cell[0]] : -1;
        if (j >= 0) {
          cost[row][j] = -cell[1];
        }
      }
      row++;
    }
    int[] assignment = Hungarian.minimise(cost);
    long matched = 0;
    for (int i = 0; i < r; i++) {
      matched -= cost[i][assignment[i]];
    }
    return (double) matched / t.n();
  }
}
