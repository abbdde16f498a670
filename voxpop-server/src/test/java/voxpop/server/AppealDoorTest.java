package voxpop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import voxpop.model.Channel;
import voxpop.store.AppealState;
import voxpop.store.StoredAppeal;

class AppealDoorTest {
  @TempDir Path dir;
  ServerFixture s;
  String web;

  @BeforeEach
  void start() throws Exception {
    s = new ServerFixture(dir);
    web = s.token("web");
  }

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void oneAppealIsStoredAndAnsweredWithItsReceipt() {
    HttpResponse<String> r =
        s.postJson(
            "/api/v1/appeals",
            web,
            "{\"text\":\"Когда отремонтируют школу?\",\"region\":\"Курская обл.\","
                + "\"sender\":\"+79991234567\",\"age_group\":\"30-44\",\"gender\":\"f\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode j = ServerFixture.json(r);
    assertThat(j.get("status").stringValue()).isEqualTo("received");
    assertThat(j.get("duplicate").booleanValue()).isFalse();
    String receipt = j.get("receipt").stringValue();
    StoredAppeal a = s.store.pending(10).getFirst();
    assertThat(a.appeal().id()).isEqualTo(receipt);
    assertThat(a.appeal().channel()).isEqualTo(Channel.WEB);
    assertThat(a.appeal().region()).isEqualTo("Курская область");
    assertThat(a.appeal().sender()).hasSize(64).doesNotContain("7999");

    JsonNode st = ServerFixture.json(s.get("/api/v1/appeals/" + receipt));
    assertThat(st.get("state").stringValue()).isEqualTo(AppealState.RECEIVED.code());
    assertThat(st.toString()).doesNotContain("школ").doesNotContain("Курск");
  }

  @Test
  void aRetryWithTheSameExternalIdGetsTheFirstReceipt() {
    String body = "{\"text\":\"вопрос\",\"external_id\":\"post-77\"}";
    JsonNode first = ServerFixture.json(s.postJson("/api/v1/appeals", web, body));
    HttpResponse<String> again = s.postJson("/api/v1/appeals", web, body);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(ServerFixture.json(again).get("receipt")).isEqualTo(first.get("receipt"));
    assertThat(ServerFixture.json(again).get("duplicate").booleanValue()).isTrue();
    assertThat(s.stored()).isEqualTo(1);
  }

  @Test
  void idempotencyKeyHeaderMakesARetrySafe() {
    var b =
        s.req("/api/v1/appeals")
            .header("Authorization", "Bearer " + web)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", "abc-1")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\":\"q\"}"));
    String r1 = ServerFixture.json(s.send(b)).get("receipt").stringValue();
    String r2 = ServerFixture.json(s.send(b)).get("receipt").stringValue();
    assertThat(r2).isEqualTo(r1);
    assertThat(s.stored()).isEqualTo(1);
  }

  @Test
  void anArrayIsStoredWholeWithOneReceiptEach() {
    HttpResponse<String> r =
        s.postJson(
            "/api/v1/appeals",
            web,
            "[{\"text\":\"a\",\"external_id\":\"1\"},{\"text\":\"b\"},{\"text\":\"a\",\"external_id\":\"1\"}]");
    assertThat(r.statusCode()).isEqualTo(201);
    JsonNode rs = ServerFixture.json(r).get("receipts");
    assertThat(rs.size()).isEqualTo(3);
    assertThat(rs.get(2).get("receipt")).isEqualTo(rs.get(0).get("receipt"));
    assertThat(rs.get(2).get("duplicate").booleanValue()).isTrue();
    assertThat(s.stored()).isEqualTo(2);
  }

  @Test
  void oneBadItemRejectsTheArrayNamingItAndStoresNothing() {
    HttpResponse<String> r =
        s.postJson("/api/v1/appeals", web, "[{\"text\":\"ok\"},{\"text\":\"   \"}]");
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode j = ServerFixture.json(r);
    assertThat(j.get("error").stringValue()).isEqualTo("invalid_request");
    assertThat(j.get("field").stringValue()).isEqualTo("[1].text");
    assertThat(s.stored()).isZero();
  }

  @Test
  void validationNamesTheField() {
    assertField("{\"text\":\"q\",\"age_group\":\"old\"}", "age_group");
    assertField("{\"text\":\"q\",\"gender\":7}", "gender");
    assertField("{\"text\":\"q\",\"colour\":\"red\"}", "colour");
    assertField("{\"text\":\"q\",\"received_at\":\"yesterday\"}", "received_at");
    assertField("{\"region\":\"Москва\"}", "text");
    assertField("{\"text\":\"" + "я".repeat(5_001) + "\"}", "text");
    assertField("{\"text\":\"q\",\"external_id\":\"has space\"}", "external_id");
    assertThat(s.stored()).isZero();
  }

  private void assertField(String body, String field) {
    HttpResponse<String> r = s.postJson("/api/v1/appeals", web, body);
    assertThat(r.statusCode()).as(body).isEqualTo(400);
    assertThat(ServerFixture.json(r).get("field").stringValue()).isEqualTo(field);
  }

  @Test
  void controlCharactersAreStrippedFromText() {
    s.postJson("/api/v1/appeals", web, "{\"text\":\"a\\u0000b\\u0007c\\td\"}");
    assertThat(s.store.pending(1).getFirst().appeal().text()).isEqualTo("abc d");
  }

  @Test
  void tokensAreCheckedAndScoped() {
    assertThat(s.postJson("/api/v1/appeals", null, "{\"text\":\"q\"}").statusCode()).isEqualTo(401);
    assertThat(s.postJson("/api/v1/appeals", "vxp_nope_x", "{\"text\":\"q\"}").statusCode())
        .isEqualTo(401);
    HttpResponse<String> other =
        s.postJson("/api/v1/appeals", web, "{\"text\":\"q\",\"channel\":\"sms\"}");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(ServerFixture.json(other).get("field").stringValue()).isEqualTo("channel");
    assertThat(s.postJson("/api/v1/appeals", s.token("import"), "{\"text\":\"q\"}").statusCode())
        .isEqualTo(403);
    assertThat(s.stored()).isZero();
  }

  @Test
  void aSenderWhoFloodsGets429WithRetryAfter() {
    for (int i = 0; i < 10; i++) {
      assertThat(
              s.postJson("/api/v1/appeals", web, "{\"text\":\"q" + i + "\",\"sender\":\"bot\"}")
                  .statusCode())
          .isEqualTo(201);
    }
    HttpResponse<String> r =
        s.postJson("/api/v1/appeals", web, "{\"text\":\"again\",\"sender\":\"bot\"}");
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow())).isPositive();
    assertThat(
            s.postJson("/api/v1/appeals", web, "{\"text\":\"q\",\"sender\":\"human\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(s.stored()).isEqualTo(11);
  }

  @Test
  void badEncodingsAndTypesAreRefused() {
    byte[] latin1 = "{\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<String> r = s.post("/api/v1/appeals", web, "application/json", latin1);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(ServerFixture.json(r).get("error").stringValue()).isEqualTo("invalid_encoding");
    assertThat(
            s.post("/api/v1/appeals", web, "text/plain", "{}".getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(415);
    assertThat(
            s.post(
                    "/api/v1/appeals",
                    web,
                    "application/json; charset=windows-1251",
                    "{}".getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(415);
    assertThat(s.postJson("/api/v1/appeals", web, "{\"text\":").statusCode()).isEqualTo(400);
    assertThat(s.postJson("/api/v1/appeals", web, "{\"text\":\"a\",\"text\":\"b\"}").statusCode())
        .isEqualTo(400);
    assertThat(s.postJson("/api/v1/appeals", web, "[]").statusCode()).isEqualTo(400);
    assertThat(s.postJson("/api/v1/appeals", web, "42").statusCode()).isEqualTo(400);
    byte[] huge = ("{\"text\":\"" + "a".repeat(2 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
    assertThat(s.post("/api/v1/appeals", web, "application/json", huge).statusCode())
        .isEqualTo(413);
    assertThat(s.stored()).isZero();
  }

  @Test
  void unknownReceiptsAreNotFound() {
    assertThat(s.get("/api/v1/appeals/AAAA-BBBB-CCCC-DDDD").statusCode()).isEqualTo(404);
    assertThat(s.get("/api/v1/appeals/'%20OR%201=1").statusCode()).isEqualTo(404);
    assertThat(ServerFixture.json(s.get("/nowhere")).get("error").stringValue())
        .isEqualTo("not_found");
  }
}
