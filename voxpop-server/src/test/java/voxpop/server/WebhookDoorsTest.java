package voxpop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import voxpop.model.Channel;
import voxpop.store.StoredAppeal;

class WebhookDoorsTest {
  @TempDir Path dir;
  ServerFixture s;

  @BeforeEach
  void start() throws Exception {
    s = new ServerFixture(dir);
  }

  @AfterEach
  void stop() {
    s.close();
  }

  static String form(String... kv) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < kv.length; i += 2) {
      if (i > 0) {
        sb.append('&');
      }
      sb.append(URLEncoder.encode(kv[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
    }
    return sb.toString();
  }

  HttpResponse<String> sms(String token, String body) {
    return s.post(
        "/api/v1/sms",
        token,
        "application/x-www-form-urlencoded",
        body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void smsIsAnsweredWithEmptyTwimlAndRetriesAreIdempotent() {
    String t = s.token("sms");
    String seventy = "Почему в селе нет газа уже десять лет и никто не отвечает на письма?!!";
    assertThat(seventy.length()).isEqualTo(70);
    String body =
        form(
            "From",
            "+79161234567",
            "To",
            "0101",
            "Body",
            seventy,
            "MessageSid",
            "SM0001",
            "NumSegments",
            "1");
    HttpResponse<String> r = sms(t, body);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(SmsController.TWIML);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
    String receipt = r.headers().firstValue("X-Voxpop-Receipt").orElseThrow();
    assertThat(sms(t, body).headers().firstValue("X-Voxpop-Receipt")).contains(receipt);
    StoredAppeal a = s.store.pending(5).getFirst();
    assertThat(a.appeal().channel()).isEqualTo(Channel.SMS);
    assertThat(a.appeal().text()).isEqualTo(seventy);
    assertThat(a.appeal().sender()).doesNotContain("9161234567");
    assertThat(s.stored()).isEqualTo(1);
  }

  @Test
  void concatenatedSmsUpToTheLimitIsOneAppeal() {
    String t = s.token("sms");
    String longText = "Вопрос о тарифах ЖКХ. ".repeat(70);
    assertThat(sms(t, form("From", "+7900", "Body", longText, "MessageSid", "SM2")).statusCode())
        .isEqualTo(200);
    assertThat(s.store.pending(1).getFirst().appeal().text()).isEqualTo(longText.strip());
    HttpResponse<String> tooLong =
        sms(t, form("From", "+7900", "Body", "я".repeat(1_601), "MessageSid", "SM3"));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(ServerFixture.json(tooLong).get("field").stringValue()).isEqualTo("Body");
  }

  @Test
  void malformedSmsFormsAreRefusedByField() {
    String t = s.token("sms");
    assertThat(
            ServerFixture.json(sms(t, form("From", "+7", "MessageSid", "S1")))
                .get("field")
                .stringValue())
        .isEqualTo("Body");
    assertThat(
            ServerFixture.json(sms(t, form("From", "+7", "Body", "x"))).get("field").stringValue())
        .isEqualTo("MessageSid");
    assertThat(sms(t, "From=%2&Body=x&MessageSid=S").statusCode()).isEqualTo(400);
    assertThat(sms(t, "From=%FF%FE&Body=x&MessageSid=S").statusCode()).isEqualTo(400);
    assertThat(sms(t, "From=1&From=2&Body=x&MessageSid=S").statusCode()).isEqualTo(400);
    assertThat(
            sms(s.token("messenger"), form("From", "+7", "Body", "x", "MessageSid", "S"))
                .statusCode())
        .isEqualTo(403);
    assertThat(s.stored()).isZero();
  }

  HttpResponse<String> telegram(String token, String json) {
    return s.send(
        s.req("/api/v1/telegram")
            .header("Content-Type", "application/json")
            .header(TokenGuard.TELEGRAM_HEADER, token)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  @Test
  void telegramTextUpdateIsStoredAndRepliedWithTheReceipt() {
    String t = s.token("messenger");
    String update =
        "{\"update_id\":900001,\"message\":{\"message_id\":5,\"date\":1766136000,"
            + "\"from\":{\"id\":4242,\"is_bot\":false,\"first_name\":\"Анна\"},"
            + "\"chat\":{\"id\":4242,\"type\":\"private\"},\"text\":\"Будет ли индексация пенсий?\"}}";
    HttpResponse<String> r = telegram(t, update);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode j = ServerFixture.json(r);
    assertThat(j.get("method").stringValue()).isEqualTo("sendMessage");
    assertThat(j.get("chat_id").longValue()).isEqualTo(4242);
    String receipt = j.get("receipt").stringValue();
    assertThat(j.get("text").stringValue()).contains(receipt);
    assertThat(ServerFixture.json(telegram(t, update)).get("receipt").stringValue())
        .isEqualTo(receipt);
    StoredAppeal a = s.store.pending(5).getFirst();
    assertThat(a.appeal().receivedAt().getEpochSecond()).isEqualTo(1766136000L);
    assertThat(a.appeal().channel()).isEqualTo(Channel.MESSENGER);
    assertThat(s.stored()).isEqualTo(1);
  }

  @Test
  void nonTextUpdatesAreAcknowledgedAndCounted() {
    String t = s.token("messenger");
    String photo =
        "{\"update_id\":2,\"message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":1},"
            + "\"photo\":[{\"file_id\":\"x\"}]}}";
    String button = "{\"update_id\":3,\"callback_query\":{\"id\":\"q\",\"data\":\"yes\"}}";
    HttpResponse<String> r = telegram(t, photo);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(ServerFixture.json(r).get("ignored").stringValue()).isEqualTo("no_text");
    assertThat(ServerFixture.json(telegram(t, button)).get("ignored").stringValue())
        .isEqualTo("callback_query");
    assertThat(s.server.metrics().ignoredCount("no_text")).isEqualTo(1);
    assertThat(s.server.metrics().scrape())
        .contains("voxpop_deliveries_ignored_total{kind=\"callback_query\"} 1");
    assertThat(s.stored()).isZero();
  }

  @Test
  void malformedTelegramUpdatesAreRefused() {
    String t = s.token("messenger");
    assertThat(telegram(t, "{\"message\":{\"text\":\"x\"}}").statusCode()).isEqualTo(400);
    assertThat(telegram(t, "{\"update_id\":\"one\"}").statusCode()).isEqualTo(400);
    assertThat(
            ServerFixture.json(
                    telegram(t, "{\"update_id\":1,\"message\":{\"text\":\"x\",\"date\":1}}"))
                .get("field")
                .stringValue())
        .isEqualTo("message.chat");
    assertThat(telegram("wrong", "{\"update_id\":1}").statusCode()).isEqualTo(401);
    assertThat(s.stored()).isZero();
  }

  @Test
  void operatorNeedsAKnownRegionAndACallId() {
    String t = s.token("phone");
    HttpResponse<String> ok =
        s.postJson(
            "/api/v1/operator/appeals",
            t,
            "{\"text\":\"Газ\",\"region\":\"Курская\",\"age_group\":\"60-plus\",\"gender\":\"male\",\"call_id\":\"C-1\"}");
    assertThat(ok.statusCode()).isEqualTo(201);
    assertThat(s.store.pending(1).getFirst().appeal().region()).isEqualTo("Курская область");
    HttpResponse<String> bad =
        s.postJson(
            "/api/v1/operator/appeals",
            t,
            "{\"text\":\"Газ\",\"region\":\"Нарния\",\"call_id\":\"C-2\"}");
    assertThat(ServerFixture.json(bad).get("field").stringValue()).isEqualTo("region");
    HttpResponse<String> noCall =
        s.postJson("/api/v1/operator/appeals", t, "{\"text\":\"Газ\",\"region\":\"77\"}");
    assertThat(ServerFixture.json(noCall).get("field").stringValue()).isEqualTo("call_id");
    assertThat(s.stored()).isEqualTo(1);
  }

  @Test
  void publicFormNeedsNoTokenKeepsTheContactApartAndIsLimitedPerIp() throws Exception {
    s.close();
    s =
        new ServerFixture(
            dir,
            ServerOptions.defaults(0)
                .withWorker(false)
                .withLimits(IntakeLimits.DEFAULTS.withForm(2, 1)));
    HttpResponse<String> r =
        s.postJson(
            "/api/v1/ask",
            null,
            "{\"text\":\"Вопрос\",\"region\":\"Москва\",\"contact\":\"anna@example.org\"}");
    assertThat(r.statusCode()).isEqualTo(201);
    String receipt = ServerFixture.json(r).get("receipt").stringValue();
    assertThat(s.get("/api/v1/appeals/" + receipt).body()).doesNotContain("example.org");
    assertThat(s.store.pending(1).getFirst().appeal().sender()).doesNotContain("example");
    assertThat(s.postJson("/api/v1/ask", null, "{\"text\":\"ещё\"}").statusCode()).isEqualTo(201);
    HttpResponse<String> limited = s.postJson("/api/v1/ask", null, "{\"text\":\"и ещё\"}");
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(s.stored()).isEqualTo(2);
  }
}
