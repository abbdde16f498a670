package voxpop.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubthemeHalvesTest {
  /** Unit-length rows, each the listed features with equal weight. */
  private static SparseRows rows(int cols, int[]... features) {
    int[] start = new int[features.length + 1];
    List<Integer> col = new ArrayList<>();
    List<Float> val = new ArrayList<>();
    for (int i = 0; i < features.length; i++) {
      start[i] = col.size();
      for (int f : features[i]) {
        col.add(f);
        val.add((float) (1 / Math.sqrt(features[i].length)));
      }
    }
    start[features.length] = col.size();
    int[] c = col.stream().mapToInt(Integer::intValue).toArray();
    float[] v = new float[val.size()];
    for (int k = 0; k < v.length; k++) {
      v[k] = val.get(k);
    }
    return new SparseRows(features.length, cols, start, c, v);
  }

  /**
   * The rows' sub-themes after the move, with the theme sums taken as the classifier takes them.
   */
  private static int[] rehome(
      SparseRows x, int[] rowGroup, int[] home, int themes, int minSize, double similarity) {
    return SubthemeHalves.rehome(
        x,
        rowGroup,
        home,
        ThemeClassifier.themeSums(x, rowGroup, home, themes),
        minSize,
        similarity);
  }

  private static int[][] repeat(int times, int[]... rows) {
    int[][] out = new int[times * rows.length][];
    for (int k = 0; k < out.length; k++) {
      out[k] = rows[k % rows.length];
    }
    return out;
  }

  private static int[][] concat(int[][]... parts) {
    return Arrays.stream(parts).flatMap(Arrays::stream).toArray(int[][]::new);
  }

  /**
   * Theme 0 holds sub-theme 0 (large families, features 0-1, rows 0-5) and sub-theme 1, where the
   * graph tied large families (features 0, 2) to petrol prices (features 3-4); theme 1 holds
   * sub-theme 2, prices (features 3-5).
   */
  @Test
  void theHalfOfASubthemeThatSharesNothingWithItsThemeJoinsTheThemeItIsLike() {
    SparseRows x =
        rows(
            6,
            concat(
                repeat(6, new int[] {0, 1}),
                repeat(3, new int[] {0, 2}, new int[] {3, 4}),
                repeat(6, new int[] {3, 5}, new int[] {4, 5})));
    int[] rowGroup = new int[x.rows];
    Arrays.fill(rowGroup, 0, 6, 0);
    Arrays.fill(rowGroup, 6, 12, 1);
    Arrays.fill(rowGroup, 12, x.rows, 2);

    int[] out = rehome(x, rowGroup, new int[] {0, 0, 1}, 2, 2, 0.1);

    int[] expected = rowGroup.clone();
    for (int i = 7; i < 12; i += 2) {
      expected[i] = 2; // the petrol rows of sub-theme 1
    }
    assertThat(out).containsExactly(expected);
  }

  /** Sub-theme 1's halves (features 0, 2 and 0, 3) share feature 0 with their theme, and stay. */
  @Test
  void aHalfOfTheSameMatterAsItsThemeStaysHoweverNearAnotherTheme() {
    SparseRows x =
        rows(
            6,
            concat(
                repeat(6, new int[] {0, 1}),
                repeat(3, new int[] {0, 2}, new int[] {0, 3, 4}),
                repeat(6, new int[] {3, 4}, new int[] {4, 5})));
    int[] rowGroup = new int[x.rows];
    Arrays.fill(rowGroup, 6, 12, 1);
    Arrays.fill(rowGroup, 12, x.rows, 2);

    int[] out = rehome(x, rowGroup, new int[] {0, 0, 1}, 2, 2, 0.1);

    assertThat(out).containsExactly(rowGroup);
  }

  @Test
  void subthemesUnderTwiceTheSmallestSizeAreNotCut() {
    SparseRows x = rows(6, new int[] {0, 1}, new int[] {3, 4}, new int[] {3, 5}, new int[] {4, 5});
    int[] rowGroup = {0, 0, 1, 1};

    assertThat(rehome(x, rowGroup, new int[] {0, 1}, 2, 2, 0.1)).containsExactly(rowGroup);
  }

  @Test
  void noRowsAndRowsWithoutASubthemeStayAsTheyAre() {
    assertThat(rehome(rows(3), new int[0], new int[0], 0, 1, 0.1)).isEmpty();
    SparseRows x = rows(3, new int[] {0}, new int[] {1});
    assertThat(rehome(x, new int[] {-1, -1}, new int[0], 0, 1, 0.1)).containsExactly(-1, -1);
  }

  @Test
  void theSplitSeparatesTwoMattersOfOneGroup() {
    SparseRows x = rows(4, repeat(4, new int[] {0, 1}, new int[] {2, 3}));
    int[] all = {0, 1, 2, 3, 4, 5, 6, 7};

    double[] buffer = new double[4];
    double[] mean = new double[4];

    boolean[] side = SubthemeHalves.split(x, all, buffer, mean);

    for (int i = 0; i < all.length; i++) {
      assertThat(side[i]).isEqualTo(side[i % 2]);
    }
    assertThat(side[0]).isNotEqualTo(side[1]);
    assertThat(buffer).containsOnly(0);
    assertThat(mean).containsOnly(0);
  }
}
