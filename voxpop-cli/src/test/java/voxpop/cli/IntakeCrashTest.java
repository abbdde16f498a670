package voxpop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import voxpop.store.AppealStore;
import voxpop.store.sqlite.SqliteAppealStore;

/**
 * The crash test: a load client sends appeals over HTTP to a real {@code voxpop serve} process,
 * which is killed with SIGKILL at random moments several times and restarted on the same data
 * directory. Every receipt the client was given must be in the store afterwards, no appeal may be
 * stored twice, and retries of acknowledged appeals must return their first receipt.
 */
class IntakeCrashTest {
  private static final int KILLS = 4;
  private static final int IN_FLIGHT = 64;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
  private final Set<String> unanswered = ConcurrentHashMap.newKeySet();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong cutOff = new AtomicLong();
  private final AtomicLong cutOffButStored = new AtomicLong();

  @Test
  void noAcknowledgedAppealIsLostOrStoredTwiceAcrossSigkills() throws Exception {
    Random random = new Random(20251219L);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    String token = null;
    AtomicLong next = new AtomicLong();
    for (int round = 0; round <= KILLS; round++) {
      try (ServeProcess p = ServeProcess.start(dir, "--no-worker", "--flood-burst", "1000000")) {
        if (token == null) {
          token = p.token("app");
        }
        retryUnanswered(http, p, token);
        checkIdempotentRetries(http, p, token, random);
        long runMillis = 1_500 + random.nextInt(2_500);
        load(http, p, token, next, runMillis, round == KILLS);
        if (round < KILLS) {
          p.kill();
        } else {
          assertThat(p.stopGracefully()).isEqualTo(143);
        }
      }
    }
    try (AppealStore store = SqliteAppealStore.open(dir)) {
      List<String> receipts = new ArrayList<>();
      store.forEachReceipt(receipts::add);
      Set<String> stored = new HashSet<>(receipts);
      assertThat(stored).as("no receipt stored twice").hasSize(receipts.size());
      long lost = acknowledged.values().stream().filter(r -> !stored.contains(r)).count();
      System.out.printf(
          "crash test: %d kills, %d appeals sent, %d cut off by a kill and retried (%d of them"
              + " had been committed before the kill), %d acknowledged, %d stored, %d lost%n",
          KILLS,
          sent.get(),
          cutOff.get(),
          cutOffButStored.get(),
          acknowledged.size(),
          receipts.size(),
          lost);
      assertThat(acknowledged).hasSizeGreaterThan(500);
      assertThat(lost).as("acknowledged appeals lost").isZero();
      assertThat(stats(store)).isEqualTo(receipts.size());
      assertThat((long) receipts.size())
          .as("at most one stored appeal per external id sent")
          .isLessThanOrEqualTo(next.get());
    }
  }

  private static long stats(AppealStore store) {
    return store.stats().appeals();
  }

  private HttpRequest request(ServeProcess p, String token, String externalId) {
    return HttpRequest.newBuilder(URI.create(p.base() + "/api/v1/appeals"))
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(
            HttpRequest.BodyPublishers.ofString(
                "{\"text\":\"Вопрос номер "
                    + externalId
                    + " про дороги и газ\",\"external_id\":\""
                    + externalId
                    + "\",\"sender\":\"s-"
                    + externalId
                    + "\"}"))
        .build();
  }

  /** Sends for {@code millis}, {@code IN_FLIGHT} at a time; the process may die under it. */
  private void load(
      HttpClient http, ServeProcess p, String token, AtomicLong next, long millis, boolean drain)
      throws InterruptedException {
    Semaphore slots = new Semaphore(IN_FLIGHT);
    long end = System.currentTimeMillis() + millis;
    while (System.currentTimeMillis() < end) {
      slots.acquire();
      String id = "c-" + next.incrementAndGet();
      unanswered.add(id);
      sent.incrementAndGet();
      http.sendAsync(request(p, token, id), HttpResponse.BodyHandlers.ofString())
          .whenComplete(
              (r, t) -> {
                if (r != null && (r.statusCode() == 201 || r.statusCode() == 200)) {
                  JsonNode j = JSON.readTree(r.body());
                  acknowledged.put(id, j.get("receipt").stringValue());
                  unanswered.remove(id);
                }
                slots.release();
              });
    }
    if (drain) {
      slots.acquire(IN_FLIGHT);
    }
  }

  /** Appeals sent when the process died: retried with the same key, answered now. */
  private void retryUnanswered(HttpClient http, ServeProcess p, String token) throws Exception {
    for (String id : List.copyOf(unanswered)) {
      cutOff.incrementAndGet();
      HttpResponse<String> r =
          http.send(request(p, token, id), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
      JsonNode answer = JSON.readTree(r.body());
      String receipt = answer.get("receipt").stringValue();
      if (answer.get("duplicate").booleanValue()) {
        cutOffButStored.incrementAndGet();
      }
      String before = acknowledged.putIfAbsent(id, receipt);
      if (before != null) {
        assertThat(receipt).isEqualTo(before);
      }
      unanswered.remove(id);
    }
  }

  /** A sample of acknowledged appeals retried after a restart: the first receipt, nothing new. */
  private void checkIdempotentRetries(HttpClient http, ServeProcess p, String token, Random random)
      throws Exception {
    List<String> ids = new ArrayList<>(acknowledged.keySet());
    ids.sort(null);
    for (int i = 0; i < Math.min(50, ids.size()); i++) {
      String id = ids.get(random.nextInt(ids.size()));
      HttpResponse<String> r =
          http.send(request(p, token, id), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      JsonNode j = JSON.readTree(r.body());
      assertThat(j.get("duplicate").booleanValue()).isTrue();
      assertThat(j.get("receipt").stringValue()).isEqualTo(acknowledged.get(id));
    }
  }
}
