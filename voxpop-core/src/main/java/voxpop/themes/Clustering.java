package voxpop.themes;

/**
 * Two-level groups of the fit sample.
 *
 * @param groupOf the sub-theme of each row, or -1 for an outlier ("other")
 * @param groups the number of sub-themes
 * @param themeOf the theme of each sub-theme
 * @param themes the number of themes
 * @param rowTheme the theme of each row, or -1: the theme of its sub-theme, unless the clusterer
 *     found themes row by row (then a row may sit in a sub-theme of another theme)
 */
public record Clustering(int[] groupOf, int groups, int[] themeOf, int themes, int[] rowTheme) {
  public Clustering {
    if (themeOf.length != groups) {
      throw new IllegalArgumentException(
          "themeOf has " + themeOf.length + " entries for " + groups + " sub-themes");
    }
    if (rowTheme.length != groupOf.length) {
      throw new IllegalArgumentException(
          "rowTheme has " + rowTheme.length + " entries for " + groupOf.length + " rows");
    }
    for (int g : groupOf) {
      if (g < -1 || g >= groups) {
        throw new IllegalArgumentException("sub-theme " + g + " outside [-1, " + groups + ")");
      }
    }
    for (int t : themeOf) {
      if (t < 0 || t >= themes) {
        throw new IllegalArgumentException("theme " + t + " outside [0, " + themes + ")");
      }
    }
    for (int t : rowTheme) {
      if (t < -1 || t >= themes) {
        throw new IllegalArgumentException("theme " + t + " outside [-1, " + themes + ")");
      }
    }
  }

  /** Groups whose rows all take their sub-theme's theme. */
  public static Clustering of(int[] groupOf, int groups, int[] themeOf, int themes) {
    int[] rowTheme = new int[groupOf.length];
    for (int i = 0; i < groupOf.length; i++) {
      rowTheme[i] = groupOf[i] < 0 ? -1 : themeOf[groupOf[i]];
    }
    return new Clustering(groupOf, groups, themeOf, themes, rowTheme);
  }
}
