package voxpop.dedup;

import java.util.BitSet;
import java.util.function.IntFunction;
import voxpop.terms.TermDocs;

/**
 * Whether a burst is an event that everyone writes about rather than a campaign: a flood brings
 * "затопило дом помогите" from thousands, word for word, and with it every other question about the
 * flood; a campaign raises its own text while its topic keeps its pace. So the burst's sub-theme
 * (from the theme model), without the burst's own duplicate group, is counted in a day around the
 * burst and compared with its pace over the whole intake, on the intake clock.
 *
 * <p>Only other questions prove an event: the burst's own text does not count, in its group or out
 * of it. Questions already in a campaign, the burst's group, and texts near the burst's text
 * (Jaccard ≥ {@value #OWN_TEXT_JACCARD} of stems) count for neither: a campaign's copies with a
 * typo («роболкс» for «роблокс») leave a three-word text at Jaccard 0.5 to it, below the grouping's
 * threshold, and so many of them raised the sub-theme of a campaign (100k, seed 5: 28 of its 222
 * copies, a rise of 2.4× that is 1.3× without them) as if a whole topic rose. An event's other
 * questions are other texts: the flood's «паводок выплаты когда» shares no stem with «затопило дом
 * помогите», and the rises of the 13 event bursts at 1M (seed 42; 2.2–3.1×) moved by at most 0.04.
 * Not thread-safe.
 */
final class TopicRise {
  /** The least time around a burst in which its topic is counted: a day. */
  static final long WINDOW_SECONDS = 24 * 3_600;

  /** The Jaccard similarity of stems at which a text counts as the burst's own (a typo's copy). */
  static final double OWN_TEXT_JACCARD = 0.5;

  private final Intake intake;
  private final int[] subthemeOf;
  private final int[] group;
  private final int[] distinctOfQuestion;
  private final IntFunction<int[]> stems;
  private final int[] start;
  private final int[] positions;

  /** Per distinct text: the burst ({@link #bursts}) for which {@link #own} holds its verdict. */
  private final int[] judgedFor;

  private final BitSet own = new BitSet();
  private int bursts;

  /**
   * @param subthemeOf the sub-theme of each distinct text, -1 for none
   * @param stems the sorted stem set of a distinct text
   */
  TopicRise(
      Intake intake,
      int[] subthemeOf,
      int[] group,
      int[] distinctOfQuestion,
      IntFunction<int[]> stems) {
    this.intake = intake;
    this.subthemeOf = subthemeOf;
    this.group = group;
    this.distinctOfQuestion = distinctOfQuestion;
    this.stems = stems;
    this.judgedFor = new int[subthemeOf.length];
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
    int[] text = stems.apply(d);
    bursts++;
    long middle = from + (to - from) / 2;
    long half = Math.max((to - from) / 2, WINDOW_SECONDS / 2);
    int a = intake.atOrAfter(middle - half);
    int z = intake.atOrBefore(middle + half);
    int inWindow = 0;
    int total = 0;
    for (int i = start[s]; i < start[s + 1]; i++) {
      int p = positions[i];
      int q = intake.question(p);
      int dq = distinctOfQuestion[q];
      if (group[dq] == g || flagged.get(q) || members.get(q) || ownText(dq, text)) {
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

  /** Whether text {@code dq} is near the burst's text; remembered for the current burst. */
  private boolean ownText(int dq, int[] text) {
    if (judgedFor[dq] != bursts) {
      judgedFor[dq] = bursts;
      own.set(dq, TermDocs.jaccardAtLeast(text, stems.apply(dq), OWN_TEXT_JACCARD));
    }
    return own.get(dq);
  }
}
