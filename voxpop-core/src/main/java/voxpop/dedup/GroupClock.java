package voxpop.dedup;

import java.util.Arrays;

/**
 * The intake positions of the questions of some groups, ascending per group (compressed-row form),
 * so that a group's questions of a few hours are found by binary search. Immutable.
 */
final class GroupClock {
  /** Where each group's positions start in {@link #positions}; {@code start[g + 1]} ends them. */
  final int[] start;

  final int[] positions;

  /**
   * @param wanted the groups to index
   * @param group the group of each distinct text
   * @param distinctOfQuestion the distinct text of each question, -1 for screened-out ones
   * @param order the intake: question indices in the low 32 bits, sorted by time
   */
  GroupClock(boolean[] wanted, int[] group, int[] distinctOfQuestion, long[] order) {
    int groups = wanted.length;
    start = new int[groups + 1];
    for (long key : order) {
      int d = distinctOfQuestion[(int) key];
      if (d >= 0 && wanted[group[d]]) {
        start[group[d] + 1]++;
      }
    }
    for (int g = 0; g < groups; g++) {
      start[g + 1] += start[g];
    }
    positions = new int[start[groups]];
    int[] fill = Arrays.copyOf(start, groups);
    for (int p = 0; p < order.length; p++) {
      int d = distinctOfQuestion[(int) order[p]];
      if (d >= 0 && wanted[group[d]]) {
        positions[fill[group[d]]++] = p;
      }
    }
  }

  int end(int g) {
    return start[g + 1];
  }

  /** The first index of group {@code g}'s positions at or after intake position {@code p}. */
  int lowerBound(int g, int p) {
    int lo = start[g];
    int hi = start[g + 1];
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (positions[mid] < p) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
