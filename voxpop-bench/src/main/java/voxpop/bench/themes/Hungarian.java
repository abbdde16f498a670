package voxpop.bench.themes;

/**
 * The maximum-weight matching of a rectangular count table by the Hungarian algorithm (Kuhn 1955;
 * the O(n^3) potentials form), for matched clustering accuracy.
 */
final class Hungarian {
  private Hungarian() {}

  /** The largest total of {@code table[i][match(i)]} over one-to-one matchings. */
  static long maxMatch(long[][] table) {
    int rows = table.length;
    int cols = rows == 0 ? 0 : table[0].length;
    int n = Math.max(rows, cols);
    if (n == 0) {
      return 0;
    }
    long max = 0;
    for (long[] r : table) {
      for (long x : r) {
        max = Math.max(max, x);
      }
    }
    long[][] cost = new long[n + 1][n + 1];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        long v = i < rows && j < cols ? table[i][j] : 0;
        cost[i + 1][j + 1] = max - v;
      }
    }
    long[] u = new long[n + 1];
    long[] v = new long[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      long[] minv = new long[n + 1];
      java.util.Arrays.fill(minv, Long.MAX_VALUE);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        long delta = Long.MAX_VALUE;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            long cur = cost[i0][j] - u[i0] - v[j];
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
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    long total = 0;
    for (int j = 1; j <= n; j++) {
      int i = p[j];
      if (i >= 1 && i <= rows && j <= cols) {
        total += table[i - 1][j - 1];
      }
    }
    return total;
  }
}
