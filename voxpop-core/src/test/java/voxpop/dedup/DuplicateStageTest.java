package voxpop.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import voxpop.params.Params;
import voxpop.terms.TermDocs;
import voxpop.terms.WhitespaceTerms;

class DuplicateStageTest {
  private final Params params = Params.defaults(DuplicateParams.ALL);

  @Test
  void groupsNearDuplicatesAndCountsEachPersonOncePerTextAndGroup() {
    TermDocs distinct =
        WhitespaceTerms.docs(
            "просим остановить вырубку рощи у реки в нашем районе немедленно",
            "когда пенсии",
            "пенсии когда"); // same words, other order
    int[] distinctOf = {0, 0, 0, 0, 1, 1, 2, 1, -1};
    int[] person = {10, 11, 12, 12, 20, 21, 22, 23, 30};
    DuplicateGroups groups = new DuplicateStage(params).run(distinct, distinctOf, person, null);
    assertThat(groups.groupOfDistinct()).containsExactly(0, 1, 1);
    assertThat(groups.groupCount()).isEqualTo(2);
    assertThat(groups.peopleOfDistinct()).containsExactly(3, 3, 1);
    assertThat(groups.peopleOfGroup()).containsExactly(3, 4);
    assertThat(groups.questionsOfGroup()).containsExactly(4, 4);
  }

  @Test
  void noQuestions() {
    DuplicateGroups groups =
        new DuplicateStage(params).run(WhitespaceTerms.docs(), new int[0], new int[0], null);
    assertThat(groups.groupCount()).isZero();
  }

  @Test
  void oneQuestion() {
    DuplicateGroups groups =
        new DuplicateStage(params)
            .run(WhitespaceTerms.docs("когда пенсии"), new int[] {0}, new int[] {7}, null);
    assertThat(groups.groupOfDistinct()).containsExactly(0);
    assertThat(groups.peopleOfGroup()).containsExactly(1);
  }
}
