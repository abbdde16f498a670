package voxpop.dedup;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import voxpop.params.Params;
import voxpop.terms.TermDocs;

/**
 * Groups exact and near-duplicate questions, counts each group by distinct senders and finds
 * coordinated campaigns.
 *
 * <ol>
 *   <li>exact duplicates were already collapsed into distinct texts by {@link ExactKey};
 *   <li>near-duplicate distinct texts are joined by {@link NearDuplicateGrouper};
 *   <li>people are counted per distinct text and per group (a sender asking twice counts once);
 *   <li>campaigns — bursts of one text that many people sent — are found by {@link CampaignFinder}.
 * </ol>
 *
 * Produces {@link DuplicateGroups}. Thread-safe if the executor is.
 */
public final class DuplicateStage {
  private final Params params;

  public DuplicateStage(Params params) {
    this.params = params;
  }

  /**
   * @param terms stems of every distinct accepted text
   * @param distinctOfQuestion distinct text of each question, -1 for screened-out ones
   * @param personOfQuestion sender of each question (dense person ids)
   * @param timeOfQuestion when each question arrived (epoch seconds), {@link #NO_TIME} if unknown
   * @param pool executor for the parallel parts, or null
   */
  public DuplicateGroups run(
      TermDocs terms,
      int[] distinctOfQuestion,
      int[] personOfQuestion,
      long[] timeOfQuestion,
      ExecutorService pool) {
    int distinct = terms.size();
    int[][] sets = NearDuplicateGrouper.stemSets(terms, pool);
    int[] group =
        new NearDuplicateGrouper(
                params.get(DuplicateParams.NEAR_DUPLICATE_JACCARD),
                params.get(DuplicateParams.MIN_HASH_BANDS),
                params.get(DuplicateParams.MIN_HASH_ROWS))
            .group(sets, pool);
    int groups = 0;
    for (int g : group) {
      groups = Math.max(groups, g + 1);
    }
    int[] peopleOfDistinct = countPeople(distinctOfQuestion, personOfQuestion, null, distinct);
    int[] peopleOfGroup = countPeople(distinctOfQuestion, personOfQuestion, group, groups);
    int[] questionsOfGroup = new int[groups];
    for (int d : distinctOfQuestion) {
      if (d >= 0) {
        questionsOfGroup[group[d]]++;
      }
    }
    CampaignFinder.Found found =
        new CampaignFinder(
                params.get(DuplicateParams.CAMPAIGN_MIN_PEOPLE),
                params.get(DuplicateParams.CAMPAIGN_MIN_WORDS),
                params.get(DuplicateParams.CAMPAIGN_EXACT_SHARE),
                params.get(DuplicateParams.CAMPAIGN_BURST_FACTOR),
                params.get(DuplicateParams.NEAR_DUPLICATE_JACCARD),
                terms,
                sets,
                group,
                distinctOfQuestion,
                personOfQuestion,
                timeOfQuestion)
            .find(groups, peopleOfDistinct, peopleOfGroup, questionsOfGroup);
    return new DuplicateGroups(
        group,
        groups,
        peopleOfDistinct,
        peopleOfGroup,
        questionsOfGroup,
        found.campaigns(),
        found.questions());
  }

  /** The marker of a question without a time. */
  public static final long NO_TIME = Long.MIN_VALUE;

  /**
   * Distinct people per key, where the key of a question is its distinct text (or that text's group
   * when {@code group} is given): sorts (key, person) pairs and counts runs.
   */
  private static int[] countPeople(int[] distinctOfQuestion, int[] person, int[] group, int keys) {
    int n = 0;
    for (int d : distinctOfQuestion) {
      if (d >= 0) {
        n++;
      }
    }
    long[] pairs = new long[n];
    int k = 0;
    for (int q = 0; q < distinctOfQuestion.length; q++) {
      int d = distinctOfQuestion[q];
      if (d >= 0) {
        int key = group == null ? d : group[d];
        pairs[k++] = ((long) key << 32) | (person[q] & 0xffffffffL);
      }
    }
    Arrays.parallelSort(pairs);
    int[] counts = new int[keys];
    for (int i = 0; i < n; i++) {
      if (i == 0 || pairs[i] != pairs[i - 1]) {
        counts[(int) (pairs[i] >>> 32)]++;
      }
    }
    return counts;
  }
}
