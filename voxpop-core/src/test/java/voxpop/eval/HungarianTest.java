package voxpop.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import voxpop.testing.SeededCases;

class HungarianTest {

  @Test
  void textbookCase() {
    long[][] cost = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
    int[] a = Hungarian.minimise(cost);
    assertThat(a).containsExactly(1, 0, 2); // 1 + 2 + 2 = 5
  }

  @Test
  void emptyAndSingle() {
    assertThat(Hungarian.minimise(new long[0][0])).isEmpty();
    assertThat(Hungarian.minimise(new long[][] {{7, -3, 2}})).containsExactly(1);
  }

  @Test
  void refusesMoreRowsThanColumns() {
    assertThatThrownBy(() -> Hungarian.minimise(new long[][] {{1}, {2}}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void matchesBruteForce() {
    SeededCases.run(
        20251219L,
        300,
        rnd -> {
          int rows = SeededCases.between(rnd, 1, 6);
          int cols = rows + SeededCases.between(rnd, 0, 3);
          long[][] cost = new long[rows][cols];
          for (long[] row : cost) {
            for (int j = 0; j < cols; j++) {
              row[j] = rnd.nextInt(21) - 10;
            }
          }
          int[] a = Hungarian.minimise(cost);
          assertThat(a).doesNotHaveDuplicates();
          long total = 0;
          for (int i = 0; i < rows; i++) {
            total += cost[i][a[i]];
          }
          assertThat(total).isEqualTo(best(cost, 0, new boolean[cols]));
        });
  }

  private static long best(long[][] cost, int row, boolean[] used) {
    if (row == cost.length) {
      return 0;
    }
    long min = Long.MAX_VALUE;
    for (int j = 0; j < used.length; j++) {
      if (!used[j]) {
        used[j] = true;
        min = Math.min(min, cost[row][j] + best(cost, row + 1, used));
        used[j] = false;
      }
    }
    return min;
  }
}
