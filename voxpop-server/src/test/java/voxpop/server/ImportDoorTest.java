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

class ImportDoorTest {
  @TempDir Path dir;
  ServerFixture s;
  String token;

  @BeforeEach
  void start() throws Exception {
    s = new ServerFixture(dir);
    token = s.token("import");
  }

  @AfterEach
  void stop() {
    s.close();
  }

  HttpResponse<String> post(String type, String body) {
    return s.post("/api/v1/imports", token, type, body.getBytes(StandardCharsets.UTF_8));
  }

  static final String CSV =
      "id,received_at,channel,text,region,sender,age_group,gender,external_id\r\n"
          + "a1,2025-12-19T10:00:00Z,sms,Когда дорогу починят?,Курская обл.,+7911,,,\r\n"
          + "a2,2025-12-19T10:01:00Z,fax,Вопрос,,,,,\r\n"
          + "a3,,web,Про пенсии,Москва,,30-44,f,\r\n"
          + "a4,not-a-time,web,Про газ,,,,,\r\n";

  @Test
  void csvRowsAreCountedAndBadOnesReportedByLine() {
    HttpResponse<String> r = post("text/csv", CSV);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode j = ServerFixture.json(r);
    assertThat(j.get("rows_read").longValue()).isEqualTo(4);
    assertThat(j.get("accepted").longValue()).isEqualTo(2);
    assertThat(j.get("rejected").longValue()).isEqualTo(2);
    assertThat(j.get("errors").get(0).get("line").longValue()).isEqualTo(3);
    assertThat(j.get("errors").get(0).get("field").stringValue()).isEqualTo("channel");
    assertThat(j.get("errors").get(1).get("line").longValue()).isEqualTo(5);
    assertThat(s.stored()).isEqualTo(2);

    JsonNode again = ServerFixture.json(post("text/csv", CSV));
    assertThat(again.get("accepted").longValue()).isZero();
    assertThat(again.get("duplicates").longValue()).isEqualTo(2);
    assertThat(s.stored()).isEqualTo(2);
  }

  @Test
  void jsonLinesAreAcceptedByMediaTypeOrQuery() {
    String body =
        "{\"id\":\"j1\",\"channel\":\"app\",\"text\":\"Вопрос\"}\n{\"id\":\"j2\",\"text\":\"Ещё\"}\n";
    JsonNode j = ServerFixture.json(post("application/x-ndjson", body));
    assertThat(j.get("accepted").longValue()).isEqualTo(2);
    JsonNode q =
        ServerFixture.json(
            s.post(
                "/api/v1/imports?format=jsonl",
                token,
                "application/octet-stream",
                "{\"id\":\"j3\",\"text\":\"x\"}\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(q.get("accepted").longValue()).isEqualTo(1);
  }

  @Test
  void emptyImportStoresNothing() {
    JsonNode j = ServerFixture.json(post("text/csv", ""));
    assertThat(j.get("rows_read").longValue()).isZero();
    assertThat(s.stored()).isZero();
  }

  @Test
  void importNeedsItsOwnScopeAndAKnownFormat() {
    assertThat(
            s.post(
                    "/api/v1/imports",
                    s.token("web"),
                    "text/csv",
                    CSV.getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(403);
    assertThat(post("text/plain", CSV).statusCode()).isEqualTo(415);
    assertThat(s.stored()).isZero();
  }
}
