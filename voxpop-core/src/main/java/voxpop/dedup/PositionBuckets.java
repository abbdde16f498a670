package voxpop.dedup;

import java.util.Arrays;

/**
 * Intake positions bucketed by a key, ascending within each bucket (compressed-row form): the
 * copies of each candidate text, the questions of each duplicate group, of each sub-theme. A
 * bucket's positions of a few hours are found by binary search. Immutable.
 */
final class PositionBuckets {
  /** Where each key's positions start in {@link #positions}; {@code start[k + 1]} ends them. */
  final int[] start;

  final int[] positions;

  /**
   * @param keys the number of keys
   * @param keyAt the key of each intake position, or -1 to leave it out
   */
  PositionBuckets(int keys, int[] keyAt) {
    int size = keyAt.length;
    start = new int[keys + 1];
    for (int p = 0; p < size; p++) {
      int k = keyAt[p];
      if (k >= 0) {
        start[k + 1]++;
      }
    }
    for (int k = 0; k < keys; k++) {
      start[k + 1] += start[k];
    }
    positions = new int[start[keys]];
    int[] fill = Arrays.copyOf(start, keys);
    for (int p = 0; p < size; p++) {
      int k = keyAt[p];
      if (k >= 0) {
        positions[fill[k]++] = p;
      }
    }
  }

  int end(int k) {
    return start[k + 1];
  }

  /** The first index of key {@code k}'s positions at or after intake position {@code p}. */
  int lowerBound(int k, int p) {
    int lo = start[k];
    int hi = start[k + 1];
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
