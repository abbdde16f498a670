package voxpop.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import voxpop.terms.TermDocs;
import voxpop.terms.WhitespaceTerms;

class NearDuplicateGrouperTest {
  private final NearDuplicateGrouper grouper = new NearDuplicateGrouper(0.75, 12, 3);

  @Test
  void wordOrderAndOneExtraWordAreNearDuplicatesButOtherTopicsAreNot() {
    TermDocs docs =
        WhitespaceTerms.docs(
            "когда проиндексируют пенсии работающим пенсионерам",
            "пенсии работающим пенсионерам когда проиндексируют",
            "когда проиндексируют пенсии работающим пенсионерам курск",
            "когда отремонтируют дорогу в деревне",
            "когда");
    assertThat(grouper.group(docs, null)).containsExactly(0, 0, 0, 1, 2);
  }

  @Test
  void shortTextsGroupOnlyWhenTheirWordSetsAreEqual() {
    TermDocs docs = WhitespaceTerms.docs("газ деревня", "деревня газ", "газ город");
    assertThat(grouper.group(docs, null)).containsExactly(0, 0, 1);
  }

  @Test
  void emptyAndSingle() {
    assertThat(grouper.group(WhitespaceTerms.docs(), null)).isEmpty();
    assertThat(grouper.group(WhitespaceTerms.docs("один"), null)).containsExactly(0);
    assertThat(grouper.group(WhitespaceTerms.docs("", ""), null)).containsExactly(0, 1);
  }

  @Test
  void jaccardOfSortedSets() {
    assertThat(NearDuplicateGrouper.jaccard(new int[] {1, 2, 3}, new int[] {2, 3, 4}))
        .isEqualTo(0.5);
    assertThat(NearDuplicateGrouper.jaccard(new int[] {}, new int[] {})).isEqualTo(1.0);
  }
}
