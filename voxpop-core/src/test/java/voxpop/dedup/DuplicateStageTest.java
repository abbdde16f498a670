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

  private static final long NO = DuplicateStage.NO_TIME;

  @Test
  void countsPeopleOncePerGroupAndFlagsALongTextSentByManyAsACampaign() {
    TermDocs distinct =
        WhitespaceTerms.docs(
            "просим остановить вырубку рощи у реки в нашем районе немедленно", // 0: campaign text
            "когда пенсии", // 1: short common question
            "пенсии когда"); // 2: same words, other order
    // question -> distinct text; person per question; no times: the text's length decides
    int[] distinctOf = {0, 0, 0, 0, 1, 1, 2, 1, -1};
    int[] person = {10, 11, 12, 12, 20, 21, 22, 23, 30};
    long[] times = {NO, NO, NO, NO, NO, NO, NO, NO, NO};
    DuplicateGroups groups =
        new DuplicateStage(params).run(distinct, distinctOf, person, times, null);
    assertThat(groups.groupOfDistinct()).containsExactly(0, 1, 1);
    assertThat(groups.peopleOfDistinct()).containsExactly(3, 3, 1);
    assertThat(groups.peopleOfGroup()).containsExactly(3, 4);
    assertThat(groups.questionsOfGroup()).containsExactly(4, 4);
    assertThat(groups.campaignGroups().get(0)).isTrue();
    assertThat(groups.campaignGroups().get(1)).as("short common question").isFalse();
  }

  @Test
  void aTextSentByManyInABurstIsACampaignButTheSameTextAllThroughTheEventIsNot() {
    TermDocs distinct =
        WhitespaceTerms.docs("заасфальтируйте дорогу в рябиновке", "верните индексацию пенсий");
    int n = 20;
    int[] distinctOf = new int[2 * n];
    int[] person = new int[2 * n];
    long[] times = new long[2 * n];
    long day = 86_400;
    for (int i = 0; i < n; i++) {
      distinctOf[i] = 0; // a burst: all within six hours of day 3
      person[i] = i;
      times[i] = 3 * day + i * 1_000L;
      distinctOf[n + i] = 1; // spread over 16 days
      person[n + i] = 100 + i;
      times[n + i] = i * 16 * day / n;
    }
    DuplicateGroups groups =
        new DuplicateStage(params).run(distinct, distinctOf, person, times, null);
    assertThat(groups.peopleOfGroup()).containsExactly(n, n);
    assertThat(groups.campaignGroups().get(0)).as("burst").isTrue();
    assertThat(groups.campaignGroups().get(1)).as("spread").isFalse();
  }

  @Test
  void aCampaignThatCopiesAQuestionAskedAllAlongIsTheBurstInsideItsGroupAndOnlyThat() {
    TermDocs distinct =
        WhitespaceTerms.docs("когда вернут мобилизованных домой", "верните индексацию пенсий");
    long day = 86_400;
    int organic = 32;
    int burst = 60;
    int other = 5_000;
    int total = organic + burst + other;
    int[] distinctOf = new int[total];
    int[] person = new int[total];
    long[] times = new long[total];
    for (int i = 0; i < total; i++) {
      person[i] = i;
      if (i < organic) { // the same question, asked every half day for 16 days
        distinctOf[i] = 0;
        times[i] = i * day / 2;
      } else if (i < organic + burst) { // the campaign: sixty copies within six hours of day 9
        distinctOf[i] = 0;
        times[i] = 9 * day + (i - organic) * 360L;
      } else { // the rest of the intake, spread evenly
        distinctOf[i] = 1;
        times[i] = (i - organic - burst) * 16 * day / other;
      }
    }
    DuplicateGroups groups =
        new DuplicateStage(params).run(distinct, distinctOf, person, times, null);
    assertThat(groups.campaignGroups().get(0)).as("burst inside").isTrue();
    assertThat(groups.wholeGroupCampaign(0)).isFalse();
    assertThat(groups.campaignAt(0, 9 * day + 1_000)).isTrue();
    assertThat(groups.campaignAt(0, 2 * day)).as("an ordinary asker before").isFalse();
    assertThat(groups.campaignAt(0, NO)).as("no time, no burst").isFalse();
    assertThat(groups.campaignGroups().get(1)).as("spread").isFalse();
    assertThat(groups.campaignAt(1, 9 * day + 1_000)).isFalse();
  }

  @Test
  void noQuestions() {
    DuplicateGroups groups =
        new DuplicateStage(params)
            .run(WhitespaceTerms.docs(), new int[0], new int[0], new long[0], null);
    assertThat(groups.groupCount()).isZero();
    assertThat(groups.campaignGroups().isEmpty()).isTrue();
  }
}
