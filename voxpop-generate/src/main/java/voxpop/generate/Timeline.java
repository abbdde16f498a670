package voxpop.generate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import voxpop.model.Channel;

/**
 * When the appeals arrive. The event is cut into hour slots; each slot gets its whole number of
 * appeals by the largest-remainder method from the day weights, the hour profiles and the channel
 * mix, so the counts are exact and need no random draw. Within a slot the arrival seconds are drawn
 * and sorted, so the appeals come out in time order while only one slot's seconds are held in
 * memory. Not thread-safe.
 */
final class Timeline {
  /** Moscow time, in which the event's days and hours are counted. */
  static final ZoneOffset MOSCOW = ZoneOffset.ofHours(3);

  private final long startEpoch;
  private final int days;
  private final long[] counts;
  private final double[][] channelWeights;
  private final Weighted[] channelPickers;
  private final Rng rng;
  private int slot = -1;
  private int[] seconds = new int[0];
  private int inSlot;
  private int channel;

  Timeline(long total, LocalDate start, int days, Rng rng) {
    this.startEpoch = start.atStartOfDay().toEpochSecond(MOSCOW);
    this.days = days;
    this.rng = rng;
    int slots = days * 24;
    double[] dayW = ChannelMix.dayWeights(days);
    channelWeights = new double[slots][ChannelMix.CHANNELS.length];
    double[] slotW = new double[slots];
    double sum = 0;
    for (int s = 0; s < slots; s++) {
      int d = s / 24;
      for (int c = 0; c < ChannelMix.CHANNELS.length; c++) {
        double w =
            ChannelMix.share(c)
                * dayW[d]
                * ChannelMix.hourWeight(ChannelMix.CHANNELS[c], s % 24, d == days - 1)
                / dailyProfile(ChannelMix.CHANNELS[c], d == days - 1);
        channelWeights[s][c] = w;
        slotW[s] += w;
      }
      sum += slotW[s];
    }
    counts = apportion(total, slotW, sum);
    channelPickers = new Weighted[slots];
    for (int s = 0; s < slots; s++) {
      channelPickers[s] = slotW[s] > 0 ? new Weighted(channelWeights[s]) : null;
    }
  }

  /** The sum of a channel's hour weights over a day, so that each day's share is its weight. */
  private static double dailyProfile(Channel c, boolean broadcastDay) {
    double sum = 0;
    for (int h = 0; h < 24; h++) {
      sum += ChannelMix.hourWeight(c, h, broadcastDay);
    }
    return sum;
  }

  /** Whole counts proportional to {@code weights} that add up to {@code total} exactly. */
  static long[] apportion(long total, double[] weights, double sum) {
    long[] n = new long[weights.length];
    double[] frac = new double[weights.length];
    long assigned = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = total * weights[i] / sum;
      n[i] = (long) Math.floor(exact);
      frac[i] = exact - n[i];
      assigned += n[i];
    }
    Integer[] order = new Integer[weights.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> frac[a] != frac[b] ? Double.compare(frac[b], frac[a]) : a - b);
    for (int k = 0; assigned < total; k++, assigned++) {
      n[order[k % order.length]]++;
    }
    return n;
  }

  /** Advances to the next appeal; returns its arrival as epoch seconds. */
  long next() {
    while (inSlot >= (slot < 0 ? 0 : counts[slot])) {
      slot++;
      if (slot >= counts.length) {
        throw new IllegalStateException("timeline exhausted");
      }
      int c = (int) counts[slot];
      if (seconds.length < c) {
        seconds = new int[Math.max(c, seconds.length * 2)];
      }
      for (int i = 0; i < c; i++) {
        seconds[i] = rng.nextInt(3600);
      }
      Arrays.sort(seconds, 0, c);
      inSlot = 0;
    }
    channel = channelPickers[slot].draw(rng);
    return startEpoch + slot * 3600L + seconds[inSlot++];
  }

  /** The channel of the appeal returned by the last {@link #next()}. */
  Channel channel() {
    return ChannelMix.CHANNELS[channel];
  }

  /** The 0-based day of the appeal returned by the last {@link #next()}. */
  int day() {
    return slot / 24;
  }

  int days() {
    return days;
  }

  int slots() {
    return counts.length;
  }

  long slotStart(int s) {
    return startEpoch + s * 3600L;
  }

  /** The expected number of appeals of a channel in a slot. */
  double expected(int s, int channelIndex) {
    double w = 0;
    for (double x : channelWeights[s]) {
      w += x;
    }
    return w == 0 ? 0 : counts[s] * channelWeights[s][channelIndex] / w;
  }
}
