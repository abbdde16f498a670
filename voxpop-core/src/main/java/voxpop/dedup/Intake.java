package voxpop.dedup;

import java.util.Arrays;

/**
 * The intake clock: every timed question of a run, ordered by time (then by index), so that a
 * question's position counts how many arrived before it. Times are kept as seconds after the first
 * question, coarser only for a period too long for 31 bits. Immutable.
 */
final class Intake {
  /** Per position: seconds after the first question (in ticks) in the high 32 bits, index low. */
  final long[] order;

  private final long first;
  private final int shift;

  private Intake(long[] order, long first, int shift) {
    this.order = order;
    this.first = first;
    this.shift = shift;
  }

  /** The clock of the questions that carry a time, or null when fewer than two times differ. */
  static Intake of(long[] timeOfQuestion) {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    int timed = 0;
    for (long t : timeOfQuestion) {
      if (t != CampaignStage.NO_TIME) {
        timed++;
        first = Math.min(first, t);
        last = Math.max(last, t);
      }
    }
    if (timed == 0 || last == first) {
      return null;
    }
    int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(last - first) - 31);
    long[] order = new long[timed];
    int k = 0;
    for (int q = 0; q < timeOfQuestion.length; q++) {
      if (timeOfQuestion[q] != CampaignStage.NO_TIME) {
        order[k++] = ((timeOfQuestion[q] - first) >>> shift) << 32 | q;
      }
    }
    Arrays.parallelSort(order);
    return new Intake(order, first, shift);
  }

  int size() {
    return order.length;
  }

  /** The question at position {@code p}. */
  int question(int p) {
    return (int) order[p];
  }

  /** The first position of a question received at {@code time} or later. */
  int atOrAfter(long time) {
    return lowerBound(time <= first ? 0 : (time - first) >>> shift);
  }

  /** The last position of a question received at {@code time} or earlier; -1 if none. */
  int atOrBefore(long time) {
    return time < first ? -1 : lowerBound(((time - first) >>> shift) + 1) - 1;
  }

  private int lowerBound(long tick) {
    if (tick > Integer.MAX_VALUE) {
      return order.length;
    }
    long key = tick << 32;
    int lo = 0;
    int hi = order.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (order[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
