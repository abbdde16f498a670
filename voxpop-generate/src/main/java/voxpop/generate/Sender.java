package voxpop.generate;

import voxpop.model.AgeGroup;
import voxpop.model.Channel;

/**
 * One person who writes or calls, kept in a bounded pool so that some send again. Holds what stays
 * the same across their appeals: the key the channel knows them by, region and town, gender, age
 * and the seed of their name. Mutable ({@link #last}); confined to the generating thread.
 */
final class Sender {
  final Channel channel;
  final String key;
  final int region;
  final int town;
  final boolean female;
  final AgeGroup ageGroup;
  final int age;
  final long nameSeed;

  /** The last accepted appeal of this sender, to repeat; null before the first one. */
  AppealPlan last;

  Sender(
      Channel channel,
      String key,
      int region,
      int town,
      boolean female,
      AgeGroup ageGroup,
      int age,
      long nameSeed) {
    this.channel = channel;
    this.key = key;
    this.region = region;
    this.town = town;
    this.female = female;
    this.ageGroup = ageGroup;
    this.age = age;
    this.nameSeed = nameSeed;
  }
}
