package voxpop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import voxpop.store.AppealStatus;

/**
 * Themes over real HTTP: once enough accepted questions are stored, the server fits a theme model
 * and gives later questions stable theme ids that never mix two matters, listed in {@code
 * /api/v1/stats}. Each phrasing here is a flood of near-copies (27 per phrasing, only the town
 * differs), so every question's nearest neighbours are its own copies and the engine may keep the
 * four phrasings of one matter apart; it must never put two matters under one id.
 */
class ServerThemesTest {
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
  private static final String[][] TOPICS = {
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

  @TempDir Path dir;

  private static String appeal(int topic, int variant, int round) {
    String text =
        String.format(TOPICS[topic][variant % 4], TOWNS[(variant / 4 + round) % TOWNS.length]);
    return "{\"text\":\"" + text + " (" + round + ")\"}";
  }

  private static List<String> post(ServerFixture s, String token, List<String> appeals) {
    List<String> receipts = new ArrayList<>();
    for (int from = 0; from < appeals.size(); from += 50) {
      String body =
          "[" + String.join(",", appeals.subList(from, Math.min(appeals.size(), from + 50))) + "]";
      JsonNode r = ServerFixture.json(s.postJson("/api/v1/appeals", token, body));
      for (JsonNode receipt : r.get("receipts")) {
        receipts.add(receipt.get("receipt").stringValue());
      }
    }
    return receipts;
  }

  private static JsonNode waitFor(ServerFixture s, java.util.function.Predicate<JsonNode> done)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 120_000;
    JsonNode stats;
    do {
      Thread.sleep(100);
      stats = ServerFixture.json(s.get("/api/v1/stats"));
    } while (!done.test(stats) && System.currentTimeMillis() < deadline);
    return stats;
  }

  @Test
  void laterQuestionsGetStableThemeIdsThatNeverMixMatters() throws Exception {
    try (ServerFixture s = new ServerFixture(dir, ServerOptions.defaults(0))) {
      String web = s.token("web");
      List<String> first = new ArrayList<>();
      for (int round = 0; round < 9; round++) {
        for (int topic = 0; topic < TOPICS.length; topic++) {
          for (int variant = 0; variant < 12; variant++) {
            first.add(appeal(topic, variant, round));
          }
        }
      }
      post(s, web, first); // 324 accepted questions: enough for the first fit
      JsonNode stats = waitFor(s, st -> st.get("themes").get("model_generation").intValue() >= 1);
      assertThat(stats.get("themes").get("model_generation").intValue()).isGreaterThanOrEqualTo(1);

      List<List<String>> later = new ArrayList<>();
      for (int topic = 0; topic < TOPICS.length; topic++) {
        List<String> mine = new ArrayList<>();
        for (int variant = 0; variant < 8; variant++) {
          mine.add(appeal(topic, variant, 20));
        }
        later.add(post(s, web, mine));
      }
      waitFor(s, st -> st.get("worker").get("lag_appeals").longValue() == 0);
      Set<String> all = new HashSet<>();
      for (int topic = 0; topic < TOPICS.length; topic++) {
        Set<String> ids = new HashSet<>();
        for (String receipt : later.get(topic)) {
          AppealStatus st = s.store.status(receipt).orElseThrow();
          st.questions().forEach(q -> ids.add(q.themeId()));
        }
        assertThat(ids).as("topic %d", topic).doesNotContain("", "other").hasSizeBetween(1, 4);
        assertThat(all).as("no theme id shared across topics").doesNotContainAnyElementsOf(ids);
        all.addAll(ids);
      }
      JsonNode themes = ServerFixture.json(s.get("/api/v1/stats")).get("themes").get("themes");
      Set<String> listed = new HashSet<>();
      for (JsonNode t : themes) {
        listed.add(t.get("id").stringValue());
      }
      assertThat(listed).containsAll(all);
    }
  }
}
