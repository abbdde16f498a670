package voxpop.generate;

import voxpop.model.Channel;

/**
 * A coordinated campaign: many senders, one text (exact or with tiny changes), on one sub-theme,
 * within a short window, through a few channels; regional campaigns recruit in one region. Mutable
 * counters; confined to the generating thread.
 */
final class Campaign {
  final String id;
  final AppealPlan plan;
  final int region;
  final long start;
  final long end;
  final Channel[] channels;
  final int target;
  double probability;
  int members;

  Campaign(
      String id,
      AppealPlan plan,
      int region,
      long start,
      long end,
      Channel[] channels,
      int target) {
    this.id = id;
    this.plan = plan;
    this.region = region;
    this.start = start;
    this.end = end;
    this.channels = channels;
    this.target = target;
  }

  boolean accepts(Channel c) {
    for (Channel ch : channels) {
      if (ch == c) {
        return true;
      }
    }
    return false;
  }
}
