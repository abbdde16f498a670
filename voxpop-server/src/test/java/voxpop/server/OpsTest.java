package voxpop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class OpsTest {
  @TempDir Path dir;

  @Test
  void openApiDescribesEveryRouteAndNoOther() throws Exception {
    try (ServerFixture s = new ServerFixture(dir)) {
      JsonNode doc = ServerFixture.json(s.get("/openapi.json"));
      List<String> documented = new ArrayList<>();
      for (var path : doc.get("paths").properties()) {
        for (String method : path.getValue().propertyNames()) {
          documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }
      List<String> registered =
          s.server.routes().stream().map(r -> r.method() + " " + r.path()).toList();
      assertThat(registered).hasSizeGreaterThan(10);
      assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
    }
  }

  @Test
  void healthStatsAndMetricsTellTheTruthAboutTheWorker() throws Exception {
    try (ServerFixture s = new ServerFixture(dir, ServerOptions.defaults(0))) {
      String web = s.token("web");
      for (int i = 0; i < 5; i++) {
        s.postJson("/api/v1/appeals", web, "{\"text\":\"Когда в наш посёлок проведут газ?\"}");
      }
      s.postJson("/api/v1/appeals", web, "{\"text\":\"!!! ???\"}");
      long deadline = System.currentTimeMillis() + 20_000;
      JsonNode stats;
      do {
        Thread.sleep(50);
        stats = ServerFixture.json(s.get("/api/v1/stats"));
      } while (stats.get("worker").get("lag_appeals").longValue() > 0
          && System.currentTimeMillis() < deadline);
      assertThat(stats.get("appeals").longValue()).isEqualTo(6);
      assertThat(stats.get("by_channel").get("web").longValue()).isEqualTo(6);
      assertThat(stats.get("questions_by_verdict").get("accepted").longValue()).isEqualTo(5);
      assertThat(stats.get("questions_by_verdict").get("empty").longValue()).isEqualTo(1);
      assertThat(stats.get("duplicate_questions").longValue()).isEqualTo(4);
      assertThat(stats.get("worker").get("lag_appeals").longValue()).isZero();

      JsonNode health = ServerFixture.json(s.get("/health"));
      assertThat(health.get("status").stringValue()).isEqualTo("up");
      assertThat(health.get("checks").get("store").stringValue()).isEqualTo("up");
      assertThat(s.get("/health/live").statusCode()).isEqualTo(200);

      String metrics = s.get("/metrics").body();
      assertThat(metrics)
          .contains("# TYPE voxpop_http_requests_total counter")
          .contains(
              "voxpop_http_requests_total{method=\"POST\",route=\"/api/v1/appeals\",status=\"201\"} 6")
          .contains("voxpop_appeals_accepted_total{channel=\"web\"} 6")
          .contains("voxpop_worker_lag_appeals 0")
          .contains(
              "voxpop_http_request_duration_seconds_bucket{method=\"POST\",route=\"/api/v1/appeals\",le=\"+Inf\"} 6");
      Matcher m = Pattern.compile("(?m)^[a-z_]+(\\{[^}]*\\})? [0-9.e+-]+$").matcher(metrics);
      long samples = 0;
      while (m.find()) {
        samples++;
      }
      long nonComment = metrics.lines().filter(l -> !l.startsWith("#")).count();
      assertThat(samples).isEqualTo(nonComment);

      String receipt =
          ServerFixture.json(
                  s.postJson(
                      "/api/v1/appeals",
                      web,
                      "{\"text\":\"Почему не индексируют пенсии работающим пенсионерам?\"}"))
              .get("receipt")
              .stringValue();
      JsonNode st;
      do {
        Thread.sleep(50);
        st = ServerFixture.json(s.get("/api/v1/appeals/" + receipt));
      } while (st.get("state").stringValue().equals("received")
          && System.currentTimeMillis() < deadline);
      assertThat(st.get("state").stringValue()).isEqualTo("processed");
      assertThat(st.get("questions").get(0).get("verdict").stringValue()).isEqualTo("accepted");
    }
  }

  @Test
  void regionsListsTheEightyNineSubjects() throws Exception {
    try (ServerFixture s = new ServerFixture(dir)) {
      assertThat(ServerFixture.json(s.get("/api/v1/regions")).size()).isEqualTo(89);
    }
  }

  @Test
  void pagesAndAssetsAreServedWithAStrictPolicy() throws Exception {
    try (ServerFixture s = new ServerFixture(dir)) {
      var op = s.get("/operator");
      assertThat(op.statusCode()).isEqualTo(200);
      assertThat(op.body()).contains("<form id=\"appeal\"");
      assertThat(op.headers().firstValue("Content-Security-Policy").orElseThrow())
          .contains("script-src 'self'");
      assertThat(s.get("/ask").body()).contains("<form id=\"ask\"");
      assertThat(s.get("/assets/operator.js").statusCode()).isEqualTo(200);
      assertThat(s.get("/assets/..%2Fopenapi.json").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void shutdownAnswersRequestsInFlightThenRefusesNewOnes() throws Exception {
    try (ServerFixture s = new ServerFixture(dir)) {
      String web = s.token("web");
      var pending =
          new ArrayList<
              java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>>();
      for (int i = 0; i < 200; i++) {
        pending.add(
            s.http.sendAsync(
                s.req("/api/v1/appeals")
                    .header("Authorization", "Bearer " + web)
                    .header("Content-Type", "application/json")
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"text\":\"q" + i + "\"}"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()));
      }
      Thread.sleep(20);
      s.server.close();
      long ok = 0;
      for (var f : pending) {
        try {
          var r = f.join();
          if (r.statusCode() == 201) {
            ok++;
          } else {
            assertThat(r.statusCode()).isEqualTo(503);
          }
        } catch (java.util.concurrent.CompletionException refusedConnection) {
          // sent after the listener closed: never answered, never stored
        }
      }
      assertThat(s.stored()).isEqualTo(ok);
    }
  }
}
