package voxpop.dedup;

import java.util.BitSet;

/**
 * The outcome of duplicate grouping over the distinct texts of a run.
 *
 * @param groupOfDistinct the near-duplicate group of each distinct text (dense ids in order of
 *     first appearance)
 * @param groupCount the number of groups
 * @param peopleOfDistinct distinct people who sent each distinct text
 * @param peopleOfGroup distinct people in each group
 * @param questionsOfGroup accepted questions in each group
 * @param campaignGroups groups flagged as coordinated campaigns
 * @param campaignFrom per group, the first time (epoch seconds) of its campaign burst, or {@link
 *     Long#MIN_VALUE} when the whole group is the campaign
 * @param campaignTo per group, the last time of its campaign burst, or {@link Long#MAX_VALUE}
 */
public record DuplicateGroups(
    int[] groupOfDistinct,
    int groupCount,
    int[] peopleOfDistinct,
    int[] peopleOfGroup,
    int[] questionsOfGroup,
    BitSet campaignGroups,
    long[] campaignFrom,
    long[] campaignTo) {

  /** Whether the whole group is a campaign, not only a burst inside it. */
  public boolean wholeGroupCampaign(int group) {
    return campaignGroups.get(group) && campaignFrom[group] == Long.MIN_VALUE;
  }

  /**
   * Whether a question of {@code group} received at {@code time} ({@link DuplicateStage#NO_TIME}
   * when unknown) belongs to a campaign: any question of a group that is one as a whole, and the
   * questions inside the burst of a group where a campaign copied a question others ask all along.
   */
  public boolean campaignAt(int group, long time) {
    if (!campaignGroups.get(group)) {
      return false;
    }
    if (campaignFrom[group] == Long.MIN_VALUE) {
      return true;
    }
    return time != DuplicateStage.NO_TIME
        && time >= campaignFrom[group]
        && time <= campaignTo[group];
  }
}
