package voxpop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Seeded fuzzing of every door with malformed bodies, wrong encodings and media types, huge fields,
 * missing or wrong tokens and injection strings: the answer is always a 4xx, never a 5xx, and
 * nothing is stored. Injection strings inside otherwise valid appeals are stored verbatim.
 */
class DoorFuzzTest {
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

  @BeforeContainer
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

  @AfterContainer
  static void stop() throws Exception {
    s.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  record Door(String path, String token, String contentType) {}

  @Provide
  Arbitrary<Door> jsonDoors() {
    return Arbitraries.of(
        new Door("/api/v1/appeals", "web", "application/json"),
        new Door("/api/v1/operator/appeals", "phone", "application/json"),
        new Door("/api/v1/ask", null, "application/json"),
        new Door("/api/v1/telegram", "messenger", "application/json"));
  }

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

  @Provide
  Arbitrary<byte[]> malformedJson() {
    Arbitrary<String> nasty = Arbitraries.of(NASTY);
    Arbitrary<byte[]> randomBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    Arbitrary<byte[]> truncated =
        Arbitraries.integers()
            .between(1, 40)
            .map(
                n ->
                    "{\"text\":\"Вопрос\",\"region\":\"Москва\"}"
                        .substring(0, Math.min(n, 34))
                        .getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> unknownField =
        nasty.map(
            v ->
                ("{\"text\":\"q\",\"" + v.replace("\"", "") + "x\":1}")
                    .getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> wrongTypes =
        Arbitraries.of("1", "[1]", "{}", "true", "null", "{\"a\":1}")
            .map(
                v -> ("{\"text\":" + v + ",\"update_id\":\"x\"}").getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> badUtf8 =
        Arbitraries.of(
                new byte[] {(byte) 0xC3},
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})
            .map(
                b -> {
                  byte[] head = "{\"text\":\"a".getBytes(StandardCharsets.UTF_8);
                  byte[] tail =
                      "\",\"call_id\":\"1\",\"region\":\"77\",\"update_id\":1}"
                          .getBytes(StandardCharsets.UTF_8);
                  byte[] out = new byte[head.length + b.length + tail.length];
                  System.arraycopy(head, 0, out, 0, head.length);
                  System.arraycopy(b, 0, out, head.length, b.length);
                  System.arraycopy(tail, 0, out, head.length + b.length, tail.length);
                  return out;
                });
    Arbitrary<byte[]> hugeText =
        Arbitraries.integers()
            .between(5_001, 20_000)
            .map(
                n ->
                    ("{\"text\":\"" + "ж".repeat(n) + "\",\"call_id\":\"1\",\"region\":\"77\"}")
                        .getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> deep =
        Arbitraries.integers()
            .between(600, 3_000)
            .map(n -> "[".repeat(n).getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(
        randomBytes, truncated, unknownField, wrongTypes, badUtf8, hugeText, deep);
  }

  @Property(tries = 250, seed = "20251219")
  void malformedJsonIsA4xxAndStoresNothing(
      @ForAll("jsonDoors") Door door, @ForAll("malformedJson") byte[] body) {
    long before = s.stored();
    HttpResponse<String> r = s.post(door.path(), token(door.token()), door.contentType(), body);
    if (door.path().equals("/api/v1/telegram") && r.statusCode() == 200) {
      assertThat(r.body()).contains("\"ignored\"");
    } else {
      assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
      assertThat(ServerFixture.json(r).get("error").isString()).isTrue();
    }
    assertThat(s.stored()).isEqualTo(before);
  }

  @Property(tries = 80, seed = "20251219")
  void missingWrongOrMisscopedTokensAre401Or403(
      @ForAll("gatewayPaths") String path, @ForAll("badTokens") String token) {
    long before = s.stored();
    HttpResponse<String> r =
        s.post(
            path, token, "application/json", "{\"text\":\"q\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isIn(401, 403);
    assertThat(s.stored()).isEqualTo(before);
  }

  @Provide
  Arbitrary<String> gatewayPaths() {
    return Arbitraries.of(
        "/api/v1/appeals",
        "/api/v1/sms",
        "/api/v1/telegram",
        "/api/v1/operator/appeals",
        "/api/v1/imports");
  }

  @Provide
  Arbitrary<String> badTokens() {
    Arbitrary<String> random =
        Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(120);
    Arbitrary<String> prefixed = random.map(x -> "vxp_" + x);
    Arbitrary<String> absent = Arbitraries.just(null);
    Arbitrary<String> revokedOrOtherScope = Arbitraries.just("scope");
    return Arbitraries.oneOf(random, prefixed, absent, revokedOrOtherScope)
        .map(t -> "scope".equals(t) ? revoked() : t);
  }

  private static String revoked() {
    var t = s.store.tokens().create("web", "revoked at once");
    s.store.tokens().revoke(t.record().id());
    return t.secret();
  }

  @Provide
  Arbitrary<String> malformedForms() {
    Arbitrary<String> nasty = Arbitraries.of(NASTY);
    Arbitrary<String> randomText = Arbitraries.strings().ofMaxLength(200);
    Arbitrary<String> missingField =
        Arbitraries.of("From=%2B7&Body=x", "Body=x&MessageSid=S1", "From=%2B7&MessageSid=S1", "");
    Arbitrary<String> badEscapes =
        Arbitraries.of(
            "From=%&Body=x&MessageSid=S",
            "From=%G1&Body=x&MessageSid=S", "Body=%C3&From=1&MessageSid=S");
    Arbitrary<String> nastyIds =
        nasty
            .filter(v -> !v.matches("[A-Za-z0-9._:/#@+=-]*"))
            .map(v -> "From=1&Body=x&MessageSid=" + v.replace("&", ""));
    Arbitrary<String> hugeBody =
        Arbitraries.integers()
            .between(1_601, 5_000)
            .map(n -> "From=1&MessageSid=S9&Body=" + "x".repeat(n));
    return Arbitraries.oneOf(
        randomText.map(t -> t.replace("=", "")), missingField, badEscapes, nastyIds, hugeBody);
  }

  @Property(tries = 120, seed = "20251219")
  void malformedSmsFormsAreA4xxAndStoreNothing(@ForAll("malformedForms") String form) {
    long before = s.stored();
    HttpResponse<String> r =
        s.post(
            "/api/v1/sms",
            sms,
            "application/x-www-form-urlencoded",
            form.getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
    assertThat(s.stored()).isEqualTo(before);
  }

  @Property(tries = 60, seed = "20251219")
  void wrongMediaTypesAndCharsetsAre415(
      @ForAll("gatewayPaths") String path, @ForAll("mediaTypes") String type) {
    long before = s.stored();
    String scope =
        switch (path) {
          case "/api/v1/sms" -> sms;
          case "/api/v1/telegram" -> messenger;
          case "/api/v1/operator/appeals" -> phone;
          case "/api/v1/imports" -> imports;
          default -> web;
        };
    HttpResponse<String> r =
        s.post(path, scope, type, "{\"text\":\"q\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isBetween(400, 499);
    assertThat(s.stored()).isEqualTo(before);
  }

  @Provide
  Arbitrary<String> mediaTypes() {
    return Arbitraries.of(
        "text/html",
        "application/xml",
        "multipart/form-data; boundary=x",
        "application/json; charset=koi8-r",
        "text/csv; charset=windows-1251",
        "application/octet-stream",
        "image/png");
  }

  @Property(tries = 40, seed = "20251219")
  void importsOfGarbageNeverFailWith5xxAndStoreOnlyValidRows(@ForAll("garbageFiles") String body) {
    long before = s.stored();
    HttpResponse<String> r =
        s.post("/api/v1/imports", imports, "text/csv", body.getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isLessThan(500);
    if (r.statusCode() >= 400) {
      assertThat(s.stored()).isEqualTo(before);
    } else {
      assertThat(s.stored() - before).isEqualTo(ServerFixture.json(r).get("accepted").longValue());
    }
  }

  @Provide
  Arbitrary<String> garbageFiles() {
    Arbitrary<String> header =
        Arbitraries.of("", "id,text\r\n", "text\r\n", "\"unclosed,text\r\n", "a,a,a\r\n");
    Arbitrary<String> rows = Arbitraries.strings().ofMaxLength(300);
    return Combinators.combine(header, rows).as((h, b) -> h + b);
  }

  @Property(tries = 30, seed = "20251219")
  void injectionStringsInValidAppealsAreStoredAsData(@ForAll("nasty") String nasty) {
    long before = s.stored();
    String json =
        ServerFixture.JSON.writeValueAsString(
            java.util.Map.of("text", "Вопрос " + nasty, "region", nasty));
    HttpResponse<String> r = s.postJson("/api/v1/appeals", web, json);
    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(s.stored()).isEqualTo(before + 1);
  }

  @Provide
  Arbitrary<String> nasty() {
    return Arbitraries.of(NASTY);
  }
}
