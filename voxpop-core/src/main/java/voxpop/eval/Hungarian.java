package voxpop.eval;

import java.util.Arrays;

/**
 * Optimal assignment of rows to columns (each row to a different column, {@code rows <= cols}) at
 * the least total cost: the Hungarian method of Kuhn (1955) and Munkres (1957) in its
 * shortest-augmenting-path form with row and column potentials (as in Jonker and Volgenant, 1987),
 * O(rows² · cols) time. Exact on integer costs. Stateless and thread-safe.
 */
final class Hungarian {
  private static final long INF = Long.MAX_VALUE / 4;

  private Hungarian() {}

  /**
   * The column assigned to each row, minimising the sum of {@code cost[row][column]}.
   *
   * @throws IllegalArgumentException when there are more rows than columns or a ragged matrix
   */
  static int[] minimise(long[][] cost) {
    int n = cost.length;
    if (n == 0) {
      return new int[0];
    }
    int m = cost[0].length;
    if (n > m) {
      throw new IllegalArgumentException("more rows (" + n + ") than columns (" + m + ")");
    }
    long[] u = new long[n + 1];
    long[] v = new long[m + 1];
    int[] match = new int[m + 1]; // match[j]: the row (1-based) holding column j; 0 = free
    int[] way = new int[m + 1];
    long[] minv = new long[m + 1];
    boolean[] used = new boolean[m + 1];
    for (int i = 1; i <= n; i++) {
      if (cost[i - 1].length != m) {
        throw new IllegalArgumentException("row " + (i - 1) + " has " + cost[i - 1].length);
      }
      match[0] = i;
      int j0 = 0;
      Arrays.fill(minv, INF);
      Arrays.fill(used, false);
      do {
        used[j0] = true;
        int i0 = match[j0];
        long delta = INF;
        int j1 = 0;
        long[] row = cost[i0 - 1];
        for (int j = 1; j <= m; j++) {
          if (!used[j]) {
            long cur = row[j - 1] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[match[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (match[j0] != 0);
      do {
        int j1 = way[j0];
        match[j0] = match[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] assignment = new int[n];
    for (int j = 1; j <= m; j++) {
      if (match[j] != 0) {
        assignment[match[j] - 1] = j - 1;
      }
    }
    return assignment;
  }
}
