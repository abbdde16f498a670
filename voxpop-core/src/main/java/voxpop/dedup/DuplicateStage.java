package voxpop.dedup;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import voxpop.params.Params;
import voxpop.terms.TermDocs;

/**
 * Groups exact and near-duplicate questions and counts each group by distinct senders.
 *
 * <ol>
 *   <li>exact duplicates were already collapsed into distinct texts by {@link ExactKey};
 *   <li>near-duplicate distinct texts are joined by {@link NearDuplicateGrouper};
 *   <li>people are counted per distinct text and per group (a sender asking twice counts once).
 * </ol>
 *
 * Produces {@link DuplicateGroups}; campaigns are found later by {@link CampaignStage}. Thread-safe
 * if the executor is.
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
   * @param pool executor for the parallel parts, or null
   */
  public DuplicateGroups run(
      TermDocs terms, int[] distinctOfQuestion, int[] personOfQuestion, ExecutorService pool) {
    int distinct = terms.size();
    int[] group =
        new NearDuplicateGrouper(
                params.get(DuplicateParams.NEAR_DUPLICATE_JACCARD),
                params.get(DuplicateParams.MIN_HASH_BANDS),
                params.get(DuplicateParams.MIN_HASH_ROWS))
            .group(terms, pool);
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
    return new DuplicateGroups(group, groups, peopleOfDistinct, peopleOfGroup, questionsOfGroup);
  }

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
