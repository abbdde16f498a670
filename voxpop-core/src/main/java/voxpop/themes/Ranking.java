package voxpop.themes;

import java.util.Arrays;

/**
 * The public order of themes and sub-themes: themes by the people asking (the sum of the weights of
 * their questions), sub-themes by theme and then people; sub-themes no question went to are
 * dropped, and so are themes left without sub-themes. Ties keep the internal order. Immutable.
 *
 * @param publicOf the public index of each internal sub-theme, or -1 when dropped
 * @param groups the number of public sub-themes
 * @param themeOf the public theme of each public sub-theme
 * @param themes the number of public themes
 */
record Ranking(int[] publicOf, int groups, int[] themeOf, int themes) {
  static Ranking byPeople(int[] assignment, int[] internalThemeOf, int themes, int[] weights) {
    int groups = internalThemeOf.length;
    long[] gw = new long[groups];
    for (int i = 0; i < assignment.length; i++) {
      if (assignment[i] >= 0) {
        gw[assignment[i]] += weights[i];
      }
    }
    long[] tw = new long[themes];
    for (int g = 0; g < groups; g++) {
      tw[internalThemeOf[g]] += gw[g];
    }
    Integer[] ts = new Integer[themes];
    for (int t = 0; t < themes; t++) {
      ts[t] = t;
    }
    Arrays.sort(ts, (a, b) -> Long.compare(tw[b], tw[a]));
    int[] themeRank = new int[themes];
    for (int r = 0; r < themes; r++) {
      themeRank[ts[r]] = r;
    }
    Integer[] gs = new Integer[groups];
    for (int g = 0; g < groups; g++) {
      gs[g] = g;
    }
    Arrays.sort(
        gs,
        (a, b) -> {
          int c = Integer.compare(themeRank[internalThemeOf[a]], themeRank[internalThemeOf[b]]);
          return c != 0 ? c : Long.compare(gw[b], gw[a]);
        });
    int[] publicOf = new int[groups];
    Arrays.fill(publicOf, -1);
    int[] publicTheme = new int[themes];
    Arrays.fill(publicTheme, -1);
    int kept = 0;
    int keptThemes = 0;
    int[] themeOf = new int[groups];
    for (int g : gs) {
      if (gw[g] == 0) {
        continue;
      }
      int t = internalThemeOf[g];
      if (publicTheme[t] < 0) {
        publicTheme[t] = keptThemes++;
      }
      themeOf[kept] = publicTheme[t];
      publicOf[g] = kept++;
    }
    return new Ranking(publicOf, kept, Arrays.copyOf(themeOf, kept), keptThemes);
  }

  /** The public sub-theme of an internal one (-1 stays -1). */
  int apply(int internal) {
    return internal < 0 ? -1 : publicOf[internal];
  }

  /** A copy of {@code internal} with every entry made public. */
  int[] apply(int[] internal) {
    int[] out = new int[internal.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = apply(internal[i]);
    }
    return out;
  }
}
