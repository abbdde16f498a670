package voxpop.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import voxpop.params.Params;
import voxpop.terms.TermDocs;
import voxpop.terms.WhitespaceTerms;

class DuplicateStageTest {
  private static final long NO = DuplicateStage.NO_TIME;
  private static final long HOUR = 3_600;
  private static final long DAY = 24 * HOUR;

  /** Defaults: a campaign needs 20 people; bursts are measured on 5,000 background questions. */
  private final Params params = Params.defaults(DuplicateParams.ALL);

  @Test
  void countsPeopleOncePerGroupAndFlagsALongTextSentByManyAsACampaignWhenNoTimesShowABurst() {
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
        new DuplicateStage(params.with(Map.of("campaignMinPeople", "3")))
            .run(distinct, distinctOf, person, times, null);
    assertThat(groups.groupOfDistinct()).containsExactly(0, 1, 1);
    assertThat(groups.peopleOfDistinct()).containsExactly(3, 3, 1);
    assertThat(groups.peopleOfGroup()).containsExactly(3, 4);
    assertThat(groups.questionsOfGroup()).containsExactly(4, 4);
    assertThat(groups.campaigns()).containsExactly(new Campaign(0, 0, NO, NO, 3, 4));
    assertThat(groups.campaignQuestions().stream())
        .as("not the short common question")
        .containsExactly(0, 1, 2, 3);
  }

  @Test
  void aTextSentByManyWithinHoursIsACampaignButTheSameTextAllThroughTheEventIsNot() {
    Intake in = new Intake("заасфальтируйте дорогу в рябиновке", "верните индексацию пенсий");
    in.burst(1, 40, 3 * DAY, 300); // 40 copies within 3.3 hours of day 3
    in.spread(2, 200, 0, 16 * DAY); // the same question every two hours, all event long
    DuplicateGroups groups = in.run(params);
    assertThat(groups.campaigns())
        .containsExactly(new Campaign(1, 1, 3 * DAY, 3 * DAY + 39 * 300, 40, 40));
    assertThat(groups.campaignQuestions().cardinality()).isEqualTo(40);
  }

  @Test
  void aCampaignThatCopiesAQuestionAskedAllAlongIsTheBurstInsideItsGroupAndOnlyThat() {
    Intake in = new Intake("когда вернут мобилизованных домой");
    int organic = in.spread(1, 32, DAY / 4, 16 * DAY + DAY / 4); // at 6 and 18 o'clock each day
    long start = 9 * DAY + 8 * HOUR;
    int campaign = in.burst(1, 60, start, 300); // five hours
    DuplicateGroups groups = in.run(params);
    assertThat(groups.campaigns())
        .containsExactly(new Campaign(1, 1, start, start + 59 * 300, 60, 60));
    assertThat(groups.campaignQuestions().stream())
        .as("the burst, not the ordinary askers before and after")
        .containsExactlyElementsOf(range(campaign, 60));
    assertThat(groups.campaignQuestions().get(organic)).isFalse();
  }

  @Test
  void twoCampaignsDaysApartInOneGroupAreTwo() {
    Intake in = new Intake("семейная ипотека новые условия почему");
    in.spread(1, 32, DAY / 4, 16 * DAY + DAY / 4);
    in.burst(1, 40, 3 * DAY, 360);
    in.burst(1, 30, 7 * DAY, 360);
    DuplicateGroups groups = in.run(params);
    assertThat(groups.campaigns())
        .containsExactly(
            new Campaign(1, 1, 3 * DAY, 3 * DAY + 39 * 360, 40, 40),
            new Campaign(1, 1, 7 * DAY, 7 * DAY + 29 * 360, 30, 30));
  }

  @Test
  void aCampaignIsMeasuredAgainstItsOwnTextNotAGroupThatThousandsAskAllAlong() {
    Intake in =
        new Intake(
            "когда вернут индексацию работающим пенсионерам", // asked by thousands
            "когда вернут индексацию работающим пенсионерам уже", // chains the two into one group
            "когда вернут индексацию работающим пенсионерам уже наконец"); // the campaign's text
    in.spread(1, 3_000, 0, 16 * DAY);
    in.spread(2, 10, DAY / 4, 16 * DAY + DAY / 4);
    int campaign = in.burst(3, 40, 10 * DAY, 270); // three hours, a few percent of its group's day
    DuplicateGroups groups = in.run(params);
    assertThat(groups.groupOfDistinct()[1]).isEqualTo(groups.groupOfDistinct()[3]);
    assertThat(groups.campaigns()).extracting(Campaign::text).containsExactly(3);
    assertThat(groups.campaignQuestions().stream()).containsExactlyElementsOf(range(campaign, 40));
  }

  @Test
  void copiesSentDaysAfterACampaignDoNotStretchIt() {
    Intake in = new Intake("нет полигону у деревни каменка");
    in.burst(1, 40, 3 * DAY, 360);
    int late = in.size();
    in.add(1, 5 * DAY);
    in.add(1, 8 * DAY);
    in.add(1, 12 * DAY);
    DuplicateGroups groups = in.run(params);
    assertThat(groups.campaigns())
        .containsExactly(new Campaign(1, 1, 3 * DAY, 3 * DAY + 39 * 360, 40, 40));
    assertThat(groups.campaignQuestions().get(late)).isFalse();
  }

  @Test
  void twoTextsOfOneGroupBurstingTogetherAreOneCampaign() {
    Intake in =
        new Intake(
            "как таксистам работать без мобильного интернета",
            "как таксистам работать без мобильного интернета ответьте");
    in.burst(1, 40, 5 * DAY, 720); // 8 hours
    in.burst(2, 50, 5 * DAY + HOUR, 720); // 10 hours, an hour later
    DuplicateGroups groups = in.run(params);
    // The larger burst takes every question of its hours; the first hour's five copies of the
    // other text are too few people for a campaign of their own.
    assertThat(groups.campaigns())
        .containsExactly(new Campaign(1, 2, 5 * DAY + HOUR, 5 * DAY + HOUR + 49 * 720, 85, 85));
  }

  @Test
  void aCopyWithASignOffThatLeftTheGroupJoinsTheCampaignOfItsTime() {
    Intake in =
        new Intake(
            "верните наших мужей домой",
            "верните наших мужей домой очень ждём ответа", // three more words: its own group
            "верните наших мужей домой пожалуйста очень ждём ответа", // four more: another text
            "верните мужей");
    in.burst(1, 40, 4 * DAY, 450); // 5 hours
    int signedOff = in.burst(2, 6, 4 * DAY + HOUR, 1_800);
    int longer = in.burst(3, 3, 4 * DAY + HOUR, 1_800);
    int shorter = in.burst(4, 3, 4 * DAY + HOUR, 1_800);
    in.add(2, 9 * DAY); // the same sign-off days later
    DuplicateGroups groups = in.run(params);
    assertThat(groups.groupOfDistinct()[1]).isNotEqualTo(groups.groupOfDistinct()[2]);
    assertThat(groups.campaigns()).extracting(Campaign::questions).containsExactly(46);
    assertThat(groups.campaignQuestions().stream())
        .containsAll(range(signedOff, 6))
        .doesNotContainAnyElementsOf(range(longer, 3))
        .doesNotContainAnyElementsOf(range(shorter, 3))
        .doesNotContain(in.size() - 1);
  }

  @Test
  void aDaysSurgeOfTheWholeIntakeIsNoCampaign() {
    Intake in = new Intake("когда починят дорогу");
    in.spread(1, 300, 0, 16 * DAY);
    in.spread(0, 650, 8 * DAY, 9 * DAY); // the broadcast day: three times the intake
    in.spread(1, 38, 8 * DAY, 9 * DAY); // and the question rises with it
    DuplicateGroups groups = in.run(params);
    assertThat(groups.campaigns()).isEmpty();
  }

  @Test
  void aBurstFilledWithOrdinaryAskersIsNoCampaign() {
    Intake in =
        new Intake(
            "почему банки навязывают страховку при ипотеке",
            "почему банки навязывают страховку при ипотеке снова");
    in.spread(2, 2_000, 0, 16 * DAY); // a near text asked all along, ~5 an hour
    in.burst(1, 20, 6 * DAY, 720); // 20 copies of the other in four hours: 20 of ~40 questions
    DuplicateGroups groups = in.run(params);
    assertThat(groups.campaigns()).isEmpty();
  }

  @Test
  void noQuestions() {
    DuplicateGroups groups =
        new DuplicateStage(params)
            .run(WhitespaceTerms.docs(), new int[0], new int[0], new long[0], null);
    assertThat(groups.groupCount()).isZero();
    assertThat(groups.campaigns()).isEmpty();
    assertThat(groups.campaignQuestions().isEmpty()).isTrue();
  }

  @Test
  void oneQuestion() {
    DuplicateGroups groups =
        new DuplicateStage(params)
            .run(
                WhitespaceTerms.docs("когда пенсии"),
                new int[] {0},
                new int[] {7},
                new long[] {DAY},
                null);
    assertThat(groups.peopleOfGroup()).containsExactly(1);
    assertThat(groups.campaigns()).isEmpty();
  }

  private static List<Integer> range(int from, int count) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(from + i);
    }
    return out;
  }

  /**
   * An intake of literal texts: text 0 is the background, 5,000 questions on other matters spread
   * over 16 days; each question comes from its own person.
   */
  private static final class Intake {
    private final TermDocs docs;
    private final List<Integer> distinct = new ArrayList<>();
    private final List<Long> times = new ArrayList<>();

    Intake(String... texts) {
      String[] all = new String[texts.length + 1];
      all[0] = "фон разных других вопросов";
      System.arraycopy(texts, 0, all, 1, texts.length);
      docs = WhitespaceTerms.docs(all);
      spread(0, 5_000, 0, 16 * DAY);
    }

    int size() {
      return distinct.size();
    }

    int add(int text, long time) {
      distinct.add(text);
      times.add(time);
      return distinct.size() - 1;
    }

    /** {@code count} copies evenly over {@code [from, to)}; the index of the first. */
    int spread(int text, int count, long from, long to) {
      int first = size();
      for (int i = 0; i < count; i++) {
        add(text, from + i * (to - from) / count);
      }
      return first;
    }

    /**
     * {@code count} copies {@code step} seconds apart from {@code from}; the index of the first.
     */
    int burst(int text, int count, long from, long step) {
      int first = size();
      for (int i = 0; i < count; i++) {
        add(text, from + i * step);
      }
      return first;
    }

    DuplicateGroups run(Params params) {
      int n = size();
      int[] distinctOf = new int[n];
      int[] person = new int[n];
      long[] time = new long[n];
      for (int q = 0; q < n; q++) {
        distinctOf[q] = distinct.get(q);
        person[q] = q;
        time[q] = times.get(q);
      }
      return new DuplicateStage(params).run(docs, distinctOf, person, time, null);
    }
  }
}
