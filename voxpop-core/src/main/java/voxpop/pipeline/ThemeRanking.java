package voxpop.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import voxpop.themes.ThemeModel;

/**
 * Ranks the engine's themes, and the sub-themes within each, by the distinct people asking (ties:
 * more questions first, then the engine's order), and gives them ids by rank: {@code t01}, {@code
 * t01.1}. Distinct people are counted by sorting (group, person) pairs, so a person who asked twice
 * counts once.
 */
final class ThemeRanking {
  /** Theme index by rank, and rank by engine theme index. */
  final int[] themeByRank;

  final int[] rankOfTheme;

  /** Sub-themes in output order (theme rank, then sub-rank), and output index by engine index. */
  final int[] subthemeByOrder;

  final int[] orderOfSubtheme;
  final long[] themePeople;
  final long[] themeQuestions;
  final long[] subthemePeople;
  final long[] subthemeQuestions;
  final long otherPeople;
  final long otherQuestions;
  final long peopleAccepted;
  final List<String> themeIds = new ArrayList<>();
  final List<String> subthemeIds = new ArrayList<>();

  /**
   * @param subthemeOfQuestion engine sub-theme of each question; -1 other; -2 screened out
   * @param personOfQuestion person of each question
   */
  ThemeRanking(ThemeModel model, int[] subthemeOfQuestion, int[] personOfQuestion) {
    int themes = model.themes().size();
    int subs = model.subthemes().size();
    int[] themeOfSub = new int[subs];
    for (ThemeModel.Subtheme s : model.subthemes()) {
      themeOfSub[s.index()] = s.theme();
    }
    themeQuestions = new long[themes];
    subthemeQuestions = new long[subs];
    long others = 0;
    int n = subthemeOfQuestion.length;
    long[] themePairs = new long[n];
    long[] subPairs = new long[n];
    long[] acceptedPairs = new long[n];
    int tp = 0;
    int ap = 0;
    for (int q = 0; q < n; q++) {
      int s = subthemeOfQuestion[q];
      if (s == -2) {
        continue;
      }
      long person = personOfQuestion[q] & 0xffffffffL;
      acceptedPairs[ap++] = person;
      if (s == -1) {
        others++;
        themePairs[tp] = ((long) themes << 32) | person;
        subPairs[tp++] = ((long) subs << 32) | person;
        continue;
      }
      int t = themeOfSub[s];
      themeQuestions[t]++;
      subthemeQuestions[s]++;
      themePairs[tp] = ((long) t << 32) | person;
      subPairs[tp++] = ((long) s << 32) | person;
    }
    long[] tPeople = distinctPerKey(themePairs, tp, themes + 1);
    long[] sPeople = distinctPerKey(subPairs, tp, subs + 1);
    themePeople = Arrays.copyOf(tPeople, themes);
    subthemePeople = Arrays.copyOf(sPeople, subs);
    otherPeople = tPeople[themes];
    otherQuestions = others;
    Arrays.sort(acceptedPairs, 0, ap);
    long distinct = 0;
    for (int i = 0; i < ap; i++) {
      if (i == 0 || acceptedPairs[i] != acceptedPairs[i - 1]) {
        distinct++;
      }
    }
    peopleAccepted = distinct;

    Integer[] order = new Integer[themes];
    for (int t = 0; t < themes; t++) {
      order[t] = t;
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingLong(t -> -themePeople[t])
            .thenComparingLong(t -> -themeQuestions[t])
            .thenComparingInt(t -> t));
    List<Integer> kept = new ArrayList<>();
    for (int t : order) {
      if (themeQuestions[t] > 0) {
        kept.add(t);
      }
    }
    themeByRank = kept.stream().mapToInt(Integer::intValue).toArray();
    rankOfTheme = new int[themes];
    Arrays.fill(rankOfTheme, -1);
    int width = Math.max(2, String.valueOf(themeByRank.length).length());
    for (int r = 0; r < themeByRank.length; r++) {
      rankOfTheme[themeByRank[r]] = r;
      themeIds.add(String.format(Locale.ROOT, "t%0" + width + "d", r + 1));
    }
    List<Integer> subOrder = new ArrayList<>();
    orderOfSubtheme = new int[subs];
    Arrays.fill(orderOfSubtheme, -1);
    for (int r = 0; r < themeByRank.length; r++) {
      int t = themeByRank[r];
      List<Integer> mine = new ArrayList<>();
      for (int s = 0; s < subs; s++) {
        if (themeOfSub[s] == t && subthemeQuestions[s] > 0) {
          mine.add(s);
        }
      }
      mine.sort(
          Comparator.<Integer>comparingLong(s -> -subthemePeople[s])
              .thenComparingLong(s -> -subthemeQuestions[s])
              .thenComparingInt(s -> s));
      for (int k = 0; k < mine.size(); k++) {
        orderOfSubtheme[mine.get(k)] = subOrder.size();
        subOrder.add(mine.get(k));
        subthemeIds.add(themeIds.get(r) + "." + (k + 1));
      }
    }
    subthemeByOrder = subOrder.stream().mapToInt(Integer::intValue).toArray();
  }

  private static long[] distinctPerKey(long[] pairs, int n, int keys) {
    long[] sorted = Arrays.copyOf(pairs, n);
    Arrays.parallelSort(sorted);
    long[] counts = new long[keys];
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        counts[(int) (sorted[i] >>> 32)]++;
      }
    }
    return counts;
  }
}
