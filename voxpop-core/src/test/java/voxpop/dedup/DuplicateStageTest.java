package voxpop.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import voxpop.params.Params;
import voxpop.terms.TermDocs;
import voxpop.terms.WhitespaceTerms;

class DuplicateStageTest {
  private final Params params =
      Params.defaults(DuplicateParams.ALL).with(Map.of("campaignMinPeople", "3"));

  @Test
  void countsPeopleOncePerGroupAndFlagsALongTextSentByManyAsACampaign() {
    TermDocs distinct =
        WhitespaceTerms.docs(
            "просим остановить вырубку рощи у реки в нашем районе немедленно", // 0: campaign text
            "когда пенсии", // 1: short common question
            "пенсии когда"); // 2: same words, other order
    // question -> distinct text; person per question
    int[] distinctOf = {0, 0, 0, 0, 1, 1, 2, 1, -1};
    int[] person = {10, 11, 12, 12, 20, 21, 22, 23, 30};
    DuplicateGroups groups = new DuplicateStage(params).run(distinct, distinctOf, person, null);
    assertThat(groups.groupOfDistinct()).containsExactly(0, 1, 1);
    assertThat(groups.peopleOfDistinct()).containsExactly(3, 3, 1);
    assertThat(groups.peopleOfGroup()).containsExactly(3, 4);
    assertThat(groups.questionsOfGroup()).containsExactly(4, 4);
    assertThat(groups.campaignGroups().get(0)).isTrue();
    assertThat(groups.campaignGroups().get(1)).as("short common question").isFalse();
  }

  @Test
  void noQuestions() {
    DuplicateGroups groups =
        new DuplicateStage(params).run(WhitespaceTerms.docs(), new int[0], new int[0], null);
    assertThat(groups.groupCount()).isZero();
    assertThat(groups.campaignGroups().isEmpty()).isTrue();
  }
}
