package voxpop.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import voxpop.pipeline.AnalysisResult;
import voxpop.pipeline.AnalysisResult.Breakdowns;
import voxpop.pipeline.AnalysisResult.Campaign;
import voxpop.pipeline.AnalysisResult.RegionRow;
import voxpop.pipeline.AnalysisResult.RunInfo;
import voxpop.pipeline.AnalysisResult.Sample;
import voxpop.pipeline.AnalysisResult.ThemeSummary;
import voxpop.pipeline.AnalysisResult.Totals;

/**
 * A hand-built result with the proportions of the reference event (about 3 million appeals in 16
 * days, the on-air channel mix and region ranking, a theme that appears late and rises), for
 * looking at the report while the pipeline is being written. Deterministic by its seed. {@link
 * #main} writes {@code report.html} and {@code themes.json} into a directory for a screenshot.
 */
final class RealisticResult {
  private static final String[] DAYS = new String[16];
  private static final long[] PER_DAY = {
    118_000, 131_000, 139_000, 146_000, 143_000, 151_000, 158_000, 149_000, 163_000, 168_000,
    174_000, 181_000, 192_000, 214_000, 318_000, 477_000
  };

  static {
    for (int d = 0; d < 16; d++) {
      DAYS[d] = String.format(Locale.ROOT, "2025-12-%02d", 4 + d);
    }
  }

  private static final String[][] REGIONS = {
    {"Москва", "0.150"},
    {"Санкт-Петербург", "0.065"},
    {"Краснодарский край", "0.048"},
    {"Ростовская область", "0.034"},
    {"Свердловская область", "0.031"},
    {"Московская область", "0.030"},
    {"Республика Башкортостан", "0.027"},
    {"Республика Татарстан", "0.026"},
    {"Челябинская область", "0.024"},
    {"Нижегородская область", "0.022"},
    {"Самарская область", "0.021"},
    {"Новосибирская область", "0.019"},
    {"Пермский край", "0.018"},
    {"Красноярский край", "0.017"},
    {"Волгоградская область", "0.016"},
    {"Воронежская область", "0.015"},
    {"Ставропольский край", "0.015"},
    {"Республика Дагестан", "0.014"},
    {"Кемеровская область — Кузбасс", "0.013"},
    {"Иркутская область", "0.012"}
  };

  private static final String[] TOWNS = {
    "Курске",
    "Туле",
    "посёлке Новый",
    "Сызрани",
    "Камышине",
    "селе Ивановка",
    "Бийске",
    "Шахтах",
    "Энгельсе",
    "Братске",
    "Мичуринске",
    "Нефтекамске"
  };

  private static final String[] OPENERS = {
    "", "", "Здравствуйте! ", "Владимир Владимирович, ", "Добрый день. ", "Уважаемый президент! "
  };

  /** id, label, share of people, growth, then key phrases | sub-themes | question templates. */
  private static final Object[][] THEMES = {
    {
      "индексация пенсий",
      0.171,
      1.1,
      "индексация пенсий|пенсия|работающим пенсионерам|прибавка к пенсии",
      "индексация пенсий работающим пенсионерам:0.42|сельская надбавка к пенсии:0.21"
          + "|пенсионный возраст:0.20|северные пенсии:0.17",
      "Когда вернут индексацию пенсий работающим пенсионерам?"
          + "|Почему пенсию проиндексировали всего на {n}%, а цены выросли вдвое?"
          + "|Мне {age} лет, работаю в {town}, пенсию не индексируют с 2016 года. Это справедливо?"
          + "|Почему нет надбавки 25% к пенсии тем, кто всю жизнь работал в колхозе?"
          + "|Верните пенсионный возраст 55 и 60 лет!"
          + "|ПЕНСИЯ {p} РУБ КАК ЖИТЬ"
    },
    {
      "тарифы ЖКХ",
      0.094,
      1.0,
      "тарифы ЖКХ|рост тарифов|капремонт|вывоз мусора",
      "рост тарифов с июля:0.48|взносы на капремонт:0.30|вывоз мусора:0.22",
      "Тарифы ЖКХ выросли на {n}% с июля, а зарплата нет. Что делать?"
          + "|Почему платим за капремонт, а дом в {town} не ремонтируют {n} лет?"
          + "|Мусор в {town} не вывозят неделями, а платить заставляют."
          + "|Квартплата {p} рублей при пенсии 18 тысяч, помогите"
    },
    {
      "ремонт дорог",
      0.083,
      0.9,
      "ремонт дорог|дорога|ямы|общественный транспорт",
      "дороги в сёлах:0.46|мосты и переправы:0.21|общественный транспорт:0.33",
      "Дорогу в {town} не ремонтировали с советских времён, скорая не может проехать."
          + "|Когда отремонтируют мост в {town}? Дети ходят в школу в обход {n} км."
          + "|Отменили автобус из {town} в райцентр, как добираться до больницы?"
    },
    {
      "выплаты участникам СВО и их семьям",
      0.081,
      1.2,
      "участникам СВО|статус ветерана|выплаты семьям|мобилизованные",
      "статус ветерана боевых действий:0.38|выплаты семьям:0.37|сроки службы мобилизованных:0.25",
      "Мой сын мобилизован {n} месяцев назад, когда будет ротация?"
          + "|Почему мужу не дают статус ветерана боевых действий после ранения?"
          + "|Семье погибшего не выплатили положенное уже {n} месяцев. Куда обращаться?"
    },
    {
      "цены на продукты",
      0.072,
      1.3,
      "цены на продукты|подорожание|бензин|масло",
      "цены на яйца и масло:0.44|бензин и солярка:0.31|цены на лекарства:0.25",
      "Почему сливочное масло стоит {p} рублей?"
          + "|Бензин в {town} подорожал на {n}% за месяц, кто это контролирует?"
          + "|Цены на продукты растут каждую неделю, когда это остановится?"
    },
    {
      "лекарства и очереди к врачам",
      0.069,
      1.0,
      "льготные лекарства|запись к врачу|поликлиника|ФАП",
      "льготные лекарства:0.41|запись к врачу:0.36|закрытие ФАПов:0.23",
      "Не выдают льготный инсулин уже {n} месяцев, что делать?"
          + "|К кардиологу в {town} запись на {n} недель вперёд."
          + "|Закрыли фельдшерский пункт в {town}, до больницы {n} км."
    },
    {
      "ипотека и жильё",
      0.064,
      1.0,
      "семейная ипотека|аварийное жильё|дольщики",
      "семейная ипотека:0.45|аварийное жильё:0.35|обманутые дольщики:0.20",
      "Почему отменили льготную ипотеку для всех, а семейную под {n}% дают не везде?"
          + "|Живём в аварийном доме в {town} с {n} года, расселение всё переносят."
          + "|Дом не достроен {n} лет, дольщики в {town} платят и ипотеку, и аренду."
    },
    {
      "газификация",
      0.052,
      0.8,
      "газификация|провести газ|подключение газа",
      "газ до участка бесплатно:0.58|стоимость подключения:0.42",
      "В {town} обещали газ к {n} году, трубы лежат, газа нет."
          + "|Почему за подключение газа до дома просят {p} рублей, ведь обещали бесплатно?"
    },
    {
      "зарплаты бюджетников",
      0.046,
      1.0,
      "зарплаты учителей|зарплаты врачей|МРОТ",
      "зарплаты учителей:0.52|зарплаты медиков:0.48",
      "Учитель в {town} получает {p} рублей при нагрузке {n} часов, это нормально?"
          + "|Медсёстрам обещали повышение, а получили {p}."
    },
    {
      "блокировка Roblox",
      0.031,
      6.8,
      "Roblox|разблокировать игру|блокировка|дети",
      "верните Roblox:0.71|замедление YouTube:0.29",
      "Разблокируйте Roblox пожалуйста, там все мои друзья!"
          + "|Зачем заблокировали Роблокс? Мне {age} лет, это моя любимая игра."
          + "|Когда вернут нормальный YouTube? Видео не грузится."
    },
    {
      "школы и детские сады",
      0.029,
      0.9,
      "школа|детский сад|учебники",
      "очередь в детский сад:0.54|ремонт школ:0.46",
      "В {town} очередь в детский сад {n} человек, сад строят третий год."
          + "|Школа в {town} в аварийном состоянии, дети учатся в две смены."
    },
    {
      "отключения мобильного интернета",
      0.024,
      3.2,
      "мобильный интернет|отключения|белые списки",
      "отключения в регионах:0.62|белые списки сайтов:0.38",
      "В {town} мобильный интернет отключают каждый день, а работать как?"
          + "|Такси и банки не работают без интернета, когда это закончится?"
    },
  };

  private RealisticResult() {}

  static AnalysisResult build(long seed) {
    Random rnd = new Random(seed);
    long appeals = 0;
    for (long v : PER_DAY) {
      appeals += v;
    }
    long people = 2_611_000;
    long acceptedPeople = 2_430_000;
    List<ThemeSummary> themes = new ArrayList<>();
    for (int i = 0; i < THEMES.length; i++) {
      themes.add(theme(rnd, i, acceptedPeople));
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("minThemeSize", 200);
    params.put("maxThemes", 60);
    params.put("subthemes", true);
    params.put("samplesPerTheme", 100);
    params.put("nearDuplicateJaccard", 0.8);
    params.put("campaignMinPeople", 50);
    params.put("trendHours", 48);
    params.put("risingMinGrowth", 1.5);
    RunInfo run =
        new RunInfo(
            "0.1.0",
            "direct-line-2025.csv",
            1_046_218_337L,
            appeals + 412,
            412,
            seed,
            0,
            params,
            Map.of(
                "vectors",
                "tf-idf 2^18 hashed",
                "clusterer",
                "spherical k-means, auto k",
                "labeller",
                "noun phrases by c-TF-IDF",
                "sampledForFit",
                200_000),
            "Europe/Moscow",
            "2025-12-04T00:00:12+03:00",
            "2025-12-19T11:58:40+03:00");
    Map<String, Long> byVerdict = new LinkedHashMap<>();
    byVerdict.put("accepted", 2_870_000L);
    byVerdict.put("spam", 310_000L);
    byVerdict.put("abuse", 150_000L);
    byVerdict.put("gibberish", 90_000L);
    byVerdict.put("empty", 52_000L);
    byVerdict.put("too_short", 30_000L);
    byVerdict.put("flood", 10_000L);
    Totals totals =
        new Totals(
            appeals,
            3_512_000,
            2_870_000,
            people,
            byVerdict,
            Map.of(
                "spam.link",
                180_000L,
                "spam.phone",
                90_000L,
                "spam.advert",
                40_000L,
                "abuse.obscene",
                120_000L,
                "abuse.insult",
                30_000L,
                "gibberish.no_words",
                90_000L,
                "empty.blank",
                52_000L,
                "too_short.words",
                30_000L,
                "flood.sender",
                10_000L),
            Map.of("ru", 3_420_000L, "uk", 41_000L, "en", 23_000L, "other", 28_000L),
            412_000,
            781_000,
            96_400,
            2_641_000);
    Breakdowns overall = overall(appeals);
    List<RegionRow> regions = new ArrayList<>();
    for (String[] r : REGIONS) {
      double share = Double.parseDouble(r[1]);
      List<String> top = new ArrayList<>(List.of("t01", "t02", "t03"));
      top.set(1 + rnd.nextInt(2), String.format(Locale.ROOT, "t%02d", 4 + rnd.nextInt(9)));
      regions.add(
          new RegionRow(
              r[0],
              Math.round(share * appeals * 0.97),
              Math.round(share * people * 0.97),
              share,
              top));
    }
    ThemeSummary other =
        new ThemeSummary(
            "other",
            0,
            "",
            List.of(),
            229_000,
            210_000,
            0.0864,
            false,
            1.0,
            List.of(),
            samples(
                rnd,
                new String[] {
                  "Передайте привет маме в {town}!",
                  "Как попасть на прямую линию?",
                  "Спасибо за вашу работу!"
                },
                20),
            overall);
    List<Campaign> campaigns =
        List.of(
            new Campaign(
                "g004211",
                "Верните индексацию пенсий работающим пенсионерам!",
                41_200,
                41_950,
                "t01",
                "2025-12-05T08:00:00+03:00",
                "2025-12-19T11:40:00+03:00"),
            new Campaign(
                "g018733",
                "Разблокируйте Roblox, там все мои друзья!",
                28_900,
                29_400,
                "t10",
                "2025-12-17T15:12:00+03:00",
                "2025-12-19T11:50:00+03:00"),
            new Campaign(
                "g002007",
                "Просим построить мост через реку Сок в селе Ивановка",
                6_100,
                6_130,
                "t03",
                "2025-12-09T10:00:00+03:00",
                "2025-12-12T21:00:00+03:00"));
    Map<String, List<Sample>> screened = new LinkedHashMap<>();
    screened.put(
        "spam",
        samples(
            rnd,
            new String[] {
              "Займы без отказа за 5 минут! Звоните [телефон]",
              "Заработок от 100 000 в месяц, пиши в телеграм [ссылка]"
            },
            6));
    screened.put(
        "abuse",
        samples(rnd, new String[] {"Да вы все там *** ***!", "Чиновники *** совсем обнаглели"}, 4));
    screened.put("gibberish", samples(rnd, new String[] {"ыввавыа фыв", "ккккккккк 777"}, 3));
    screened.put("too_short", samples(rnd, new String[] {"да", "привет"}, 2));
    return new AnalysisResult(run, totals, themes, other, regions, overall, campaigns, screened);
  }

  private static ThemeSummary theme(Random rnd, int i, long acceptedPeople) {
    Object[] spec = THEMES[i];
    String id = String.format(Locale.ROOT, "t%02d", i + 1);
    double share = (double) spec[1];
    double growth = (double) spec[2];
    long people = Math.round(share * acceptedPeople);
    long questions = Math.round(people * 1.12);
    boolean rising = growth >= 1.5;
    String[] templates = ((String) spec[5]).split("\\|");
    List<ThemeSummary> subs = new ArrayList<>();
    int k = 0;
    for (String sub : ((String) spec[4]).split("\\|")) {
      String[] parts = sub.split(":");
      double subShare = Double.parseDouble(parts[1]);
      String subId = id + "." + (++k);
      boolean subRising = rising && k == 1;
      subs.add(
          new ThemeSummary(
              subId,
              k,
              parts[0],
              List.of(parts[0]),
              Math.round(questions * subShare),
              Math.round(people * subShare),
              subShare,
              subRising,
              subRising ? growth * 1.1 : 1.0,
              List.of(),
              samples(rnd, new String[] {templates[(k - 1) % templates.length]}, 10),
              themeBreakdowns(rnd, Math.round(questions * subShare), subRising)));
    }
    return new ThemeSummary(
        id,
        i + 1,
        (String) spec[0],
        List.of(((String) spec[3]).split("\\|")),
        questions,
        people,
        share,
        rising,
        growth,
        subs,
        samples(rnd, templates, 100),
        themeBreakdowns(rnd, questions, rising));
  }

  private static List<Sample> samples(Random rnd, String[] templates, int n) {
    List<Sample> out = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      String t = templates[s % templates.length];
      String text =
          OPENERS[rnd.nextInt(OPENERS.length)]
              + t.replace("{town}", TOWNS[rnd.nextInt(TOWNS.length)])
                  .replace("{n}", Integer.toString(2 + rnd.nextInt(30)))
                  .replace("{age}", Integer.toString(10 + rnd.nextInt(60)))
                  .replace("{p}", Integer.toString(9_000 + rnd.nextInt(40) * 500));
      int day = Math.min(15, (int) Math.floor(16 * Math.sqrt(rnd.nextDouble())));
      String[] channels = {"phone", "phone", "sms", "messenger", "social", "web", "app"};
      out.add(
          new Sample(
              "a" + (100_000 + rnd.nextInt(3_000_000)) + "-1",
              text,
              rnd.nextInt(4) == 0 ? 2 + rnd.nextInt(400) : 1,
              REGIONS[rnd.nextInt(REGIONS.length)][0],
              channels[rnd.nextInt(channels.length)],
              String.format(
                  Locale.ROOT,
                  "%sT%02d:%02d:00+03:00",
                  DAYS[day],
                  8 + rnd.nextInt(14),
                  rnd.nextInt(60))));
    }
    return out;
  }

  private static Breakdowns overall(long appeals) {
    Map<String, Long> days = new LinkedHashMap<>();
    for (int d = 0; d < 16; d++) {
      days.put(DAYS[d], PER_DAY[d]);
    }
    Map<String, Long> regions = new LinkedHashMap<>();
    for (String[] r : REGIONS) {
      regions.put(r[0], Math.round(Double.parseDouble(r[1]) * appeals));
    }
    return new Breakdowns(
        Map.of(
            "phone",
            1_383_000L,
            "sms",
            589_000L,
            "messenger",
            558_000L,
            "social",
            352_000L,
            "web",
            130_000L,
            "app",
            38_000L,
            "other",
            2_000L),
        days,
        Map.of(
            "under-18",
            92_000L,
            "18-29",
            427_000L,
            "30-44",
            824_000L,
            "45-59",
            793_000L,
            "60-plus",
            671_000L,
            "unknown",
            245_000L),
        Map.of("female", 1_648_000L, "male", 1_251_000L, "unknown", 153_000L),
        regions);
  }

  private static Breakdowns themeBreakdowns(Random rnd, long questions, boolean rising) {
    Map<String, Long> days = new LinkedHashMap<>();
    double total = 0;
    double[] w = new double[16];
    for (int d = 0; d < 16; d++) {
      w[d] = PER_DAY[d] * (0.8 + 0.4 * rnd.nextDouble()) * (rising && d >= 13 ? 4 + d - 13 : 1);
      if (rising && d < 12) {
        w[d] *= 0.15;
      }
      total += w[d];
    }
    for (int d = 0; d < 16; d++) {
      days.put(DAYS[d], Math.round(questions * w[d] / total));
    }
    Map<String, Long> regions = new LinkedHashMap<>();
    for (String[] r : REGIONS) {
      regions.put(
          r[0], Math.round(questions * Double.parseDouble(r[1]) * (0.6 + 0.8 * rnd.nextDouble())));
    }
    return new Breakdowns(
        Map.of(
            "phone",
            questions * 45 / 100,
            "sms",
            questions * 19 / 100,
            "messenger",
            questions * 18 / 100,
            "social",
            questions * 12 / 100,
            "web",
            questions * 6 / 100),
        days,
        Map.of(),
        Map.of(),
        regions);
  }

  /** Writes {@code report.html} and {@code themes.json} of the realistic result into args[0]. */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/report-demo"));
    AnalysisResult r = build(42);
    ReportHtmlWriter.write(r, dir.resolve("report.html"));
    ThemesJsonWriter.write(r, dir.resolve("themes.json"));
    System.out.println(dir.resolve("report.html").toAbsolutePath());
  }
}
