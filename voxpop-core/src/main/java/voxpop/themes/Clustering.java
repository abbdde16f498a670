package voxpop.themes;

/**
 * Two-level groups of the fit sample.
 *
 * @param groupOf the sub-theme of each row, or -1 for an outlier ("other")
 * @param groups the number of sub-themes
 * @param themeOf the theme of each sub-theme
 * @param themes the number of themes
 */
public record Clustering(int[] groupOf, int groups, int[] themeOf, int themes) {
  public Clustering {
    if (themeOf.length != groups) {
      throw new IllegalArgumentException(
          "themeOf has " + themeOf.length + " entries for " + groups + " sub-themes");
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
  }
}
