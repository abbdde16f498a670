package voxpop.dedup;

import java.util.BitSet;

/**
 * Whether a burst is an event that everyone writes about rather than a campaign: a flood brings
 * "затопило дом помогите" from thousands, word for word, and with it every other question about the
 * flood; a campaign raises its own text while its topic keeps its pace. So the burst's sub-theme
 * (from the theme model), without the burst's own duplicate group, is counted in a day around the
 * burst and compared with its pace over the whole intake, on the intake clock. Questions already in
 * a campaign count for neither. Not thread-safe.
 */
final class TopicRise {
  /** The least time around a burst in which its topic is counted: a day. */
  static final long WINDOW_SECONDS = 24 * 3_600;

  private final Intake intake;
  private final int[] subthemeOf;
  private final int[] group;
  private final int[] distinctOfQuestion;
  private final int[] start;
  private final int[] positions;

  /**
   * @param subthemeOf the sub-theme of each distinct text, -1 for none
   */
  TopicRise(Intake intake, int[] subthemeOf, int[] group, int[] distinctOfQuestion) {
    this.intake = intake;
    this.subthemeOf = subthemeOf;
    this.group = group;
    this.distinctOfQuestion = distinctOfQuestion;
    int subthemes = 0;
    for (int s : subthemeOf) {
      subthemes = Math.max(subthemes, s + 1);
    }
    int[] key = new int[intake.size()];
    for (int p = 0; p < key.length; p++) {
      key[p] = subthemeAt(p);
    }
    PositionBuckets bySubtheme = new PositionBuckets(subthemes, key);
    start = bySubtheme.start;
    positions = bySubtheme.positions;
  }

  private int subthemeAt(int p) {
    int d = distinctOfQuestion[intake.question(p)];
    return d < 0 ? -1 : subthemeOf[d];
  }

  /**
   * How many times its pace the sub-theme of text {@code d} runs in the day around the burst from
   * {@code from} to {@code to} (seconds), and whether enough questions show it; 0 when the text has
   * no sub-theme.
   *
   * @param members the burst's questions, which do not count
   * @param flagged the questions of earlier campaigns, which do not count
   * @param least the fewest questions of the topic in the window for a rise to count
   */
  double rise(int d, long from, long to, BitSet members, BitSet flagged, int least) {
    int s = subthemeOf[d];
    if (s < 0) {
      return 0;
    }
    int g = group[d];
    long middle = from + (to - from) / 2;
    long half = Math.max((to - from) / 2, WINDOW_SECONDS / 2);
    int a = intake.atOrAfter(middle - half);
    int z = intake.atOrBefore(middle + half);
    int inWindow = 0;
    int total = 0;
    for (int i = start[s]; i < start[s + 1]; i++) {
      int p = positions[i];
      int q = intake.question(p);
      if (group[distinctOfQuestion[q]] == g || flagged.get(q) || members.get(q)) {
        continue;
      }
      total++;
      if (p >= a && p <= z) {
        inWindow++;
      }
    }
    double expected = (double) total * (z - a + 1) / intake.size();
    return inWindow < least || expected <= 0 ? 0 : inWindow / expected;
  }
}
