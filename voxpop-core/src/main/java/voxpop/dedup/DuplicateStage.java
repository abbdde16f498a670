package voxpop.dedup;

import java.util.Arrays;
import java.util.BitSet;
import java.util.concurrent.ExecutorService;
import voxpop.params.Params;
import voxpop.terms.TermDocs;

/**
 * Groups exact and near-duplicate questions, counts each group by distinct senders and flags
 * coordinated campaigns.
 *
 * <ol>
 *   <li>exact duplicates were already collapsed into distinct texts by {@link ExactKey};
 *   <li>near-duplicate distinct texts are joined by {@link NearDuplicateGrouper};
 *   <li>people are counted per distinct text and per group (a sender asking twice counts once);
 *   <li>a group is a campaign when many people sent it ({@code campaignMinPeople}), most of them
 *       the very same text ({@code campaignExactShare}), and that text is long enough to be a
 *       prepared one ({@code campaignMinWords}) — a short common question asked in the same words
 *       is not.
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
    long[] from = new long[groups];
    long[] to = new long[groups];
    Arrays.fill(from, Long.MIN_VALUE);
    Arrays.fill(to, Long.MAX_VALUE);
    BitSet campaigns =
        campaigns(
            terms,
            group,
            groups,
            peopleOfDistinct,
            peopleOfGroup,
            distinctOfQuestion,
            timeOfQuestion,
            from,
            to);
    return new DuplicateGroups(
        group, groups, peopleOfDistinct, peopleOfGroup, questionsOfGroup, campaigns, from, to);
  }

  /** How many times its own rate a text's densest window must hold to be a campaign's burst. */
  static final double BURST_FACTOR = 4.0;

  /** The marker of a question without a time. */
  public static final long NO_TIME = Long.MIN_VALUE;

  /**
   * A group is a campaign when its most sent exact text was sent by many people, most of the
   * group's people sent that very text, and it came in a burst: the middle 80% of its copies
   * arrived within {@code campaignMaxSpanShare} of the whole intake period. Popular questions are
   * asked in the same few words all through an event; a coordinated text arrives within hours. When
   * the copies carry no times, a long text ({@code campaignMinWords}) stands in for the burst.
   *
   * <p>A campaign may also copy, word for word or nearly, a question that others ask all through
   * the event; its group then spans the event and the rule above misses it. So in every group that
   * many people sent, the densest window of {@code campaignMaxSpanShare} of the period is looked
   * for as well: when it holds at least {@code campaignMinPeople} questions and {@value
   * #BURST_FACTOR} times what the group's own rate over the period predicts, the questions inside
   * it (from its first to its last) are the campaign, written to {@code from} and {@code to}.
   */
  private BitSet campaigns(
      TermDocs terms,
      int[] group,
      int groups,
      int[] peopleOfDistinct,
      int[] peopleOfGroup,
      int[] distinctOfQuestion,
      long[] timeOfQuestion,
      long[] from,
      long[] to) {
    int minPeople = params.get(DuplicateParams.CAMPAIGN_MIN_PEOPLE);
    int minWords = params.get(DuplicateParams.CAMPAIGN_MIN_WORDS);
    double exactShare = params.get(DuplicateParams.CAMPAIGN_EXACT_SHARE);
    double maxSpanShare = params.get(DuplicateParams.CAMPAIGN_MAX_SPAN_SHARE);
    int[] dominant = new int[groups];
    Arrays.fill(dominant, -1);
    for (int d = 0; d < group.length; d++) {
      int g = group[d];
      if (dominant[g] < 0 || peopleOfDistinct[d] > peopleOfDistinct[dominant[g]]) {
        dominant[g] = d;
      }
    }
    // Per group that many people sent: the times of all its copies (for a burst inside it) and,
    // when its dominant text passes the people rules too, of that text's copies.
    long[][] textTimes = new long[groups][];
    int[] textFilled = new int[groups];
    long[][] groupTimes = new long[groups][];
    int[] groupFilled = new int[groups];
    for (int g = 0; g < groups; g++) {
      if (peopleOfGroup[g] >= minPeople) {
        groupTimes[g] = new long[8];
        if (peopleOfDistinct[dominant[g]] >= exactShare * peopleOfGroup[g]) {
          textTimes[g] = new long[8];
        }
      }
    }
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (int q = 0; q < distinctOfQuestion.length; q++) {
      long t = timeOfQuestion[q];
      if (t == NO_TIME) {
        continue;
      }
      first = Math.min(first, t);
      last = Math.max(last, t);
      int d = distinctOfQuestion[q];
      if (d < 0) {
        continue;
      }
      int g = group[d];
      append(groupTimes, groupFilled, g, t);
      if (d == dominant[g]) {
        append(textTimes, textFilled, g, t);
      }
    }
    long period = last > first ? last - first : 0;
    // Every timed question, sorted: a group's burst is measured against the whole intake in the
    // same window, so that the event's own surges (the broadcast day) are no campaign.
    long[] allTimes = new long[timeOfQuestion.length];
    int timed = 0;
    for (long t : timeOfQuestion) {
      if (t != NO_TIME) {
        allTimes[timed++] = t;
      }
    }
    allTimes = Arrays.copyOf(allTimes, timed);
    Arrays.parallelSort(allTimes);
    BitSet campaigns = new BitSet(groups);
    for (int g = 0; g < groups; g++) {
      int d = dominant[g];
      long[] ts = textTimes[g];
      boolean campaign = false;
      if (ts != null) {
        int n = textFilled[g];
        if (period > 0 && n * 2 >= peopleOfDistinct[d]) {
          long[] sorted = Arrays.copyOf(ts, n);
          Arrays.sort(sorted);
          long span = sorted[n - 1 - n / 10] - sorted[n / 10];
          campaign = span <= maxSpanShare * period;
        } else {
          campaign = terms.length(d) >= minWords;
        }
      }
      long[] gts = groupTimes[g];
      if (!campaign && gts != null && period > 0) {
        int n = groupFilled[g];
        long[] sorted = Arrays.copyOf(gts, n);
        Arrays.sort(sorted);
        long window = (long) (maxSpanShare * period);
        int best = 0;
        int bestAt = 0;
        for (int i = 0, j = 0; j < n; j++) {
          while (sorted[j] - sorted[i] > window) {
            i++;
          }
          if (j - i + 1 > best) {
            best = j - i + 1;
            bestAt = i;
          }
        }
        long a = sorted[bestAt];
        long b = sorted[bestAt + best - 1];
        int inWindow = upperBound(allTimes, b) - lowerBound(allTimes, a);
        double expected = (double) n * inWindow / timed;
        if (best >= minPeople && best >= BURST_FACTOR * expected) {
          campaign = true;
          from[g] = a;
          to[g] = b;
        }
      }
      if (campaign) {
        campaigns.set(g);
      }
    }
    return campaigns;
  }

  /** The first index of {@code sorted} holding a value {@code >= key}. */
  private static int lowerBound(long[] sorted, long key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first index of {@code sorted} holding a value {@code > key}. */
  private static int upperBound(long[] sorted, long key) {
    return key == Long.MAX_VALUE ? sorted.length : lowerBound(sorted, key + 1);
  }

  private static void append(long[][] times, int[] filled, int g, long t) {
    long[] ts = times[g];
    if (ts == null) {
      return;
    }
    int k = filled[g];
    if (k == ts.length) {
      ts = Arrays.copyOf(ts, k * 2);
      times[g] = ts;
    }
    ts[k] = t;
    filled[g] = k + 1;
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
