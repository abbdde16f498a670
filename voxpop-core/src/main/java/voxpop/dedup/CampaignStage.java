package voxpop.dedup;

import voxpop.params.Params;
import voxpop.terms.TermDocs;

/**
 * Finds coordinated campaigns — many people sending one text, or copies of it with tiny edits, in a
 * burst — once the duplicate groups and the themes are known; see {@link CampaignFinder} for the
 * rules. Runs after the theme stage because a burst whose whole sub-theme rises with it is an
 * event, not a campaign. Produces {@link Campaigns}. Thread-safe: each run has its own state.
 */
public final class CampaignStage {
  /** The marker of a question without a time. */
  public static final long NO_TIME = Long.MIN_VALUE;

  private final Settings settings;

  public CampaignStage(Params params) {
    this.settings =
        new Settings(
            params.get(DuplicateParams.CAMPAIGN_MIN_PEOPLE),
            params.get(DuplicateParams.CAMPAIGN_MIN_WORDS),
            params.get(DuplicateParams.CAMPAIGN_EXACT_SHARE),
            params.get(DuplicateParams.CAMPAIGN_BURST_FACTOR),
            params.get(DuplicateParams.CAMPAIGN_TOPIC_RISE),
            params.get(DuplicateParams.NEAR_DUPLICATE_JACCARD));
  }

  /**
   * @param terms stems of every distinct accepted text
   * @param dups the duplicate groups of those texts
   * @param subthemeOf the sub-theme of each distinct text (-1 for none), or null when no themes are
   *     known (then no burst is taken for an event)
   * @param distinctOfQuestion distinct text of each question, -1 for screened-out ones
   * @param personOfQuestion sender of each question (dense person ids)
   * @param timeOfQuestion when each question arrived (epoch seconds), {@link #NO_TIME} if unknown
   */
  public Campaigns run(
      TermDocs terms,
      DuplicateGroups dups,
      int[] subthemeOf,
      int[] distinctOfQuestion,
      int[] personOfQuestion,
      long[] timeOfQuestion) {
    return new CampaignFinder(
            settings,
            terms,
            dups.groupOfDistinct(),
            subthemeOf,
            distinctOfQuestion,
            personOfQuestion,
            timeOfQuestion)
        .find(dups);
  }

  /** The campaign parameters of a run. */
  record Settings(
      int minPeople,
      int minWords,
      double share,
      double burstFactor,
      double topicRise,
      double nearJaccard) {}
}
