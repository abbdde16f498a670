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
 *       campaignBurstFactor} times its own pace or more, on the intake clock ({@link Intake});
 *   <li>bursts, largest run first: the questions of the run's group received from its first copy to
 *       its last whose text is the run's or near it (Jaccard ≥ {@code nearDuplicateJaccard}), plus
 *       the questions of that time whose stems hold all of the run's text and at most {@value
 *       #MAX_EXTRA_STEMS} more (a sign-off that took the copy out of the group); questions of an
 *       earlier campaign stay with it;
 *   <li>a burst is a campaign when {@code campaignMinPeople} people sent it, at least {@code
 *       campaignExactShare} of its questions lie in runs themselves — the campaign's text, or a
 *       second text of the same campaign; ordinary askers of a common question fill any window —
 *       and its sub-theme, counted without the burst's own text and texts near it, does not rise
 *       {@code campaignTopicRise} times with it ({@link TopicRise}: an event, not a campaign);
 *   <li>campaigns of one group whose hours overlap or nearly touch are joined into one ({@link
 *       CampaignPieces}): a run that paused, or a second text of the group bursting with it.
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

  private final CampaignStage.Settings settings;
  private final int minCopies;
  private final TermDocs terms;
  private final int[] group;
  private final int[] subthemeOf;
  private final int[] distinctOfQuestion;
  private final int[] personOfQuestion;
  private final long[] timeOfQuestion;
  private final int[][] sets;
  private final BitSet flagged;
  private final List<Campaign> found = new ArrayList<>();
  private final List<CampaignPieces.Piece> pieces = new ArrayList<>();
  private Intake intake;
  private PositionBuckets groupClock;
  private BitSet inRun;
  private SignatureScan scan;
  private TopicRise topic;
  private final BitSet burstMembers = new BitSet();

  /**
   * @param subthemeOf the sub-theme of each distinct text (-1 for none), or null when unknown
   */
  CampaignFinder(
      CampaignStage.Settings settings,
      TermDocs terms,
      int[] group,
      int[] subthemeOf,
      int[] distinctOfQuestion,
      int[] personOfQuestion,
      long[] timeOfQuestion) {
    this.settings = settings;
    this.minCopies = Math.max(2, (settings.minPeople() + 1) / 2);
    this.terms = terms;
    this.group = group;
    this.subthemeOf = subthemeOf;
    this.distinctOfQuestion = distinctOfQuestion;
    this.personOfQuestion = personOfQuestion;
    this.timeOfQuestion = timeOfQuestion;
    this.sets = new int[terms.size()][];
    this.flagged = new BitSet(distinctOfQuestion.length);
  }

  Campaigns find(DuplicateGroups dups) {
    int groups = dups.groupCount();
    int[] peopleOfDistinct = dups.peopleOfDistinct();
    int[] peopleOfGroup = dups.peopleOfGroup();
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
    for (int q = 0; q < timeOfQuestion.length; q++) {
      if (timeOfQuestion[q] != CampaignStage.NO_TIME && distinctOfQuestion[q] >= 0) {
        timedCopies[distinctOfQuestion[q]]++;
      }
    }
    intake = Intake.of(timeOfQuestion);
    BitSet untimed = new BitSet(groups);
    BitSet whole = new BitSet(groups);
    for (int g = 0; g < groups; g++) {
      int d = dominant[g];
      if (peopleOfGroup[g] >= settings.minPeople()
          && (intake == null || timedCopies[d] * 2 < peopleOfDistinct[d])) {
        untimed.set(g);
        if (peopleOfDistinct[d] >= settings.share() * peopleOfGroup[g]
            && terms.length(d) >= settings.minWords()) {
          whole.set(g);
        }
      }
    }
    if (!whole.isEmpty()) {
      wholeGroups(whole, dominant, peopleOfGroup, dups.questionsOfGroup());
    }
    if (intake != null) {
      bursts(groups, peopleOfDistinct, peopleOfGroup, untimed);
      found.addAll(CampaignPieces.join(pieces, personOfQuestion, minCopies));
    }
    found.sort(
        Comparator.comparingInt((Campaign c) -> -c.people())
            .thenComparingInt(Campaign::group)
            .thenComparingLong(Campaign::from));
    return new Campaigns(List.copyOf(found), flagged);
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
        if (t != CampaignStage.NO_TIME) {
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
              none ? CampaignStage.NO_TIME : from[g],
              none ? CampaignStage.NO_TIME : to[g],
              peopleOfGroup[g],
              questionsOfGroup[g]));
    }
  }

  private void bursts(int groups, int[] peopleOfDistinct, int[] peopleOfGroup, BitSet untimed) {
    int m = minCopies;
    int distinct = terms.size();
    int[] candidate = new int[distinct];
    Arrays.fill(candidate, -1);
    int candidates = 0;
    for (int d = 0; d < distinct; d++) {
      int g = group[d];
      if (peopleOfDistinct[d] >= m && peopleOfGroup[g] >= settings.minPeople() && !untimed.get(g)) {
        candidate[d] = candidates++;
      }
    }
    int[] textOf = new int[candidates];
    for (int d = 0; d < distinct; d++) {
      if (candidate[d] >= 0) {
        textOf[candidate[d]] = d;
      }
    }
    // Each candidate's copies as intake positions, ascending.
    int[] keyAt = new int[intake.size()];
    for (int p = 0; p < keyAt.length; p++) {
      int d = distinctOfQuestion[intake.question(p)];
      keyAt[p] = d < 0 ? -1 : candidate[d];
    }
    PositionBuckets byText = new PositionBuckets(candidates, keyAt);
    int timed = intake.size();
    int[] copyStart = byText.start;
    int[] copies = byText.positions;
    // Runs as (candidate, first copy, last copy), in candidate and time order.
    int[] runs = new int[0];
    int runCount = 0;
    inRun = new BitSet(distinctOfQuestion.length);
    for (int c = 0; c < candidates; c++) {
      int[] spans =
          BurstRuns.find(copies, copyStart[c], copyStart[c + 1], timed, m, settings.burstFactor());
      for (int r = 0; r < spans.length; r += 2) {
        if (3 * runCount + 3 > runs.length) {
          runs = Arrays.copyOf(runs, runs.length * 2 + 48);
        }
        runs[3 * runCount] = c;
        runs[3 * runCount + 1] = spans[r];
        runs[3 * runCount + 2] = spans[r + 1];
        runCount++;
        for (int i = spans[r]; i <= spans[r + 1]; i++) {
          inRun.set(intake.question(copies[i]));
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
    for (int p = 0; p < keyAt.length; p++) {
      int d = distinctOfQuestion[intake.question(p)];
      keyAt[p] = d >= 0 && wanted[group[d]] ? group[d] : -1;
    }
    groupClock = new PositionBuckets(groups, keyAt);
    // Largest run first; ties in candidate (text) and time order.
    long[] byCopies = new long[runCount];
    for (int r = 0; r < runCount; r++) {
      long size = runs[3 * r + 2] - runs[3 * r + 1] + 1;
      byCopies[r] = (Integer.MAX_VALUE - size) << 32 | r;
    }
    Arrays.sort(byCopies);
    for (long key : byCopies) {
      int r = (int) key;
      // From the first question received at the run's first copy's time to the last at its last.
      long a = timeOfQuestion[intake.question(copies[runs[3 * r + 1]])];
      long z = timeOfQuestion[intake.question(copies[runs[3 * r + 2]])];
      burst(textOf[runs[3 * r]], a, z);
    }
  }

  /** Judges the burst of text {@code d} received from {@code a} to {@code z} (seconds). */
  private void burst(int d, long a, long z) {
    int from = intake.atOrAfter(a);
    int to = intake.atOrBefore(z);
    int g = group[d];
    int[] text = set(d);
    int[] members = new int[64];
    int count = 0;
    int running = 0;
    int[] positions = groupClock.positions;
    for (int i = groupClock.lowerBound(g, from), end = groupClock.end(g);
        i < end && positions[i] <= to;
        i++) {
      int q = intake.question(positions[i]);
      int dq = distinctOfQuestion[q];
      if (flagged.get(q)
          || (dq != d && !TermDocs.jaccardAtLeast(text, set(dq), settings.nearJaccard()))) {
        continue;
      }
      members = push(members, count++, q);
      if (inRun.get(q)) {
        running++;
      }
    }
    // A run whose copies an earlier campaign took is no second campaign.
    if (count < minCopies || running < settings.share() * count || text.length == 0) {
      return;
    }
    if (scan == null) {
      scan = new SignatureScan(intake, terms, distinctOfQuestion);
    }
    int mask = SignatureScan.signature(text);
    for (int p = from; p <= to; p++) {
      // Nearly every question of the hours fails on its length or stem signature alone.
      if (!scan.mayHoldMore(p, text.length, mask)) {
        continue;
      }
      int q = intake.question(p);
      int dq = distinctOfQuestion[q];
      if (group[dq] == g || flagged.get(q) || !holdsWithFewMore(set(dq), text)) {
        continue;
      }
      members = push(members, count++, q);
      if (inRun.get(q)) {
        running++;
      }
    }
    int people = CampaignPieces.people(members, count, personOfQuestion);
    if (people < settings.minPeople()
        || running < settings.share() * count
        || event(d, a, z, members, count)) {
      return;
    }
    for (int i = 0; i < count; i++) {
      flagged.set(members[i]);
    }
    pieces.add(
        new CampaignPieces.Piece(
            new Campaign(g, d, a, z, people, count), Arrays.copyOf(members, count)));
  }

  /** Whether the burst's sub-theme rises with it: an event, not a campaign. */
  private boolean event(int d, long a, long z, int[] members, int count) {
    if (subthemeOf == null || settings.topicRise() <= 0) {
      return false;
    }
    if (topic == null) {
      topic = new TopicRise(intake, subthemeOf, group, distinctOfQuestion, this::set);
    }
    for (int i = 0; i < count; i++) {
      burstMembers.set(members[i]);
    }
    double rise = topic.rise(d, a, z, burstMembers, flagged, settings.minPeople());
    for (int i = 0; i < count; i++) {
      burstMembers.clear(members[i]);
    }
    return rise >= settings.topicRise();
  }

  /** Whether {@code stems} holds every stem of {@code text} and at most a few more. */
  private static boolean holdsWithFewMore(int[] stems, int[] text) {
    if (stems.length <= text.length || stems.length > text.length + MAX_EXTRA_STEMS) {
      return false;
    }
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

  private int[] set(int d) {
    int[] s = sets[d];
    if (s == null) {
      s = terms.stemSet(d);
      sets[d] = s;
    }
    return s;
  }

  private static int[] push(int[] values, int count, int value) {
    if (count == values.length) {
      values = Arrays.copyOf(values, count * 2);
    }
    values[count] = value;
    return values;
  }
}
