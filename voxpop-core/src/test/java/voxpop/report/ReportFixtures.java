package voxpop.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import voxpop.pipeline.AnalysisResult;
import voxpop.pipeline.AnalysisResult.Breakdowns;
import voxpop.pipeline.AnalysisResult.Campaign;
import voxpop.pipeline.AnalysisResult.RegionRow;
import voxpop.pipeline.AnalysisResult.RunInfo;
import voxpop.pipeline.AnalysisResult.Sample;
import voxpop.pipeline.AnalysisResult.ThemeSummary;
import voxpop.pipeline.AnalysisResult.Totals;
import voxpop.pipeline.QuestionTable;

/**
 * Hand-built results for the writers' tests. Maps of counts are {@code Map.of}, whose iteration
 * order changes from one JVM to the next, so a writer that leaks map order fails the golden files.
 */
final class ReportFixtures {
  private ReportFixtures() {}

  static final String MOSCOW = "г. Москва";
  static final String KURSK = "Курская область";

  /** A small run: 12 appeals, 15 questions, two themes (one with two sub-themes), one campaign. */
  static AnalysisResult small() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("minThemeSize", 5);
    params.put("similarity", 0.35);
    params.put("languages", List.of("ru", "uk", "en"));
    params.put("subthemes", true);
    params.put("trendHours", 48L);
    RunInfo run =
        new RunInfo(
            "0.1.0",
            "appeals.csv",
            123_456,
            12,
            1,
            42,
            0,
            params,
            Map.of("vectors", "tfidf", "clusterer", "kmeans++", "dimensions", 256),
            "Europe/Moscow",
            "2025-12-04T09:00:00+03:00",
            "2025-12-19T12:30:00+03:00");
    Totals totals =
        new Totals(
            12,
            15,
            10,
            11,
            Map.of("accepted", 10L, "spam", 2L, "abuse", 1L, "gibberish", 1L, "empty", 1L),
            Map.of(
                "spam.link", 2L, "abuse.obscene", 1L, "gibberish.no_words", 1L, "empty.blank", 1L),
            Map.of("ru", 13L, "uk", 1L, "en", 1L),
            8,
            2,
            3,
            8);
    ThemeSummary working =
        new ThemeSummary(
            "t01.1",
            1,
            "индексация пенсий работающим пенсионерам",
            List.of("индексация пенсий работающим пенсионерам", "работающие пенсионеры"),
            3,
            3,
            0.6,
            false,
            1.0,
            List.of(),
            List.of(
                sample(
                    "a1-1",
                    "Когда вернут индексацию пенсий работающим пенсионерам?",
                    2,
                    MOSCOW,
                    "phone",
                    "2025-12-05T10:15:00+03:00")),
            breakdowns(
                Map.of("phone", 3L), Map.of("2025-12-05", 3L), Map.of(MOSCOW, 2L, KURSK, 1L)));
    ThemeSummary rural =
        new ThemeSummary(
            "t01.2",
            2,
            "сельская надбавка к пенсии",
            List.of("сельская надбавка"),
            2,
            2,
            0.4,
            true,
            2.5,
            List.of(),
            List.of(
                sample(
                    "a4-1",
                    "Почему нет надбавки 25% к пенсии в селе?",
                    1,
                    KURSK,
                    "sms",
                    "2025-12-18T08:00:00+03:00")),
            breakdowns(Map.of("sms", 2L), Map.of("2025-12-18", 2L), Map.of(KURSK, 2L)));
    ThemeSummary pensions =
        new ThemeSummary(
            "t01",
            1,
            "индексация пенсий",
            List.of("индексация пенсий", "пенсия", "работающим пенсионерам"),
            5,
            5,
            0.5,
            false,
            0.9,
            List.of(working, rural),
            List.of(
                sample(
                    "a1-1",
                    "Когда вернут индексацию пенсий работающим пенсионерам?",
                    2,
                    MOSCOW,
                    "phone",
                    "2025-12-05T10:15:00+03:00"),
                sample(
                    "a4-1",
                    "Почему нет надбавки 25% к пенсии в селе?",
                    1,
                    KURSK,
                    "sms",
                    "2025-12-18T08:00:00+03:00")),
            breakdowns(
                Map.of("phone", 3L, "sms", 2L),
                Map.of("2025-12-05", 3L, "2025-12-18", 2L),
                Map.of(MOSCOW, 2L, KURSK, 3L)));
    ThemeSummary tariffs =
        new ThemeSummary(
            "t02",
            2,
            "тарифы ЖКХ",
            List.of("тарифы ЖКХ", "рост тарифов"),
            3,
            3,
            0.3,
            true,
            3.12345,
            List.of(),
            List.of(
                sample(
                    "a7-2",
                    "Тарифы ЖКХ выросли на 12%, а зарплата нет. Что делать?",
                    3,
                    "",
                    "web",
                    "2025-12-19T11:00:00+03:00")),
            breakdowns(Map.of("web", 3L), Map.of("2025-12-19", 3L), Map.of("", 3L)));
    ThemeSummary other =
        new ThemeSummary(
            "other",
            0,
            "",
            List.of(),
            2,
            2,
            0.2,
            false,
            0.0,
            List.of(),
            List.of(sample("a9-1", "Hello, when is the show?", 1, MOSCOW, "app", "")),
            breakdowns(Map.of("app", 2L), Map.of("2025-12-10", 2L), Map.of(MOSCOW, 2L)));
    List<RegionRow> regions =
        List.of(
            new RegionRow(MOSCOW, 6, 5, 0.6, List.of("t01", "t02")),
            new RegionRow(KURSK, 4, 4, 0.4, List.of("t01")));
    Breakdowns overall =
        new Breakdowns(
            Map.of("phone", 5L, "sms", 4L, "web", 2L, "app", 1L),
            Map.of("2025-12-04", 1L, "2025-12-05", 3L, "2025-12-18", 3L, "2025-12-19", 5L),
            Map.of("60-plus", 5L, "30-44", 3L, "unknown", 4L),
            Map.of("female", 6L, "male", 4L, "unknown", 2L),
            Map.of(MOSCOW, 6L, KURSK, 4L, "", 2L));
    List<Campaign> campaigns =
        List.of(
            new Campaign(
                "g000003",
                "Тарифы ЖКХ выросли на 12%, а зарплата нет. Что делать?",
                3,
                3,
                "t02",
                "2025-12-19T10:00:00+03:00",
                "2025-12-19T11:00:00+03:00"));
    Map<String, List<Sample>> screened =
        Map.of(
            "spam",
            List.of(
                sample("a10-1", "Займ за 5 минут! [phone] http://example.org", 1, "", "sms", "")),
            "abuse",
            List.of(sample("a11-1", "Вы все ***!", 1, KURSK, "social", "")));
    return new AnalysisResult(
        run, totals, List.of(pensions, tariffs), other, regions, overall, campaigns, screened);
  }

  /** What a run over an empty input returns. */
  static AnalysisResult empty() {
    RunInfo run =
        new RunInfo(
            "0.1.0", "empty.csv", 0, 0, 0, 42, 0, Map.of(), Map.of(), "Europe/Moscow", "", "");
    Totals totals = new Totals(0, 0, 0, 0, Map.of(), Map.of(), Map.of(), 0, 0, 0, 0);
    Breakdowns none = new Breakdowns(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    ThemeSummary other =
        new ThemeSummary("other", 0, "", List.of(), 0, 0, 0, false, 0, List.of(), List.of(), none);
    return new AnalysisResult(run, totals, List.of(), other, List.of(), none, List.of(), Map.of());
  }

  static Breakdowns breakdowns(
      Map<String, Long> channel, Map<String, Long> day, Map<String, Long> region) {
    return new Breakdowns(channel, day, Map.of(), Map.of(), region);
  }

  static Sample sample(
      String id, String text, long people, String region, String channel, String at) {
    return new Sample(id, text, people, region, channel, at);
  }

  /**
   * A table of 6 questions in 4 appeals: accepted in a theme and sub-theme, accepted in a theme
   * without sub-theme, an outlier, a campaign member, spam, and an appeal id that needs quoting.
   */
  static QuestionTable smallTable() {
    List<String> appealIds = List.of("a1", "a2", "web,\"7\"", "сб-4");
    int[] appeal = {0, 0, 1, 2, 3, 3};
    int[] questionNo = {1, 2, 1, 1, 1, 2};
    byte[] language = {0, 0, 2, 1, 0, 0}; // ru ru en uk ru ru
    byte[] verdict = {0, 0, 0, 0, 1, 0}; // accepted x4, spam, accepted
    String[] reason = {"ok", "ok", "ok", "ok", "spam.link", "ok"};
    int[] duplicateGroup = {0, 1, 2, 3, -1, 1_234_567};
    BitSet campaign = new BitSet();
    campaign.set(3);
    int[] theme = {0, 1, QuestionTable.OTHER, 1, QuestionTable.SCREENED, 0};
    int[] subtheme = {1, -1, -1, -1, -1, 0};
    return new QuestionTable(
        appealIds,
        appeal,
        questionNo,
        language,
        verdict,
        reason,
        duplicateGroup,
        campaign,
        theme,
        subtheme,
        List.of("t01", "t02"),
        List.of("t01.1", "t01.2"));
  }

  static QuestionTable emptyTable() {
    return new QuestionTable(
        List.of(),
        new int[0],
        new int[0],
        new byte[0],
        new byte[0],
        new String[0],
        new int[0],
        new BitSet(),
        new int[0],
        new int[0],
        List.of(),
        List.of());
  }

  /** A larger result: {@code themes} themes with {@code samples} samples each of ~160 chars. */
  static AnalysisResult large(int themes, int samples) {
    AnalysisResult base = small();
    List<ThemeSummary> list = new ArrayList<>();
    String filler =
        "Здравствуйте, Владимир Владимирович! У нас в посёлке третий год не могут провести газ,"
            + " обещали к зиме, а трубы так и лежат. ";
    for (int t = 1; t <= themes; t++) {
      List<Sample> ss = new ArrayList<>();
      for (int s = 1; s <= samples; s++) {
        ss.add(
            sample(
                "a" + t + "x" + s + "-1",
                filler + "Вопрос " + s + " темы " + t + "?",
                1 + s % 7,
                s % 2 == 0 ? MOSCOW : KURSK,
                s % 3 == 0 ? "sms" : "phone",
                "2025-12-1" + (s % 10) + "T10:00:00+03:00"));
      }
      List<ThemeSummary> subs = new ArrayList<>();
      for (int k = 1; k <= 5; k++) {
        subs.add(
            new ThemeSummary(
                String.format(java.util.Locale.ROOT, "t%02d.%d", t, k),
                k,
                "подтема " + k + " темы " + t,
                List.of("подтема " + k),
                100,
                90,
                0.2,
                k == 1,
                1.5,
                List.of(),
                ss.subList(0, Math.min(10, ss.size())),
                base.breakdowns()));
      }
      list.add(
          new ThemeSummary(
              String.format(java.util.Locale.ROOT, "t%02d", t),
              t,
              "газификация посёлков, тема номер " + t,
              List.of("газификация", "провести газ", "трубы лежат"),
              10_000L - t * 100,
              9_000L - t * 100,
              0.3 / t,
              t % 4 == 0,
              t % 4 == 0 ? 2.0 : 1.0,
              subs,
              ss,
              base.breakdowns()));
    }
    return new AnalysisResult(
        base.run(),
        base.totals(),
        list,
        base.other(),
        base.regions(),
        base.breakdowns(),
        base.campaigns(),
        base.screened());
  }
}
