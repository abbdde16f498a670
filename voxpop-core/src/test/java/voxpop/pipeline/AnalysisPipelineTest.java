package voxpop.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import voxpop.io.AppealReader;
import voxpop.io.AppealWriter;
import voxpop.io.InputFormat;
import voxpop.io.ReadOptions;
import voxpop.model.AgeGroup;
import voxpop.model.Appeal;
import voxpop.model.Channel;
import voxpop.model.Gender;
import voxpop.model.Verdict;
import voxpop.params.Params;
import voxpop.themes.ThemeRequest;

class AnalysisPipelineTest {
  private static final String[] TOWNS = {
    "Курске",
    "Орле",
    "Брянске",
    "Туле",
    "Липецке",
    "Рязани",
    "Твери",
    "Калуге",
    "Смоленске",
    "Ижевске"
  };

  /** Three plain topics with varied wording, plus screened-out messages and one campaign. */
  private static List<Appeal> corpus() {
    List<Appeal> out = new ArrayList<>();
    Instant t0 = Instant.parse("2026-12-04T06:00:00Z");
    String[][] topics = {
      {
        "Когда проиндексируют пенсии работающим пенсионерам в %s?",
        "Почему пенсию работающим пенсионерам не индексируют, я живу в %s",
        "Верните индексацию пенсий работающим пенсионерам, пишу из %s",
        "Будет ли индексация пенсии для работающих пенсионеров в %s?"
      },
      {
        "Когда отремонтируют дорогу в %s, сплошные ямы на дороге",
        "Ямы на дорогах в %s, кто будет делать ремонт дороги?",
        "Дорогу в %s не ремонтировали десять лет, ямы и разбитый асфальт",
        "Просим отремонтировать разбитую дорогу с ямами в %s"
      },
      {
        "Когда проведут газ в наши дома в %s? Газификация стоит",
        "Газификация частных домов в %s идет очень медленно, когда подключат газ",
        "Нам обещали провести газ к домам в %s, газификация так и не началась",
        "Сколько стоит подключение газа к дому в %s по программе газификации"
      }
    };
    int id = 0;
    for (int round = 0; round < 10; round++) {
      for (int topic = 0; topic < topics.length; topic++) {
        for (String template : topics[topic]) {
          id++;
          out.add(
              appeal(
                  "a" + id,
                  t0.plusSeconds(id * 3600L),
                  String.format(template, TOWNS[(round + topic) % TOWNS.length]),
                  "+7900" + (1_000_000 + id)));
        }
      }
    }
    out.add(
        appeal(
            "spam1",
            t0,
            "Заработок от 5000 в день! Пиши в телеграм @easy_money_bot https://t.me/easy",
            "+79005550001"));
    out.add(appeal("empty1", t0, "   ...  ", "+79005550002"));
    for (int i = 0; i < 25; i++) {
      out.add(
          appeal(
              "camp" + i,
              t0.plusSeconds(i * 60L),
              "Просим сохранить рощу у реки в нашем микрорайоне и запретить застройку берега навсегда",
              "+7911" + (2_000_000 + i)));
    }
    return out;
  }

  private static Appeal appeal(String id, Instant at, String text, String sender) {
    return new Appeal(
        id,
        at,
        Channel.SMS,
        text,
        "Курская область",
        sender,
        AgeGroup.AGE_45_59,
        Gender.FEMALE,
        "");
  }

  private static AnalysisPipeline.Analysis analyse(List<Appeal> appeals, int threads)
      throws IOException {
    StringWriter sw = new StringWriter();
    try (AppealWriter w = AppealWriter.create(sw, InputFormat.CSV)) {
      for (Appeal a : appeals) {
        w.write(a);
      }
    }
    Params params = Params.defaults(AnalysisParams.all());
    AnalysisPipeline pipeline =
        new AnalysisPipeline(
            params,
            42,
            threads,
            0,
            ZoneId.of("Europe/Moscow"),
            Engines.defaultThemeEngine(),
            Engines.defaultTermSource(),
            ThemeRequest.Progress.NONE);
    byte[] bytes = sw.toString().getBytes(StandardCharsets.UTF_8);
    try (AppealReader reader =
        AppealReader.open(
            new ByteArrayInputStream(bytes), InputFormat.CSV, ReadOptions.defaults())) {
      return pipeline.run(reader, "test.csv", bytes.length);
    }
  }

  @Test
  void screensGroupsAndFindsTheThreeTopicsAndTheCampaign() throws IOException {
    AnalysisPipeline.Analysis a = analyse(corpus(), 2);
    QuestionTable t = a.table();
    AnalysisResult r = a.result();
    assertThat(r.totals().appeals()).isEqualTo(147);
    Map<String, Verdict> verdictOf = new HashMap<>();
    Map<String, String> themeOf = new HashMap<>();
    for (int q = 0; q < t.size(); q++) {
      String appeal = t.appealIds().get(t.appeal()[q]);
      verdictOf.put(appeal, t.verdictOf(q));
      themeOf.put(appeal, t.themeIdOf(q));
    }
    assertThat(verdictOf.get("spam1")).isEqualTo(Verdict.SPAM);
    assertThat(verdictOf.get("empty1")).isEqualTo(Verdict.EMPTY);
    assertThat(themeOf.get("spam1")).isEmpty();
    // No theme mixes two topics, and each topic lands in at most three themes (its four phrasings
    // share few words, and on so small a corpus the theme resolution may keep some apart), never
    // in "other".
    Map<String, Integer> topicOfTheme = new HashMap<>();
    for (int topic = 0; topic < 3; topic++) {
      Set<String> themes = new HashSet<>();
      for (int round = 0; round < 10; round++) {
        for (int k = 0; k < 4; k++) {
          String theme = themeOf.get("a" + (round * 12 + topic * 4 + k + 1));
          themes.add(theme);
          Integer before = topicOfTheme.put(theme, topic);
          assertThat(before)
              .as("theme %s holds topics %s and %d", theme, before, topic)
              .isIn(null, topic);
        }
      }
      assertThat(themes).as("topic %d", topic).hasSizeBetween(1, 3).doesNotContain("other", "");
    }
    assertThat(topicOfTheme.values()).containsOnly(0, 1, 2).contains(0, 1, 2);
    assertThat(r.campaigns()).hasSize(1);
    assertThat(r.campaigns().get(0).people()).isEqualTo(25);
    assertThat(r.themes()).allSatisfy(th -> assertThat(th.label()).isNotBlank());
    assertThat(r.regions().get(0).region()).isEqualTo("Курская область");
  }

  @Test
  void sameResultWithOneThreadAndTwo() throws IOException {
    AnalysisPipeline.Analysis one = analyse(corpus(), 1);
    AnalysisPipeline.Analysis two = analyse(corpus(), 2);
    assertThat(two.result()).isEqualTo(one.result());
    assertThat(two.table().theme()).isEqualTo(one.table().theme());
    assertThat(two.table().subtheme()).isEqualTo(one.table().subtheme());
    assertThat(two.table().duplicateGroup()).isEqualTo(one.table().duplicateGroup());
  }

  @Test
  void emptyInputGivesAnEmptyResult() throws IOException {
    AnalysisPipeline.Analysis a = analyse(List.of(), 2);
    assertThat(a.result().totals().appeals()).isZero();
    assertThat(a.result().themes()).isEmpty();
    assertThat(a.table().size()).isZero();
  }

  @Test
  void singleAppeal() throws IOException {
    AnalysisPipeline.Analysis a =
        analyse(List.of(appeal("one", null, "Когда проиндексируют пенсии?", "")), 1);
    assertThat(a.result().totals().questions()).isEqualTo(1);
    assertThat(a.table().verdictOf(0)).isEqualTo(Verdict.ACCEPTED);
  }
}
