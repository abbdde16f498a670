package voxpop.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import voxpop.params.Params;

class ThemeClassifierTest {
  /** Ten passes on 90% cores, no k-means restarts, no theme merge, no half move. */
  private static final Params PARAMS =
      ThemeParams.defaults()
          .with(ThemeParams.IC_PASSES, 10)
          .with(ThemeParams.THEME_RESTARTS, 0)
          .with(ThemeParams.IC_KEEP, 0.9)
          .with(ThemeParams.NB_ALPHA, 0.1)
          .with(ThemeParams.THEME_MERGE_SIMILARITY, 1.0)
          .with(ThemeParams.REHOME_SIMILARITY, 0.0);

  /**
   * Twelve questions of three matters, four each, with two features per matter (one question in
   * four holds only its matter's second feature): rows 0-3 matter A (f0, f1), 4-7 matter B (f2,
   * f3), 8-11 matter C (f4, f5). The vectors are the same rows, dense.
   */
  private static SparseRows rows() {
    int n = 12;
    int[] start = new int[n + 1];
    int[] col = new int[2 * n];
    float[] val = new float[2 * n];
    int at = 0;
    for (int i = 0; i < n; i++) {
      start[i] = at;
      int m = i / 4;
      if (i % 4 == 3) {
        col[at] = 2 * m + 1;
        val[at++] = 1f;
      } else {
        float w = (float) Math.sqrt(0.5);
        col[at] = 2 * m;
        val[at++] = w;
        col[at] = 2 * m + 1;
        val[at++] = w;
      }
    }
    start[n] = at;
    return new SparseRows(
        n, 6, start, java.util.Arrays.copyOf(col, at), java.util.Arrays.copyOf(val, at));
  }

  private static Vectors dense(SparseRows x) {
    Vectors v = Vectors.zeros(x.rows, x.cols);
    for (int i = 0; i < x.rows; i++) {
      for (int e = x.start[i]; e < x.start[i + 1]; e++) {
        v.data()[i * x.cols + x.col[e]] = x.val[e];
      }
    }
    return v;
  }

  private static ThemeClassifier.Result fit(Clustering c, boolean acrossThemes) {
    SparseRows x = rows();
    try (Workers w = new Workers(2)) {
      return ThemeClassifier.fit(
          x, dense(x), c, PARAMS, 1, !acrossThemes, new SplittableRandom(1), w);
    }
  }

  /** Sub-themes: A, B, C; A and B start in theme 0, C in theme 1. */
  private static Clustering threeMattersTwoThemes() {
    int[] groupOf = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2};
    return Clustering.of(groupOf, 3, new int[] {0, 0, 1}, 2);
  }

  @Test
  void themesThatShareTheirLeadingWordMergeAndOthersStay() {
    // Features: 0 pension, 1 indexation, 2 retirement age, 3 road. Theme 0 asks about indexed
    // pensions, theme 1 about the retirement age of pensions, theme 2 about roads.
    float h = (float) Math.sqrt(0.5);
    SparseRows x =
        new SparseRows(
            6,
            4,
            new int[] {0, 2, 4, 6, 8, 9, 10},
            new int[] {0, 1, 0, 1, 0, 2, 0, 2, 3, 3},
            new float[] {h, h, h, h, h, h, h, h, 1, 1});
    int[] rowGroup = {0, 0, 1, 1, 2, 2};
    int[] home = {0, 1, 2};
    // cosine of themes 0 and 1 is 0.5
    assertThat(ThemeClassifier.mergeSimilar(ThemeClassifier.themeSums(x, rowGroup, home, 3), 0.45))
        .containsExactly(0, 0, 2);
    assertThat(ThemeClassifier.mergeSimilar(ThemeClassifier.themeSums(x, rowGroup, home, 3), 0.6))
        .containsExactly(0, 1, 2);
    assertThat(ThemeClassifier.mergeSimilar(ThemeClassifier.themeSums(x, rowGroup, home, 3), 1.0))
        .containsExactly(0, 1, 2);
    // the sums merge in place: the joined theme's sum ends at the theme it joins
    double[][] sums = ThemeClassifier.themeSums(x, rowGroup, home, 3);
    ThemeClassifier.mergeSimilar(sums, 0.45);
    assertThat(sums[1]).containsOnly(0);
    assertThat(sums[0][0]).isEqualTo(4 * h, org.assertj.core.data.Offset.offset(1e-6));
    // an empty sub-theme (home -1) and rows without a sub-theme take no part
    assertThat(
            ThemeClassifier.mergeSimilar(
                ThemeClassifier.themeSums(x, new int[] {0, 0, -1, -1, 2, 2}, home, 3), 0.0))
        .containsExactly(0, 1, 0);
  }

  @Test
  void automaticModeKeepsEachMatterInOneSubthemeAndItsTheme() {
    ThemeClassifier.Result r = fit(threeMattersTwoThemes(), true);
    assertThat(r.groups()).isEqualTo(3);
    assertThat(r.themes()).isEqualTo(2);
    int[] g = r.groupOf();
    for (int m = 0; m < 3; m++) {
      for (int k = 1; k < 4; k++) {
        assertThat(g[4 * m + k]).as("question %d", 4 * m + k).isEqualTo(g[4 * m]);
      }
    }
    assertThat(r.themeOf()[g[0]]).isEqualTo(r.themeOf()[g[4]]);
    assertThat(r.themeOf()[g[8]]).isNotEqualTo(r.themeOf()[g[0]]);
    // sub-themes of one theme are contiguous
    for (int s = 1; s < r.groups(); s++) {
      assertThat(r.themeOf()[s]).isGreaterThanOrEqualTo(r.themeOf()[s - 1]);
    }
    assertThat(r.themeTable()).hasSize(6 * r.themes());
    assertThat(r.groupTable()).hasSize(6 * r.groups());
  }

  @Test
  void forcedModeLeavesTheThemesAsFound() {
    ThemeClassifier.Result r = fit(threeMattersTwoThemes(), false);
    assertThat(r.themes()).isEqualTo(2);
    assertThat(r.groups()).isEqualTo(3);
  }

  @Test
  void emptySampleGivesNoGroups() {
    SparseRows x = new SparseRows(0, 6, new int[] {0}, new int[0], new float[0]);
    try (Workers w = new Workers(1)) {
      ThemeClassifier.Result r =
          ThemeClassifier.fit(
              x,
              Vectors.zeros(0, 6),
              Clustering.of(new int[0], 0, new int[0], 0),
              PARAMS,
              1,
              false,
              new SplittableRandom(1),
              w);
      assertThat(r.groups()).isZero();
      assertThat(r.groupOf()).isEmpty();
    }
  }
}
