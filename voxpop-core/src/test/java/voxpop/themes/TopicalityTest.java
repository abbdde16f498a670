package voxpop.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TopicalityTest {
  /** Rows of binary features; {@code rows[r]} lists the features of row r. */
  private static SparseRows rows(int cols, int[][] rows) {
    int nnz = 0;
    for (int[] r : rows) {
      nnz += r.length;
    }
    int[] start = new int[rows.length + 1];
    int[] col = new int[nnz];
    float[] val = new float[nnz];
    int at = 0;
    for (int i = 0; i < rows.length; i++) {
      for (int f : rows[i]) {
        col[at] = f;
        val[at++] = 1;
      }
      start[i + 1] = at;
    }
    return new SparseRows(rows.length, cols, start, col, val);
  }

  @Test
  void aWordOfOneGroupKeepsItsWeightAndAWordOfEveryGroupFades() {
    // feature 0: only in group 0; feature 1: in every row of both groups; feature 2: unused;
    // feature 3: twice as frequent in group 1 as in group 0.
    SparseRows x = rows(4, new int[][] {{0, 1}, {0, 1, 3}, {1, 3}, {1, 3}, {1}, {1}});
    int[] groupOf = {0, 0, 1, 1, -1, 1};
    float[] w = Topicality.weights(x, groupOf, 2, 1.0, 0.01);
    assertThat(w[0]).isEqualTo(1f);
    assertThat(w[1]).isEqualTo(0.01f);
    assertThat(w[2]).isEqualTo(0.01f);
    // shares 1/2 and 2/3 of their groups: q = (3/7, 4/7), 1 - H / ln 2
    double h = -(3.0 / 7 * Math.log(3.0 / 7) + 4.0 / 7 * Math.log(4.0 / 7)) / Math.log(2);
    assertThat((double) w[3]).isCloseTo(1 - h, within(1e-5));
  }

  @Test
  void oneGroupGivesEveryWordFullWeight() {
    SparseRows x = rows(2, new int[][] {{0}, {1}});
    assertThat(Topicality.weights(x, new int[] {0, 0}, 1, 0.5, 0.01)).containsExactly(1f, 1f);
  }
}
