package voxpop.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import voxpop.model.Channel;
import voxpop.model.Language;

/**
 * Plans the coordinated campaigns of a run and decides which appeals join them. About {@link
 * #SHARE} of all appeals belong to campaigns; their sizes are heavy-tailed (a few large ones, many
 * small ones, at least {@link #MIN_SIZE}), as mail-merge campaigns are. Each campaign runs for 2 to
 * 96 hours (longer for larger ones); an appeal that arrives in its window through one of its
 * channels joins it with the probability that yields the planned size on average. Not thread-safe.
 */
final class Campaigns {
  static final double SHARE = 0.02;

  /** The smallest campaign: fewer senders with one text are not a campaign. */
  static final int MIN_SIZE = 20;

  private static final long MAX_HOURS = 96;

  /** At most this share of a campaign's channels' traffic in its window joins it. */
  private static final double MAX_JOIN = 0.5;

  private static final Channel[][] CHANNEL_SETS = {
    {Channel.MESSENGER, Channel.SOCIAL},
    {Channel.MESSENGER, Channel.SOCIAL},
    {Channel.WEB},
    {Channel.SMS},
    {Channel.SMS},
    {Channel.MESSENGER, Channel.WEB, Channel.APP},
    {Channel.SOCIAL}
  };

  private final List<Campaign> all;
  private final List<Campaign> active = new ArrayList<>();
  private int nextToStart;

  private Campaigns(List<Campaign> all) {
    this.all = all;
  }

  /** Plans the campaigns of a run of {@code count} appeals; the factory renders their texts. */
  static Campaigns plan(
      long count, Timeline timeline, ThemeCatalog catalog, Rng rng, CampaignTextFactory texts) {
    long total = Math.round(count * SHARE);
    if (total < 2 * MIN_SIZE) {
      return new Campaigns(List.of());
    }
    int k = (int) Math.max(1, Math.round(Math.sqrt(total) / 4));
    double[] w = new double[k];
    double sum = 0;
    for (int i = 0; i < k; i++) {
      w[i] = Math.min(Math.pow(1 - rng.nextDouble(), -1 / 1.3), 40);
      sum += w[i];
    }
    List<Integer> eligible = new ArrayList<>();
    for (int i = 0; i < catalog.subthemes.size(); i++) {
      if (catalog.subthemes.get(i).campaign() != Subtheme.CampaignScope.NONE) {
        eligible.add(i);
      }
    }
    long lastEnd = timeline.slotStart(timeline.slots() - 1) + 3600;
    List<Campaign> planned = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      int sub = eligible.get(rng.nextInt(eligible.size()));
      Theme theme = catalog.subthemes.get(sub).theme();
      int firstDay = theme.lastDays > 0 ? Math.max(0, timeline.days() - theme.lastDays) : 0;
      int slot = firstDay * 24 + rng.nextInt((timeline.days() - firstDay) * 24);
      long start = timeline.slotStart(slot) + rng.nextInt(3600);
      long hours = Math.min(MAX_HOURS / 2, 2 + Math.round(-Math.log(1 - rng.nextDouble()) * 10));
      Channel[] channels = CHANNEL_SETS[rng.nextInt(CHANNEL_SETS.length)];
      int target = (int) Math.max(MIN_SIZE, Math.round(total * w[i] / sum));
      // A large campaign runs longer rather than taking over its channels.
      double expected =
          expected(timeline, channels, start, Math.min(start + hours * 3600, lastEnd));
      while (target > MAX_JOIN * expected && hours < MAX_HOURS) {
        hours = Math.min(MAX_HOURS, hours * 2);
        expected = expected(timeline, channels, start, Math.min(start + hours * 3600, lastEnd));
      }
      target = (int) Math.min(target, MAX_JOIN * expected);
      if (target < MIN_SIZE) {
        continue;
      }
      long end = Math.min(start + hours * 3600, lastEnd);
      AppealPlan plan = texts.create(sub, channels[0], Language.RU, rng.nextLong());
      boolean regional = catalog.subthemes.get(sub).campaign() == Subtheme.CampaignScope.REGIONAL;
      Campaign c =
          new Campaign("", plan, regional ? plan.sender.region : -1, start, end, channels, target);
      c.probability = target / expected;
      planned.add(c);
    }
    planned.sort(Comparator.comparingLong((Campaign c) -> c.start));
    List<Campaign> named = new ArrayList<>();
    int width = Math.max(3, Integer.toString(planned.size()).length());
    for (int i = 0; i < planned.size(); i++) {
      Campaign c = planned.get(i);
      Campaign n =
          new Campaign(
              String.format("c%0" + width + "d", i + 1),
              c.plan,
              c.region,
              c.start,
              c.end,
              c.channels,
              c.target);
      n.probability = c.probability;
      named.add(n);
    }
    return new Campaigns(List.copyOf(named));
  }

  private static double expected(Timeline t, Channel[] channels, long start, long end) {
    double sum = 0;
    for (int s = 0; s < t.slots(); s++) {
      long from = Math.max(start, t.slotStart(s));
      long to = Math.min(end, t.slotStart(s) + 3600);
      if (to <= from) {
        continue;
      }
      for (Channel c : channels) {
        int ci = List.of(ChannelMix.CHANNELS).indexOf(c);
        sum += t.expected(s, ci) * (to - from) / 3600.0;
      }
    }
    return sum;
  }

  /** The campaign an appeal arriving at {@code time} through {@code channel} joins, or null. */
  Campaign join(long time, Channel channel, Rng rng) {
    while (nextToStart < all.size() && all.get(nextToStart).start <= time) {
      active.add(all.get(nextToStart++));
    }
    active.removeIf(c -> c.end <= time);
    for (Campaign c : active) {
      if (c.accepts(channel) && rng.chance(c.probability)) {
        c.members++;
        return c;
      }
    }
    return null;
  }

  List<Campaign> all() {
    return all;
  }

  /** Renders the text that a campaign's members send. */
  interface CampaignTextFactory {
    AppealPlan create(int subtheme, Channel channel, Language language, long seed);
  }
}
