package voxpop.dedup;

import java.util.Arrays;

/**
 * The runs of one text's copies that arrive much faster than that text usually does.
 *
 * <p>Time is the intake clock: a copy's position among all timed questions of the run, so that the
 * night's lull and the broadcast day's surge of the whole intake are no burst. A window of {@code
 * m} consecutive copies is dense when it spans at most {@code m / (factor × pace)} questions of the
 * intake, {@code pace} being the text's copies per intake question outside its runs; overlapping
 * dense windows form a run (a scan statistic: Glaz, Naus and Wallenstein, <i>Scan Statistics</i>,
 * 2001, ch. 1). The pace is first the text's own average (at most {@code 1 / (2 × factor)}), then —
 * since a campaign's copies inflate it — its pace outside the runs found, never under {@code m}
 * copies over the whole intake: a text that only a campaign ever sent is measured against that
 * floor.
 *
 * <p>A run is split where its copies pause for longer than {@code m} of its own typical gaps (the
 * middle 80% of its span over its copies): a few copies of the text sent days later by ordinary
 * askers would otherwise chain onto it through windows that the low pace of the text lets be long.
 * Stateless.
 */
final class BurstRuns {
  private static final int PASSES = 2;

  private BurstRuns() {}

  /**
   * @param clock intake positions of the text's copies, ascending, in {@code clock[from..to)}
   * @param intake number of timed questions of the run
   * @param m copies in a window
   * @param factor how many times the text's own pace a dense window holds
   * @return runs as index pairs {@code [first, last]} into {@code clock}, in time order, each of at
   *     least {@code m} copies; flattened: {@code runs[2i], runs[2i + 1]}
   */
  static int[] find(int[] clock, int from, int to, int intake, int m, double factor) {
    int k = to - from;
    if (k < m) {
      return new int[0];
    }
    // In a small batch one text may be a large share of everything; a pace that high would leave
    // no room for a window to hold factor times it.
    double pace = Math.min((double) k / intake, 1 / (2 * factor));
    int[] runs = new int[0];
    for (int pass = 0; pass < PASSES; pass++) {
      runs = split(dense(clock, from, to, m, m / (factor * pace)), clock, m);
      if (runs.length == 0) {
        break;
      }
      long inRuns = 0;
      long length = 0;
      for (int r = 0; r < runs.length; r += 2) {
        inRuns += runs[r + 1] - runs[r] + 1;
        length += clock[runs[r + 1]] - clock[runs[r]] + 1;
      }
      pace = Math.max(m, k - inRuns) / (double) Math.max(1, intake - length);
    }
    return runs;
  }

  /** Chains of overlapping windows of {@code m} copies spanning at most {@code maxSpan}. */
  private static int[] dense(int[] clock, int from, int to, int m, double maxSpan) {
    int[] runs = new int[8];
    int count = 0;
    int first = -1;
    int last = -1;
    for (int i = from; i + m - 1 < to; i++) {
      int j = i + m - 1;
      if (clock[j] - clock[i] + 1 <= maxSpan) {
        if (first >= 0 && i <= last) {
          last = j;
        } else {
          if (first >= 0) {
            runs = add(runs, count, first, last);
            count += 2;
          }
          first = i;
          last = j;
        }
      }
    }
    if (first >= 0) {
      runs = add(runs, count, first, last);
      count += 2;
    }
    return Arrays.copyOf(runs, count);
  }

  /** Splits runs at pauses longer than {@code m} typical gaps; keeps pieces of {@code m} copies. */
  private static int[] split(int[] runs, int[] clock, int m) {
    int[] out = new int[runs.length + 8];
    int count = 0;
    for (int r = 0; r < runs.length; r += 2) {
      int first = runs[r];
      int last = runs[r + 1];
      int k = last - first + 1;
      int a = first + k / 10;
      int b = last - k / 10;
      double typical = Math.max(1.0, (double) (clock[b] - clock[a]) / Math.max(1, b - a));
      double longest = m * typical;
      int start = first;
      for (int i = first + 1; i <= last + 1; i++) {
        if (i > last || clock[i] - clock[i - 1] > longest) {
          if (i - start >= m) {
            out = add(out, count, start, i - 1);
            count += 2;
          }
          start = i;
        }
      }
    }
    return Arrays.copyOf(out, count);
  }

  private static int[] add(int[] runs, int count, int first, int last) {
    if (count + 2 > runs.length) {
      runs = Arrays.copyOf(runs, runs.length * 2 + 2);
    }
    runs[count] = first;
    runs[count + 1] = last;
    return runs;
  }
}
