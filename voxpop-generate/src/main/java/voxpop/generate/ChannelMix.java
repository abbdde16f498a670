package voxpop.generate;

import voxpop.model.Channel;

/**
 * The channel mix of the reference event (counted on the morning of the 2025 broadcast) and the
 * hours of the day at which each channel is used, in Moscow time. The call centre works from 8:00
 * to midnight; messages arrive round the clock with a night low and an evening high. On the
 * broadcast day (the last day) everything peaks from 12:00 and the line closes at 17:00.
 */
final class ChannelMix {
  /** The channels of generated appeals, in the order of {@link #VOLUME}. */
  static final Channel[] CHANNELS = {
    Channel.PHONE, Channel.SMS, Channel.MESSENGER, Channel.SOCIAL, Channel.WEB, Channel.APP
  };

  /** Appeals per channel as reported on air: phone, SMS, messenger, social, web, app. */
  static final double[] VOLUME = {1_147_738, 489_111, 463_000, 292_000, 108_000, 31_500};

  private static final double[] MESSAGE_HOURS = {
    1.2, 0.7, 0.4, 0.3, 0.3, 0.4, 0.8, 1.5, 2.5, 3.5, 4.2, 4.5, 4.6, 4.5, 4.4, 4.4, 4.5, 4.6, 4.8,
    5.2, 5.5, 5.3, 4.2, 2.5
  };
  private static final double[] CALL_HOURS = {
    0, 0, 0, 0, 0, 0, 0, 0, 2.5, 4.5, 5.0, 5.2, 5.2, 5.0, 5.0, 5.0, 5.0, 5.0, 5.1, 5.3, 5.3, 5.0,
    4.2, 3.0
  };

  static final int BROADCAST_START_HOUR = 12;
  static final int LINE_CLOSES_HOUR = 17;

  private ChannelMix() {}

  /** The share of each channel in {@link #CHANNELS} order. */
  static double share(int channelIndex) {
    double total = 0;
    for (double v : VOLUME) {
      total += v;
    }
    return VOLUME[channelIndex] / total;
  }

  /** The relative intensity of a channel at an hour (Moscow time) of an ordinary or last day. */
  static double hourWeight(Channel c, int hour, boolean broadcastDay) {
    double w = (c == Channel.PHONE ? CALL_HOURS : MESSAGE_HOURS)[hour];
    if (!broadcastDay) {
      return w;
    }
    if (hour >= LINE_CLOSES_HOUR) {
      return 0;
    }
    if (hour >= BROADCAST_START_HOUR) {
      return w * (c == Channel.PHONE ? 3.0 : 4.5);
    }
    return hour >= 8 ? w * 1.6 : w;
  }

  /** Relative daily intake: a gentle rise, then a sharp rise in the last two days. */
  static double[] dayWeights(int days) {
    double[] w = new double[days];
    int ordinary = days >= 3 ? days - 2 : days;
    for (int d = 0; d < ordinary; d++) {
      w[d] = ordinary == 1 ? 1.0 : 0.8 + 0.4 * d / (ordinary - 1);
    }
    if (days >= 3) {
      w[days - 2] = 1.9;
      w[days - 1] = 3.2;
    }
    return w;
  }
}
