package voxpop.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import voxpop.model.AgeGroup;
import voxpop.model.Appeal;
import voxpop.model.Channel;
import voxpop.model.Regions;

/** The proportions of a 20,000-appeal corpus against the reference event, within tolerances. */
class CorpusProportionsTest {
  private static Corpus corpus;

  @BeforeAll
  static void generate() {
    corpus = Corpus.generate(20_000, 2026);
  }

  private static double share(Predicate<Integer> p) {
    long n = 0;
    for (int i = 0; i < corpus.size(); i++) {
      if (p.test(i)) {
        n++;
      }
    }
    return n / (double) corpus.size();
  }

  private static Appeal appeal(int i) {
    return corpus.appeals().get(i);
  }

  @Test
  void theChannelMixIsTheReferenceEventsMix() {
    for (int c = 0; c < ChannelMix.CHANNELS.length; c++) {
      Channel ch = ChannelMix.CHANNELS[c];
      assertThat(share(i -> appeal(i).channel() == ch))
          .as(ch.code())
          .isCloseTo(ChannelMix.share(c), offset(0.012));
    }
  }

  @Test
  void smsTextsFitOneMessageAndAcceptedOnesAreRussian() {
    for (int i = 0; i < corpus.size(); i++) {
      Appeal a = appeal(i);
      if (a.channel() != Channel.SMS) {
        continue;
      }
      assertThat(a.text().length()).as(a.id()).isLessThanOrEqualTo(70);
      if (corpus.labelClass(i).equals(QuestionLabel.ACCEPTED)) {
        // Brand names (YouTube, WhatsApp) may be Latin; the text is still Russian, not Ukrainian.
        assertThat(a.text()).as(a.id()).doesNotContainPattern("[іїєґ]");
        long latin = a.text().chars().filter(c -> c < 128 && Character.isLetter(c)).count();
        long cyrillic = a.text().chars().filter(c -> c >= 0x400 && c < 0x500).count();
        assertThat(cyrillic).as(a.id()).isGreaterThan(latin);
        assertThat(corpus.labels().get(i)).allMatch(l -> l.language().equals("ru"));
      }
    }
  }

  @Test
  void aboutThreePercentAreUkrainianAndThreePercentEnglish() {
    assertThat(share(i -> corpus.labels().get(i).get(0).language().equals("uk")))
        .isBetween(0.02, 0.045);
    assertThat(share(i -> corpus.labels().get(i).get(0).language().equals("en")))
        .isBetween(0.02, 0.05);
    assertThat(
            share(
                i ->
                    corpus.labels().get(i).get(0).language().equals("uk")
                        && appeal(i).channel() == Channel.PHONE))
        .isZero();
  }

  @Test
  void intakeSurgesInTheLastTwoDaysAndTheBroadcastDayEndsAtFive() {
    int[] perDay = new int[16];
    for (Appeal a : corpus.appeals()) {
      ZonedDateTime t = a.receivedAt().atZone(Timeline.MOSCOW);
      int day = (int) (t.toLocalDate().toEpochDay() - GeneratorConfig.DEFAULT_START.toEpochDay());
      perDay[day]++;
      if (day == 15) {
        assertThat(t.getHour()).as(a.id()).isLessThan(ChannelMix.LINE_CLOSES_HOUR);
      }
      if (a.channel() == Channel.PHONE) {
        assertThat(t.getHour()).as("call centre hours").isGreaterThanOrEqualTo(8);
      }
    }
    double n = corpus.size();
    assertThat(perDay[15] / n).isBetween(0.15, 0.185);
    assertThat((perDay[14] + perDay[15]) / n).isGreaterThan(0.25);
    assertThat(perDay[0] / n).isLessThan(0.06);
    assertThat(perDay[13]).isGreaterThan(perDay[0]);
  }

  @Test
  void screenedClassesHaveTheirShares() {
    assertThat(share(i -> corpus.labelClass(i).equals(QuestionLabel.SPAM))).isBetween(0.02, 0.04);
    assertThat(share(i -> corpus.labelClass(i).equals(QuestionLabel.ABUSE)))
        .isBetween(0.015, 0.035);
    assertThat(
            share(
                i ->
                    corpus.labelClass(i).equals(QuestionLabel.GIBBERISH)
                        || corpus.labelClass(i).equals(QuestionLabel.EMPTY)))
        .isBetween(0.007, 0.02);
    assertThat(
            share(
                i ->
                    appeal(i).channel() == Channel.PHONE
                        && corpus.labelClass(i).equals(QuestionLabel.SPAM)))
        .isZero();
  }

  @Test
  void oneAppealInEightHoldsSeveralQuestions() {
    assertThat(share(i -> corpus.labels().get(i).size() > 1)).isBetween(0.10, 0.15);
    double questions = corpus.labels().stream().mapToInt(java.util.List::size).sum();
    assertThat(questions / corpus.size()).isBetween(1.12, 1.22);
    assertThat(share(i -> corpus.labels().get(i).size() == 3)).isBetween(0.02, 0.05);
  }

  @Test
  void moscowSendsAboutFifteenPercentAndStPetersburgIsSecond() {
    Map<String, Integer> byRegion = new HashMap<>();
    int filled = 0;
    for (Appeal a : corpus.appeals()) {
      var r = Regions.find(a.region());
      if (r.isPresent()) {
        byRegion.merge(r.get().code(), 1, Integer::sum);
        filled++;
      } else {
        assertThat(a.region()).as("region field of " + a.id()).isEmpty();
      }
    }
    assertThat(byRegion.get("77") / (double) filled).isCloseTo(0.15, offset(0.02));
    assertThat(byRegion.get("78")).isGreaterThan(byRegion.get("50"));
    assertThat(byRegion.get("78")).isGreaterThan(byRegion.get("61"));
    assertThat(byRegion.size()).isGreaterThan(80);
  }

  @Test
  void operatorsFillAgeAndGenderAndTypeLongForms() {
    long phone = 0;
    long withAge = 0;
    long inRange = 0;
    for (Appeal a : corpus.appeals()) {
      if (a.channel() == Channel.PHONE) {
        phone++;
        withAge += a.ageGroup() != AgeGroup.UNKNOWN ? 1 : 0;
        int len = a.text().length();
        inRange += len >= 100 && len <= 400 ? 1 : 0;
      }
      if (a.channel() == Channel.SMS) {
        assertThat(a.ageGroup()).isEqualTo(AgeGroup.UNKNOWN);
      }
    }
    assertThat(withAge / (double) phone).isGreaterThan(0.94);
    assertThat(inRange / (double) phone).isGreaterThan(0.97);
  }

  @Test
  void campaignsDuplicatesAndRepeatsArePresent() {
    assertThat(share(i -> !corpus.labels().get(i).get(0).campaignId().isEmpty()))
        .isBetween(0.008, 0.03);
    for (String d :
        new String[] {QuestionLabel.REPEAT, QuestionLabel.PARAPHRASE, QuestionLabel.EXACT}) {
      assertThat(share(i -> corpus.labels().get(i).get(0).duplicate().equals(d)))
          .as(d)
          .isBetween(0.008, 0.08);
    }
    assertThat(corpus.summary().campaigns()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void spamCarriesContactsAndEmptyAppealsCarryNoWords() {
    long spam = 0;
    long withContact = 0;
    for (int i = 0; i < corpus.size(); i++) {
      String t = appeal(i).text();
      switch (corpus.labelClass(i)) {
        case QuestionLabel.SPAM -> {
          spam++;
          withContact +=
              t.matches(
                      "(?s).*(https?://|www\\.|bit\\.ly|t\\.me/|@\\w|\\d{3}-\\d{2}|\\+7|8-9|\\d{10}).*")
                  ? 1
                  : 0;
        }
        case QuestionLabel.EMPTY ->
            assertThat(t.replaceAll("&\\w+;", "")).doesNotContainPattern("\\p{L}{3}");
        default -> {}
      }
    }
    assertThat(withContact / (double) spam).isGreaterThan(0.95);
  }
}
