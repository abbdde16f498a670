package voxpop.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Joins the campaigns of one duplicate group that are pieces of one campaign, so that the editor
 * sees it once. The burst scan ({@link BurstRuns}) ends a run where its windows thin out, so a
 * campaign that slows for a few minutes came back as two runs, and a second text of its group (a
 * copy with a sign-off) bursting in the same hours as another; each was judged a campaign of its
 * own (3M, seed 42: four campaigns listed twice). Two campaigns of one group are one when their
 * hours overlap or the pause between them is at most {@code m} typical gaps (span in seconds over
 * questions, all of the piece's questions counted) of the slower of the two — the same factor
 * {@code m} by which {@link BurstRuns} splits a run, but a measure of its own: the split counts
 * intake positions between one text's copies, this join counts seconds, not the intake clock: a
 * campaign sends at its own rhythm, and the broadcast day's surge made a 14-minute pause look like
 * 11 gaps there. Pieces of one campaign paused 2–14 minutes, 3–5 gaps, at 1M and 3M; the nearest
 * two campaigns of one group (3M: two texts on the pensions of working pensioners) were 2 hours
 * apart, 76 gaps.
 *
 * <p>The joined campaign spans both, holds both pieces' questions (which are disjoint: a question
 * belongs to the first campaign that took it) and counts their senders once; its text is the larger
 * piece's. Questions of the pause itself stay as they were. Stateless.
 */
final class CampaignPieces {
  private CampaignPieces() {}

  /** A campaign and its questions. */
  record Piece(Campaign campaign, int[] members) {}

  /**
   * @param pieces campaigns found by bursts, with their questions
   * @param personOfQuestion sender of each question
   * @param m copies in a burst window: the pause of {@code m} typical gaps that ends a campaign
   * @return the campaigns, pieces of one joined, in group and time order
   */
  static List<Campaign> join(List<Piece> pieces, int[] personOfQuestion, int m) {
    List<Piece> sorted = new ArrayList<>(pieces);
    sorted.sort(
        Comparator.comparingInt((Piece p) -> p.campaign().group())
            .thenComparingLong(p -> p.campaign().from())
            .thenComparingLong(p -> p.campaign().to()));
    List<Campaign> out = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      Campaign joined = sorted.get(i).campaign();
      List<int[]> members = new ArrayList<>(List.of(sorted.get(i).members()));
      int largest = joined.questions();
      int j = i + 1;
      while (j < sorted.size()
          && sorted.get(j).campaign().group() == joined.group()
          && oneCampaign(joined, sorted.get(j).campaign(), m)) {
        Campaign next = sorted.get(j).campaign();
        members.add(sorted.get(j).members());
        boolean larger = next.questions() > largest;
        largest = Math.max(largest, next.questions());
        joined =
            new Campaign(
                joined.group(),
                larger ? next.text() : joined.text(),
                joined.from(),
                Math.max(joined.to(), next.to()),
                0,
                joined.questions() + next.questions());
        j++;
      }
      out.add(j == i + 1 ? joined : withPeople(joined, members, personOfQuestion));
      i = j;
    }
    return out;
  }

  /** Whether {@code later}, starting no earlier, continues {@code earlier}. */
  private static boolean oneCampaign(Campaign earlier, Campaign later, int m) {
    long pause = later.from() - earlier.to();
    return pause <= 0 || pause <= m * Math.max(typicalGap(earlier), typicalGap(later));
  }

  /** The campaign's span in seconds over its questions. */
  private static double typicalGap(Campaign c) {
    return (double) Math.max(1, c.to() - c.from()) / Math.max(1, c.questions());
  }

  private static Campaign withPeople(Campaign c, List<int[]> members, int[] personOfQuestion) {
    int[] all = new int[c.questions()];
    int k = 0;
    for (int[] piece : members) {
      System.arraycopy(piece, 0, all, k, piece.length);
      k += piece.length;
    }
    return new Campaign(
        c.group(), c.text(), c.from(), c.to(), people(all, k, personOfQuestion), c.questions());
  }

  /** The distinct senders of the first {@code count} of {@code questions}. */
  static int people(int[] questions, int count, int[] personOfQuestion) {
    int[] persons = new int[count];
    for (int i = 0; i < count; i++) {
      persons[i] = personOfQuestion[questions[i]];
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
}
