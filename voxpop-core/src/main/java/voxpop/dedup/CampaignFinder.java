package voxpop.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import voxpop.terms.TermDocs;

/**
 * Finds coordinated campaigns: bursts of one text that many people sent, each judged against that
 * text's own pace, not its group's — a campaign often copies, word for word or nearly, a question
 * that others ask all through the event, and a group can hold two campaigns days apart.
 *
 * <ol>
 *   <li>candidates: every distinct text that at least {@code m} people sent ({@code m} = half of
 *       {@code campaignMinPeople}), in a group that {@code campaignMinPeople} people sent;
 *   <li>runs ({@link BurstRuns}): the stretches where a text's copies arrive at {@code
 *       campaignBurstFactor} times its own pace or more, on the intake clock;
 *   <li>bursts, largest run first: the questions of the run's group received from its first copy to
 *       its last whose text is the run's or near it (Jaccard ≥ {@code nearDuplicateJaccard}), plus
 *       the questions of that time whose stems hold all of the run's text and at most {@value
 *       #MAX_EXTRA_STEMS} more (a greeting or a sign-off that took the copy out of the group);
 *       questions of an earlier campaign stay with it;
 *   <li>a burst is a campaign when {@code campaignMinPeople} people sent it and at least {@code
 *       campaignExactShare} of its questions lie in runs themselves — the campaign's text, or a
 *       second text of the same campaign. Ordinary askers of a common question fill any window; a
 *       campaign's window holds mostly the campaign.
 * </ol>
 *
 * A group whose most sent text mostly lacks times (or a run without any time span) cannot show a
 * burst: when {@code campaignMinPeople} people sent the group, it is a campaign as a whole if
 * {@code campaignExactShare} of them sent that very text and it has {@code campaignMinWords}
 * content words — a prepared text, not a short common question. Deterministic; not thread-safe (one
 * instance per run).
 */
final class CampaignFinder {
  /** The most stems a copy may add to the campaign's text and still join it from another group. */
  static final int MAX_EXTRA_STEMS = 3;

  private final int minPeople;
  private final int minCopies;
  private final int minWords;
  private final double share;
  private final double burstFactor;
  private final double nearJaccard;
  private final TermDocs terms;
  private final int[] group;
  private final int[] distinctOfQuestion;
  private final int[] personOfQuestion;
  private final long[] timeOfQuestion;
  private final int[][] sets;

  private final BitSet flagged;
  private final List<Campaign> found = new ArrayList<>();

  /** Per intake position, the size of the question's stem set (0 if none); filled when needed. */
  private byte[] sizeAt;

  /** Per intake position, the stem signature of the question's text; filled with sizeAt. */
  private int[] signatureAt;

  /** The campaigns, largest first, and the questions that belong to one. */
  record Found(List<Campaign> campaigns, BitSet questions) {}

  CampaignFinder(
      int minPeople,
      int minWords,
      double share,
      double burstFactor,
      double nearJaccard,
      TermDocs terms,
      int[][] sets,
      int[] group,
      int[] distinctOfQuestion,
      int[] personOfQuestion,
      long[] timeOfQuestion) {
    this.minPeople = minPeople;
    this.minCopies = Math.max(2, (minPeople + 1) / 2);
    this.minWords = minWords;
    this.share = share;
    this.burstFactor = burstFactor;
    this.nearJaccard = nearJaccard;
    this.terms = terms;
    this.group = group;
    this.distinctOfQuestion = distinctOfQuestion;
    this.personOfQuestion = personOfQuestion;
    this.timeOfQuestion = timeOfQuestion;
    this.sets = sets;
    this.flagged = new BitSet(distinctOfQuestion.length);
  }

  Found find(int groups, int[] peopleOfDistinct, int[] peopleOfGroup, int[] questionsOfGroup) {
    int distinct = terms.size();
    int[] dominant = new int[groups];
    Arrays.fill(dominant, -1);
    for (int d = 0; d < distinct; d++) {
      int g = group[d];
      if (dominant[g] < 0 || peopleOfDistinct[d] > peopleOfDistinct[dominant[g]]) {
        dominant[g] = d;
      }
    }
    int[] timedCopies = new int[distinct];
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    int timed = 0;
    for (int q = 0; q < timeOfQuestion.length; q++) {
      long t = timeOfQuestion[q];
      if (t != DuplicateStage.NO_TIME) {
        timed++;
        first = Math.min(first, t);
        last = Math.max(last, t);
        if (distinctOfQuestion[q] >= 0) {
          timedCopies[distinctOfQuestion[q]]++;
        }
      }
    }
    boolean clock = timed > 0 && last > first;
    BitSet untimed = new BitSet(groups);
    BitSet whole = new BitSet(groups);
    for (int g = 0; g < groups; g++) {
      int d = dominant[g];
      if (peopleOfGroup[g] >= minPeople && (!clock || timedCopies[d] * 2 < peopleOfDistinct[d])) {
        untimed.set(g);
        if (peopleOfDistinct[d] >= share * peopleOfGroup[g] && terms.length(d) >= minWords) {
          whole.set(g);
        }
      }
    }
    if (!whole.isEmpty()) {
      wholeGroups(whole, dominant, peopleOfGroup, questionsOfGroup);
    }
    if (clock) {
      bursts(groups, first, last, timed, peopleOfDistinct, peopleOfGroup, untimed);
    }
    found.sort(
        Comparator.comparingInt((Campaign c) -> -c.people())
            .thenComparingInt(Campaign::group)
            .thenComparingLong(Campaign::from));
    return new Found(List.copyOf(found), flagged);
  }

  /** Flags every question of the groups that are campaigns as a whole. */
  private void wholeGroups(
      BitSet whole, int[] dominant, int[] peopleOfGroup, int[] questionsOfGroup) {
    long[] from = new long[dominant.length];
    long[] to = new long[dominant.length];
    Arrays.fill(from, Long.MAX_VALUE);
    Arrays.fill(to, Long.MIN_VALUE);
    for (int q = 0; q < distinctOfQuestion.length; q++) {
      int d = distinctOfQuestion[q];
      if (d >= 0 && whole.get(group[d])) {
        flagged.set(q);
        long t = timeOfQuestion[q];
        if (t != DuplicateStage.NO_TIME) {
          from[group[d]] = Math.min(from[group[d]], t);
          to[group[d]] = Math.max(to[group[d]], t);
        }
      }
    }
    for (int g = whole.nextSetBit(0); g >= 0; g = whole.nextSetBit(g + 1)) {
      boolean none = from[g] == Long.MAX_VALUE;
      found.add(
          new Campaign(
              g,
              dominant[g],
              none ? DuplicateStage.NO_TIME : from[g],
              none ? DuplicateStage.NO_TIME : to[g],
              peopleOfGroup[g],
              questionsOfGroup[g]));
    }
  }

  private void bursts(
      int groups,
      long first,
      long last,
      int timed,
      int[] peopleOfDistinct,
      int[] peopleOfGroup,
      BitSet untimed) {
    int m = minCopies;
    // The intake clock: every timed question, by time, then by index. A period too long for 31
    // bits of seconds is measured in coarser ticks.
    int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(last - first) - 31);
    long[] order = new long[timed];
    int k = 0;
    for (int q = 0; q < timeOfQuestion.length; q++) {
      if (timeOfQuestion[q] != DuplicateStage.NO_TIME) {
        order[k++] = ((timeOfQuestion[q] - first) >>> shift) << 32 | q;
      }
    }
    Arrays.parallelSort(order);
    int distinct = terms.size();
    int[] candidate = new int[distinct];
    Arrays.fill(candidate, -1);
    int candidates = 0;
    for (int d = 0; d < distinct; d++) {
      int g = group[d];
      if (peopleOfDistinct[d] >= m && peopleOfGroup[g] >= minPeople && !untimed.get(g)) {
        candidate[d] = candidates++;
      }
    }
    int[] textOf = new int[candidates];
    for (int d = 0; d < distinct; d++) {
      if (candidate[d] >= 0) {
        textOf[candidate[d]] = d;
      }
    }
    int[] copyStart = new int[candidates + 1];
    for (long key : order) {
      int d = distinctOfQuestion[(int) key];
      if (d >= 0 && candidate[d] >= 0) {
        copyStart[candidate[d] + 1]++;
      }
    }
    for (int c = 0; c < candidates; c++) {
      copyStart[c + 1] += copyStart[c];
    }
    int[] copies = new int[copyStart[candidates]];
    int[] fill = Arrays.copyOf(copyStart, candidates);
    for (int p = 0; p < timed; p++) {
      int d = distinctOfQuestion[(int) order[p]];
      if (d >= 0 && candidate[d] >= 0) {
        copies[fill[candidate[d]]++] = p;
      }
    }
    // Runs as (candidate, first copy, last copy), in candidate and time order.
    int[] runs = new int[0];
    int runCount = 0;
    BitSet inRun = new BitSet(distinctOfQuestion.length);
    for (int c = 0; c < candidates; c++) {
      int[] pieces = BurstRuns.find(copies, copyStart[c], copyStart[c + 1], timed, m, burstFactor);
      for (int r = 0; r < pieces.length; r += 2) {
        if (3 * runCount + 3 > runs.length) {
          runs = Arrays.copyOf(runs, runs.length * 2 + 48);
        }
        runs[3 * runCount] = c;
        runs[3 * runCount + 1] = pieces[r];
        runs[3 * runCount + 2] = pieces[r + 1];
        runCount++;
        for (int i = pieces[r]; i <= pieces[r + 1]; i++) {
          inRun.set((int) order[copies[i]]);
        }
      }
    }
    if (runCount == 0) {
      return;
    }
    boolean[] wanted = new boolean[groups];
    for (int r = 0; r < runCount; r++) {
      wanted[group[textOf[runs[3 * r]]]] = true;
    }
    GroupClock groupClock = new GroupClock(wanted, group, distinctOfQuestion, order);
    // Largest run first; ties in candidate (text) and time order.
    long[] byCopies = new long[runCount];
    for (int r = 0; r < runCount; r++) {
      long size = runs[3 * r + 2] - runs[3 * r + 1] + 1;
      byCopies[r] = (Integer.MAX_VALUE - size) << 32 | r;
    }
    Arrays.sort(byCopies);
    for (long key : byCopies) {
      int r = (int) key;
      int d = textOf[runs[3 * r]];
      // From the first question received at the run's first copy's time to the last at its last.
      long a = timeOfQuestion[(int) order[copies[runs[3 * r + 1]]]];
      long z = timeOfQuestion[(int) order[copies[runs[3 * r + 2]]]];
      int from = lowerBound(order, ((a - first) >>> shift) << 32);
      int to = lowerBound(order, ((z - first) >>> shift) + 1 << 32) - 1;
      burst(d, from, to, order, groupClock, inRun);
    }
  }

  /** Judges the burst of text {@code d} from intake position {@code from} to {@code to}. */
  private void burst(int d, int from, int to, long[] order, GroupClock clock, BitSet inRun) {
    int g = group[d];
    int[] text = sets[d];
    int[] members = new int[64];
    int count = 0;
    int running = 0;
    int[] positions = clock.positions;
    for (int i = clock.lowerBound(g, from), end = clock.end(g);
        i < end && positions[i] <= to;
        i++) {
      int q = (int) order[positions[i]];
      int dq = distinctOfQuestion[q];
      if (flagged.get(q) || (dq != d && !TermDocs.jaccardAtLeast(text, sets[dq], nearJaccard))) {
        continue;
      }
      members = push(members, count++, q);
      if (inRun.get(q)) {
        running++;
      }
    }
    // A run whose copies an earlier campaign took is no second campaign.
    if (count < minCopies || running < share * count || text.length == 0) {
      return;
    }
    if (sizeAt == null) {
      positionIndex(order);
    }
    int mask = signature(text);
    for (int p = from; p <= to; p++) {
      // Nearly every question of the hours fails on its size or stem signature alone.
      if (sizeAt[p] <= text.length
          || sizeAt[p] > text.length + MAX_EXTRA_STEMS
          || (signatureAt[p] & mask) != mask) {
        continue;
      }
      int q = (int) order[p];
      int dq = distinctOfQuestion[q];
      if (group[dq] == g || flagged.get(q) || !holds(sets[dq], text)) {
        continue;
      }
      members = push(members, count++, q);
      if (inRun.get(q)) {
        running++;
      }
    }
    int people = people(members, count);
    if (people < minPeople || running < share * count) {
      return;
    }
    for (int i = 0; i < count; i++) {
      flagged.set(members[i]);
    }
    found.add(
        new Campaign(
            g,
            d,
            timeOfQuestion[(int) order[from]],
            timeOfQuestion[(int) order[to]],
            people,
            count));
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

  /** Fills {@link #sizeAt} and {@link #signatureAt}: the scan reads them in intake order. */
  private void positionIndex(long[] order) {
    byte[] size = new byte[sets.length];
    int[] signature = new int[sets.length];
    for (int d = 0; d < sets.length; d++) {
      size[d] = (byte) Math.min(sets[d].length, Byte.MAX_VALUE);
      signature[d] = signature(sets[d]);
    }
    sizeAt = new byte[order.length];
    signatureAt = new int[order.length];
    for (int p = 0; p < order.length; p++) {
      int d = distinctOfQuestion[(int) order[p]];
      if (d >= 0) {
        sizeAt[p] = size[d];
        signatureAt[p] = signature[d];
      }
    }
  }

  /** A 32-bit Bloom signature of a stem set: a set holds another only if its bits hold theirs. */
  private static int signature(int[] stems) {
    int bits = 0;
    for (int stem : stems) {
      bits |= 1 << ((stem * 0x9E3779B9) >>> 27);
    }
    return bits;
  }

  /** Whether the sorted set {@code stems} holds every stem of the sorted set {@code text}. */
  private static boolean holds(int[] stems, int[] text) {
    int j = 0;
    for (int stem : text) {
      while (j < stems.length && stems[j] < stem) {
        j++;
      }
      if (j == stems.length || stems[j] != stem) {
        return false;
      }
      j++;
    }
    return true;
  }

  private int people(int[] members, int count) {
    int[] persons = new int[count];
    for (int i = 0; i < count; i++) {
      persons[i] = personOfQuestion[members[i]];
    }
    Arrays.sort(persons);
    int people = 0;
    for (int i = 0; i < count; i++) {
      if (i == 0 || persons[i] != persons[i - 1]) {
        people++;
      }
    }
    return people;
  }

  private static int[] push(int[] values, int count, int value) {
    if (count == values.length) {
      values = Arrays.copyOf(values, count * 2);
    }
    values[count] = value;
    return values;
  }
}
