package voxpop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of every door with malformed bodies, wrong encodings and media types, huge fields,
 * missing or wrong tokens and injection strings: the answer is always a 4xx, never a 5xx, and
 * nothing is stored. Injection strings inside otherwise valid appeals are stored verbatim.
 */
class DoorFuzzTest {
  private static final long SEED = 20251219L;

  private static Path dir;
  private static ServerFixture s;
  private static String web;
  private static String sms;
  private static String messenger;
  private static String phone;
  private static String imports;

  private static final List<String> NASTY =
      List.of(
          "'; DROP TABLE appeals; --",
          "\" OR 1=1 --",
          "<script>alert(1)</script>",
          "${jndi:ldap://x/a}",
          "../../etc/passwd",
          "\u0000\u0001\u001b[31m",
          "\uD800",
          "%00%FF",
          "{{7*7}}",
          "\r\nX-Injected: 1");

  private static final Door[] JSON_DOORS = {
    new Door("/api/v1/appeals", "web", "application/json"),
    new Door("/api/v1/operator/appeals", "phone", "application/json"),
    new Door("/api/v1/ask", null, "application/json"),
    new Door("/api/v1/telegram", "messenger", "application/json")
  };

  private static final List<String> GATEWAY_PATHS =
      List.of(
          "/api/v1/appeals",
          "/api/v1/sms",
          "/api/v1/telegram",
          "/api/v1/operator/appeals",
          "/api/v1/imports");

  private static final List<String> MEDIA_TYPES =
      List.of(
          "text/html",
          "application/xml",
          "multipart/form-data; boundary=x",
          "application/json; charset=koi8-r",
          "text/csv; charset=windows-1251",
          "application/octet-stream",
          "image/png");

  @BeforeAll
  static void start() throws Exception {
    dir = Files.createTempDirectory("voxpop-fuzz");
    s =
        new ServerFixture(
            dir,
            ServerOptions.defaults(0)
                .withWorker(false)
                .withLimits(IntakeLimits.DEFAULTS.withForm(1_000_000, 1_000_000)));
    web = s.token("web");
    sms = s.token("sms");
    messenger = s.token("messenger");
    phone = s.token("phone");
    imports = s.token("import");
  }

  @AfterAll
  static void stop() throws Exception {
    s.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  record Door(String path, String token, String contentType) {}

  static String token(String scope) {
    if (scope == null) {
      return null;
    }
    return switch (scope) {
      case "web" -> web;
      case "phone" -> phone;
      case "messenger" -> messenger;
      case "sms" -> sms;
      default -> imports;
    };
  }

  @Test
  void malformedJsonIsA4xxAndStoresNothing() {
    SeededCases.run(
        SEED,
        250,
        rnd -> {
          Door door = SeededCases.oneOf(rnd, JSON_DOORS);
          byte[] body = malformedJson(rnd);
          long before = s.stored();
          HttpResponse<String> r =
              s.post(door.path(), token(door.token()), door.contentType(), body);
          if (door.path().equals("/api/v1/telegram") && r.statusCode() == 200) {
            assertThat(r.body()).contains("\"ignored\"");
          } else {
            assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
            assertThat(ServerFixture.json(r).get("error").isString()).isTrue();
          }
          assertThat(s.stored()).isEqualTo(before);
        });
  }

  /**
   * One of seven, equally likely: up to 400 random bytes; a valid body cut short; an unknown field
   * named by an injection string; a text of the wrong JSON type; invalid UTF-8 inside a text; a
   * text of 5,001 to 20,000 characters; or 600 to 3,000 nested arrays.
   */
  private static byte[] malformedJson(SplittableRandom rnd) {
    return switch (rnd.nextInt(7)) {
      case 0 -> {
        byte[] b = new byte[SeededCases.between(rnd, 0, 400)];
        rnd.nextBytes(b);
        yield b;
      }
      case 1 -> {
        int n = SeededCases.between(rnd, 1, 40);
        yield utf8("{\"text\":\"Вопрос\",\"region\":\"Москва\"}".substring(0, Math.min(n, 34)));
      }
      case 2 -> utf8("{\"text\":\"q\",\"" + nasty(rnd).replace("\"", "") + "x\":1}");
      case 3 -> {
        String v = SeededCases.oneOf(rnd, "1", "[1]", "{}", "true", "null", "{\"a\":1}");
        yield utf8("{\"text\":" + v + ",\"update_id\":\"x\"}");
      }
      case 4 -> {
        byte[] bad =
            SeededCases.oneOf(
                rnd,
                new byte[] {(byte) 0xC3},
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        byte[] head = utf8("{\"text\":\"a");
        byte[] tail = utf8("\",\"call_id\":\"1\",\"region\":\"77\",\"update_id\":1}");
        byte[] out = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(bad, 0, out, head.length, bad.length);
        System.arraycopy(tail, 0, out, head.length + bad.length, tail.length);
        yield out;
      }
      case 5 -> {
        int n = SeededCases.between(rnd, 5_001, 20_000);
        yield utf8("{\"text\":\"" + "ж".repeat(n) + "\",\"call_id\":\"1\",\"region\":\"77\"}");
      }
      default -> utf8("[".repeat(SeededCases.between(rnd, 600, 3_000)));
    };
  }

  @Test
  void missingWrongOrMisscopedTokensAre401Or403() {
    SeededCases.run(
        SEED,
        80,
        rnd -> {
          String path = GATEWAY_PATHS.get(rnd.nextInt(GATEWAY_PATHS.size()));
          String token = badToken(rnd);
          long before = s.stored();
          HttpResponse<String> r =
              s.post(path, token, "application/json", utf8("{\"text\":\"q\"}"));
          assertThat(r.statusCode()).isIn(401, 403);
          assertThat(s.stored()).isEqualTo(before);
        });
  }

  /**
   * One of four, equally likely: 1 to 120 printable ASCII characters, the same after the token
   * prefix, no token, or a token revoked at once.
   */
  private static String badToken(SplittableRandom rnd) {
    return switch (rnd.nextInt(4)) {
      case 0 -> RandomStrings.between(rnd, '!', '~', 1, 120);
      case 1 -> "vxp_" + RandomStrings.between(rnd, '!', '~', 1, 120);
      case 2 -> null;
      default -> revoked();
    };
  }

  private static String revoked() {
    var t = s.store.tokens().create("web", "revoked at once");
    s.store.tokens().revoke(t.record().id());
    return t.secret();
  }

  @Test
  void malformedSmsFormsAreA4xxAndStoreNothing() {
    SeededCases.run(
        SEED,
        120,
        rnd -> {
          String form = malformedForm(rnd);
          long before = s.stored();
          HttpResponse<String> r =
              s.post("/api/v1/sms", sms, "application/x-www-form-urlencoded", utf8(form));
          assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
          assertThat(s.stored()).isEqualTo(before);
        });
  }

  /**
   * One of five, equally likely: up to 200 random characters without '='; a form missing a field; a
   * bad percent escape; an injection string as the message id; or a body of 1,601 to 5,000
   * characters.
   */
  private static String malformedForm(SplittableRandom rnd) {
    return switch (rnd.nextInt(5)) {
      case 0 -> RandomStrings.any(rnd, 200).replace("=", "");
      case 1 ->
          SeededCases.oneOf(
              rnd, "From=%2B7&Body=x", "Body=x&MessageSid=S1", "From=%2B7&MessageSid=S1", "");
      case 2 ->
          SeededCases.oneOf(
              rnd,
              "From=%&Body=x&MessageSid=S",
              "From=%G1&Body=x&MessageSid=S",
              "Body=%C3&From=1&MessageSid=S");
      case 3 -> {
        List<String> invalidIds =
            NASTY.stream().filter(v -> !v.matches("[A-Za-z0-9._:/#@+=-]*")).toList();
        String v = invalidIds.get(rnd.nextInt(invalidIds.size()));
        yield "From=1&Body=x&MessageSid=" + v.replace("&", "");
      }
      default -> "From=1&MessageSid=S9&Body=" + "x".repeat(SeededCases.between(rnd, 1_601, 5_000));
    };
  }

  /** Every gateway with every wrong media type (35 cases, as many as the property engine ran). */
  @Test
  void wrongMediaTypesAndCharsetsAre415() {
    for (String path : GATEWAY_PATHS) {
      String scope =
          switch (path) {
            case "/api/v1/sms" -> sms;
            case "/api/v1/telegram" -> messenger;
            case "/api/v1/operator/appeals" -> phone;
            case "/api/v1/imports" -> imports;
            default -> web;
          };
      for (String type : MEDIA_TYPES) {
        long before = s.stored();
        HttpResponse<String> r = s.post(path, scope, type, utf8("{\"text\":\"q\"}"));
        assertThat(r.statusCode()).as(path + " " + type).isBetween(400, 499);
        assertThat(s.stored()).as(path + " " + type).isEqualTo(before);
      }
    }
  }

  @Test
  void importsOfGarbageNeverFailWith5xxAndStoreOnlyValidRows() {
    SeededCases.run(
        SEED,
        40,
        rnd -> {
          String header =
              SeededCases.oneOf(
                  rnd, "", "id,text\r\n", "text\r\n", "\"unclosed,text\r\n", "a,a,a\r\n");
          String body = header + RandomStrings.any(rnd, 300);
          long before = s.stored();
          HttpResponse<String> r = s.post("/api/v1/imports", imports, "text/csv", utf8(body));
          assertThat(r.statusCode()).as(r.body()).isLessThan(500);
          if (r.statusCode() >= 400) {
            assertThat(s.stored()).isEqualTo(before);
          } else {
            assertThat(s.stored() - before)
                .isEqualTo(ServerFixture.json(r).get("accepted").longValue());
          }
        });
  }

  /** Every injection string once (10 cases, as many as the property engine ran). */
  @Test
  void injectionStringsInValidAppealsAreStoredAsData() {
    for (String nasty : NASTY) {
      long before = s.stored();
      String json =
          ServerFixture.JSON.writeValueAsString(
              java.util.Map.of("text", "Вопрос " + nasty, "region", nasty));
      HttpResponse<String> r = s.postJson("/api/v1/appeals", web, json);
      assertThat(r.statusCode()).as(nasty).isEqualTo(201);
      assertThat(s.stored()).as(nasty).isEqualTo(before + 1);
    }
  }

  private static String nasty(SplittableRandom rnd) {
    return NASTY.get(rnd.nextInt(NASTY.size()));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
