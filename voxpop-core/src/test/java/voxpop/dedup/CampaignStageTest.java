package voxpop.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import voxpop.params.Params;
import voxpop.terms.TermDocs;
import voxpop.terms.WhitespaceTerms;

class CampaignStageTest {
  private static final long NO = CampaignStage.NO_TIME;
  private static final long HOUR = 3_600;
  private static final long DAY = 24 * HOUR;

  /** Defaults: a campaign needs 20 people; bursts are measured on 5,000 background questions. */
  private final Params params = Params.defaults(DuplicateParams.ALL);

  /** The campaigns of an intake of literal texts, without times. */
  private static Campaigns untimed(
      Params params, TermDocs distinct, int[] distinctOf, int[] person, long[] times) {
    DuplicateGroups groups = new DuplicateStage(params).run(distinct, distinctOf, person, null);
    return new CampaignStage(params).run(distinct, groups, null, distinctOf, person, times);
  }

  @Test
  void aLongTextSentByManyIsACampaignWhenNoTimesShowABurst() {
    TermDocs distinct =
        WhitespaceTerms.docs(
            "просим остановить вырубку рощи у реки в нашем районе немедленно", // 0: campaign text
            "когда пенсии", // 1: short common question
            "пенсии когда"); // 2: same words, other order
    // question -> distinct text; person per question; no times: the text's length decides
    int[] distinctOf = {0, 0, 0, 0, 1, 1, 2, 1, -1};
    int[] person = {10, 11, 12, 12, 20, 21, 22, 23, 30};
    long[] times = {NO, NO, NO, NO, NO, NO, NO, NO, NO};
    Campaigns found =
        untimed(params.with(Map.of("campaignMinPeople", "3")), distinct, distinctOf, person, times);
    assertThat(found.campaigns()).containsExactly(new Campaign(0, 0, NO, NO, 3, 4));
    assertThat(found.questions().stream())
        .as("not the short common question")
        .containsExactly(0, 1, 2, 3);
  }

  @Test
  void aTextSentByManyWithinHoursIsACampaignButTheSameTextAllThroughTheEventIsNot() {
    Intake in = new Intake("заасфальтируйте дорогу в рябиновке", "верните индексацию пенсий");
    in.burst(1, 40, 3 * DAY, 300); // 40 copies within 3.3 hours of day 3
    in.spread(2, 200, 0, 16 * DAY); // the same question every two hours, all event long
    Campaigns found = in.run(params);
    assertThat(found.campaigns())
        .containsExactly(new Campaign(1, 1, 3 * DAY, 3 * DAY + 39 * 300, 40, 40));
    assertThat(found.questions().cardinality()).isEqualTo(40);
  }

  @Test
  void aCampaignThatCopiesAQuestionAskedAllAlongIsTheBurstInsideItsGroupAndOnlyThat() {
    Intake in = new Intake("когда вернут мобилизованных домой");
    int organic = in.spread(1, 32, DAY / 4, 16 * DAY + DAY / 4); // at 6 and 18 o'clock each day
    long start = 9 * DAY + 8 * HOUR;
    int campaign = in.burst(1, 60, start, 300); // five hours
    Campaigns found = in.run(params);
    assertThat(found.campaigns())
        .containsExactly(new Campaign(1, 1, start, start + 59 * 300, 60, 60));
    assertThat(found.questions().stream())
        .as("the burst, not the ordinary askers before and after")
        .containsExactlyElementsOf(range(campaign, 60));
    assertThat(found.questions().get(organic)).isFalse();
  }

  @Test
  void twoCampaignsDaysApartInOneGroupAreTwo() {
    Intake in = new Intake("семейная ипотека новые условия почему");
    in.spread(1, 32, DAY / 4, 16 * DAY + DAY / 4);
    in.burst(1, 40, 3 * DAY, 360);
    in.burst(1, 30, 7 * DAY, 360);
    Campaigns found = in.run(params);
    assertThat(found.campaigns())
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
    Campaigns found = in.run(params);
    assertThat(in.groups.groupOfDistinct()[1]).isEqualTo(in.groups.groupOfDistinct()[3]);
    assertThat(found.campaigns()).extracting(Campaign::text).containsExactly(3);
    assertThat(found.questions().stream()).containsExactlyElementsOf(range(campaign, 40));
  }

  @Test
  void copiesSentDaysAfterACampaignDoNotStretchIt() {
    Intake in = new Intake("нет полигону у деревни каменка");
    in.burst(1, 40, 3 * DAY, 360);
    int late = in.size();
    in.add(1, 5 * DAY);
    in.add(1, 8 * DAY);
    in.add(1, 12 * DAY);
    Campaigns found = in.run(params);
    assertThat(found.campaigns())
        .containsExactly(new Campaign(1, 1, 3 * DAY, 3 * DAY + 39 * 360, 40, 40));
    assertThat(found.questions().get(late)).isFalse();
  }

  @Test
  void twoTextsOfOneGroupBurstingTogetherAreOneCampaign() {
    Intake in =
        new Intake(
            "как таксистам работать без мобильного интернета",
            "как таксистам работать без мобильного интернета ответьте");
    in.burst(1, 40, 5 * DAY, 720); // 8 hours
    in.burst(2, 50, 5 * DAY + HOUR, 720); // 10 hours, an hour later
    Campaigns found = in.run(params);
    // The larger burst takes every question of its hours; the first hour's five copies of the
    // other text are too few people for a campaign of their own.
    assertThat(found.campaigns())
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
    Campaigns found = in.run(params);
    assertThat(in.groups.groupOfDistinct()[1]).isNotEqualTo(in.groups.groupOfDistinct()[2]);
    assertThat(found.campaigns()).extracting(Campaign::questions).containsExactly(46);
    assertThat(found.questions().stream())
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
    Campaigns found = in.run(params);
    assertThat(found.campaigns()).isEmpty();
  }

  @Test
  void aBurstFilledWithOrdinaryAskersIsNoCampaign() {
    Intake in =
        new Intake(
            "почему банки навязывают страховку при ипотеке",
            "почему банки навязывают страховку при ипотеке снова");
    in.spread(2, 2_000, 0, 16 * DAY); // a near text asked all along, ~5 an hour
    in.burst(1, 20, 6 * DAY, 720); // 20 copies of the other in four hours: 20 of ~40 questions
    Campaigns found = in.run(params);
    assertThat(found.campaigns()).isEmpty();
  }

  @Test
  void aBurstWhoseWholeTopicRisesWithItIsAnEventNotACampaign() {
    Intake in =
        new Intake(
            "затопило дом помогите", // an SMS line thousands send word for word in a flood
            "паводок выплаты когда будут",
            "почему дамбу не укрепили");
    in.spread(2, 32, DAY / 4, 14 * DAY); // the flood's other questions, now and then...
    in.spread(3, 32, DAY / 4, 14 * DAY);
    in.spread(2, 150, 14 * DAY, 16 * DAY); // ...and fourteen times as often in its last two days
    in.spread(3, 150, 14 * DAY, 16 * DAY);
    int burst = in.burst(1, 60, 15 * DAY, 360);
    // Text 0, the background, is sub-theme 0; the flood's three texts are sub-theme 1.
    assertThat(in.run(params, 0, 1, 1, 1).campaigns()).as("the flood").isEmpty();
    assertThat(in.run(params).campaigns())
        .as("without themes it looks like a campaign")
        .extracting(Campaign::text)
        .contains(1);
    assertThat(in.run(params.with(Map.of("campaignTopicRise", "0")), 0, 1, 1, 1).questions())
        .as("the test turned off")
        .matches(q -> q.get(burst));
  }

  @Test
  void aCampaignOnATopicThatKeepsItsPaceStaysACampaign() {
    Intake in =
        new Intake(
            "верните наших мужей домой",
            "когда закончится мобилизация",
            "отпуск для мобилизованных");
    in.spread(2, 300, DAY / 4, 16 * DAY);
    in.spread(3, 300, DAY / 3, 16 * DAY);
    in.burst(1, 60, 15 * DAY, 360);
    assertThat(in.run(params, 0, 1, 1, 1).campaigns())
        .containsExactly(new Campaign(1, 1, 15 * DAY, 15 * DAY + 59 * 360, 60, 60));
  }

  @Test
  void copiesWithATypoRaiseTheCampaignsOwnSubthemeButDoNotMakeItAnEvent() {
    // 70 copies with a typo (Jaccard 0.6 to the text), each text too few people for a campaign.
    String[] typos = {
      "роболкс работает через vpn",
      "роблокс рабоатет через vpn",
      "роблокс работает чреез vpn",
      "роблокс работает через впн",
      "роблкос работает через vpn"
    };
    assertThat(burstWithTopicQuestions(typos, params).campaigns())
        .containsExactly(new Campaign(1, 1, 15 * DAY, 15 * DAY + 59 * 360, 60, 60));
  }

  @Test
  void otherQuestionsOfTheMatterRisingWithABurstStillMakeItAnEvent() {
    // As many questions as the typos above, but other questions of the matter, one sharing a word.
    String[] others = {
      "роблокс заблокировали когда вернут",
      "зачем блокируют игры детям",
      "дети не могут играть в роблокс",
      "почему запретили детские игры",
      "верните нам любимую игру"
    };
    assertThat(burstWithTopicQuestions(others, params).campaigns()).isEmpty();
  }

  /**
   * A burst of 60 copies of «роблокс работает через vpn» in six hours of day 15 on a sub-theme that
   * runs at 25 questions a day, and 14 questions of each of {@code extra} in the same hours, all on
   * that sub-theme: the day holds about 2.4 times the sub-theme's pace without the burst's group.
   */
  private static Campaigns burstWithTopicQuestions(String[] extra, Params params) {
    String[] texts = new String[3 + extra.length];
    texts[0] = "роблокс работает через vpn";
    texts[1] = "когда разблокируют игры";
    texts[2] = "защитите детей от игр";
    System.arraycopy(extra, 0, texts, 3, extra.length);
    Intake in = new Intake(texts);
    in.spread(2, 200, DAY / 4, 16 * DAY);
    in.spread(3, 200, DAY / 3, 16 * DAY);
    in.burst(1, 60, 15 * DAY, 360);
    int[] subthemes = new int[texts.length + 1];
    for (int t = 1; t < subthemes.length; t++) {
      subthemes[t] = 1;
      if (t > 3) {
        in.spread(t, 14, 15 * DAY + t * 60, 15 * DAY + 6 * HOUR);
      }
    }
    return in.run(params, subthemes);
  }

  @Test
  void aCampaignThatPausesForHalfAnHourIsListedOnce() {
    long start = 9 * DAY + 8 * HOUR;
    Intake in = pausedCampaign(start, HOUR / 2);
    Campaigns found = in.run(params);
    assertThat(found.campaigns()).hasSize(1);
    Campaign c = found.campaigns().get(0);
    assertThat(c.from()).isEqualTo(start);
    assertThat(c.to()).isGreaterThanOrEqualTo(start + 59 * 120 + HOUR / 2 + 79 * 240);
    assertThat(c.people()).isEqualTo(c.questions()).isEqualTo(found.questions().cardinality());
    assertThat(found.questions().stream())
        .as("both pieces")
        .containsAll(range(in.size() - 140, 140));
  }

  @Test
  void aCampaignResumedThreeHoursLaterIsListedTwice() {
    Campaigns found = pausedCampaign(9 * DAY + 8 * HOUR, 3 * HOUR).run(params);
    assertThat(found.campaigns()).hasSize(2);
    assertThat(found.questions().cardinality())
        .isEqualTo(found.campaigns().get(0).questions() + found.campaigns().get(1).questions());
  }

  /**
   * A question 500 people ask all along, so that a burst's windows thin out when it pauses: 60
   * copies two minutes apart from {@code start}, then after {@code pause} 80 copies four minutes
   * apart, the last 140 questions of the intake.
   */
  private static Intake pausedCampaign(long start, long pause) {
    Intake in = new Intake("когда вернут мобилизованных домой");
    in.spread(1, 500, DAY / 4, 16 * DAY + DAY / 4);
    in.burst(1, 60, start, 120);
    in.burst(1, 80, start + 59 * 120 + pause, 240);
    return in;
  }

  @Test
  void aTextWithASignOffInTheCampaignsGroupBurstingInItsHoursIsListedWithIt() {
    Intake in =
        new Intake(
            "когда вернут мобилизованных домой",
            "когда вернут мобилизованных домой очень", // chains the sign-off into the group
            "когда вернут мобилизованных домой очень ждём",
            "когда вернут мобилизованных домой очень ждём ответа"); // Jaccard 0.57 to the text
    in.add(2, DAY);
    in.add(3, DAY);
    long start = 9 * DAY + 8 * HOUR;
    int text = in.burst(1, 60, start, 300);
    int signedOff = in.burst(4, 30, start + 20 * 60, 500);
    Campaigns found = in.run(params);
    assertThat(in.groups.groupOfDistinct()[4]).isEqualTo(in.groups.groupOfDistinct()[1]);
    assertThat(found.campaigns())
        .containsExactly(new Campaign(1, 1, start, start + 59 * 300, 90, 90));
    assertThat(found.questions().stream())
        .containsAll(range(text, 60))
        .containsAll(range(signedOff, 30));
  }

  @Test
  void noQuestions() {
    TermDocs none = WhitespaceTerms.docs();
    Campaigns found = untimed(params, none, new int[0], new int[0], new long[0]);
    assertThat(found.campaigns()).isEmpty();
    assertThat(found.questions().isEmpty()).isTrue();
  }

  @Test
  void oneQuestion() {
    Campaigns found =
        untimed(
            params,
            WhitespaceTerms.docs("когда пенсии"),
            new int[] {0},
            new int[] {7},
            new long[] {DAY});
    assertThat(found.campaigns()).isEmpty();
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

    DuplicateGroups groups;

    /** Duplicate groups, then campaigns; {@code subthemes} per text, or null for none known. */
    Campaigns run(Params params, int... subthemes) {
      int n = size();
      int[] distinctOf = new int[n];
      int[] person = new int[n];
      long[] time = new long[n];
      for (int q = 0; q < n; q++) {
        distinctOf[q] = distinct.get(q);
        person[q] = q;
        time[q] = times.get(q);
      }
      groups = new DuplicateStage(params).run(docs, distinctOf, person, null);
      return new CampaignStage(params)
          .run(docs, groups, subthemes.length == 0 ? null : subthemes, distinctOf, person, time);
    }
  }
}
