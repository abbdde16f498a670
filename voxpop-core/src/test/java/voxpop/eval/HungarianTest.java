package voxpop.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

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

  @Property(tries = 300)
  void matchesBruteForce(
      @ForAll @IntRange(min = 1, max = 6) int rows,
      @ForAll @IntRange(min = 0, max = 3) int extraCols,
      @ForAll long seed) {
    Random rnd = new Random(seed);
    int cols = rows + extraCols;
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
