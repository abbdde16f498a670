package voxpop.dedup;

/**
 * One coordinated campaign: many people sending one text, or copies of it with tiny edits, in a
 * burst.
 *
 * @param group the duplicate group of its text
 * @param text its text (a distinct text id): the one whose burst it is, or for a campaign found
 *     without times the group's most sent text
 * @param from the first time (epoch seconds) of its questions, {@link CampaignStage#NO_TIME} when
 *     none carries one
 * @param to the last time of its questions, {@link CampaignStage#NO_TIME} when none carries one
 * @param people distinct senders of its questions
 * @param questions its questions
 */
public record Campaign(int group, int text, long from, long to, int people, int questions) {}
