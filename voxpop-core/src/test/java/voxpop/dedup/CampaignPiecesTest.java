package voxpop.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignPiecesTest {
  private static final int M = 10;

  /** The sender of each question: question q, sent at q minutes, comes from person q % 50. */
  private static final int[] PERSON = persons();

  private static int[] persons() {
    int[] person = new int[24 * 60];
    for (int q = 0; q < person.length; q++) {
      person[q] = q % 50;
    }
    return person;
  }

  /** A campaign of group {@code g} and text {@code text}: every second question from..to. */
  private static CampaignPieces.Piece piece(int g, int text, int from, int to) {
    int[] members = new int[(to - from) / 2 + 1];
    for (int i = 0; i < members.length; i++) {
      members[i] = from + 2 * i;
    }
    int people = (int) Arrays.stream(members).map(q -> PERSON[q]).distinct().count();
    return new CampaignPieces.Piece(
        new Campaign(g, text, from * 60L, to * 60L, people, members.length), members);
  }

  @Test
  void noPieces() {
    assertThat(CampaignPieces.join(List.of(), PERSON, M)).isEmpty();
  }

  @Test
  void onePieceStaysAsItIs() {
    CampaignPieces.Piece p = piece(3, 7, 100, 198);
    assertThat(CampaignPieces.join(List.of(p), PERSON, M)).containsExactly(p.campaign());
  }

  @Test
  void piecesOfOneGroupAPauseOfUnderTenTypicalGapsApartAreOne() {
    // Typical gaps of 118 and 119 seconds; the second starts 18 minutes after the first ends.
    // Both pieces come from the same 25 people.
    CampaignPieces.Piece first = piece(3, 7, 100, 198);
    CampaignPieces.Piece second = piece(3, 8, 216, 396);
    assertThat(CampaignPieces.join(List.of(second, first), PERSON, M))
        .containsExactly(new Campaign(3, 8, 100 * 60L, 396 * 60L, 25, 50 + 91));
  }

  @Test
  void piecesFurtherApartOrOfOtherGroupsStayApart() {
    CampaignPieces.Piece first = piece(3, 7, 100, 198);
    CampaignPieces.Piece late = piece(3, 7, 222, 398); // 24 minutes: 12 typical gaps
    CampaignPieces.Piece other = piece(4, 9, 150, 250); // overlaps, but another group
    assertThat(CampaignPieces.join(List.of(first, late, other), PERSON, M))
        .containsExactly(first.campaign(), late.campaign(), other.campaign());
  }

  @Test
  void overlappingPiecesOfOneGroupAreOneWhateverTheirSize() {
    CampaignPieces.Piece large = piece(3, 7, 100, 398);
    CampaignPieces.Piece small = piece(3, 8, 301, 341);
    assertThat(CampaignPieces.join(List.of(large, small), PERSON, M))
        .containsExactly(new Campaign(3, 7, 100 * 60L, 398 * 60L, 25 + 21, 150 + 21));
  }
}
