package voxpop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import voxpop.model.AgeGroup;
import voxpop.model.Channel;
import voxpop.model.Gender;
import voxpop.store.StoredAppeal;

/**
 * The operator console and the citizens' form in a real Chromium driven by playwright-core ({@code
 * VOXPOP_CHROMIUM}, {@code VOXPOP_PLAYWRIGHT_DIR}, set by {@code .ci/run}); skipped with a message
 * when they are absent, failed when {@code VOXPOP_REQUIRE_SERVERS=1}.
 */
class PagesBrowserTest {
  @TempDir Path dir;

  private static String requireEnv(String name) {
    String v = System.getenv(name);
    if (v == null || v.isBlank() || !Files.exists(Path.of(v))) {
      if ("1".equals(System.getenv("VOXPOP_REQUIRE_SERVERS"))) {
        throw new IllegalStateException(
            name + " is not set or missing but VOXPOP_REQUIRE_SERVERS=1");
      }
      Assumptions.abort(
          "browser test skipped: set "
              + name
              + " (.ci/run sets VOXPOP_CHROMIUM and VOXPOP_PLAYWRIGHT_DIR)");
    }
    return v;
  }

  @Test
  void operatorConsoleIsUsableByKeyboardAndTheFormShowsTheReceipt() throws Exception {
    requireEnv("VOXPOP_CHROMIUM");
    requireEnv("VOXPOP_PLAYWRIGHT_DIR");
    Path script = dir.resolve("pages.cjs");
    try (var in = PagesBrowserTest.class.getResourceAsStream("/browser/pages.cjs")) {
      Files.copy(in, script);
    }
    Path data = dir.resolve("data");
    try (ServerFixture s = new ServerFixture(data)) {
      String token = s.token("phone");
      Process p =
          new ProcessBuilder("node", script.toString(), s.base, token)
              .redirectError(dir.resolve("node.err").toFile())
              .start();
      byte[] out = p.getInputStream().readAllBytes();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue())
          .as(Files.readString(dir.resolve("node.err"), StandardCharsets.UTF_8))
          .isZero();
      JsonNode r = ServerFixture.JSON.readTree(new String(out, StandardCharsets.UTF_8));
      assertThat(r.get("errors").size()).as(r.toString()).isZero();
      assertThat(r.get("suggestion").stringValue()).isEqualTo("Курская область");
      assertThat(r.get("afterPickFocus").stringValue()).isEqualTo("age");
      assertThat(r.get("afterSendFocus").stringValue()).isEqualTo("text");
      assertThat(r.get("textCleared").booleanValue()).isTrue();
      String operatorReceipt = r.get("operatorReceipt").stringValue();
      assertThat(r.get("operatorRepeat").stringValue()).isEqualTo(operatorReceipt);
      String askReceipt = r.get("askReceipt").stringValue();

      assertThat(s.stored()).isEqualTo(2);
      StoredAppeal call = s.store.pending(10).get(0);
      assertThat(call.appeal().id()).isEqualTo(operatorReceipt);
      assertThat(call.appeal().channel()).isEqualTo(Channel.PHONE);
      assertThat(call.appeal().text()).isEqualTo("Когда в посёлке проведут газ?");
      assertThat(call.appeal().region()).isEqualTo("Курская область");
      assertThat(call.appeal().ageGroup()).isEqualTo(AgeGroup.AGE_30_44);
      assertThat(call.appeal().gender()).isEqualTo(Gender.FEMALE);
      assertThat(call.appeal().externalId()).isEqualTo("CALL-0001");
      StoredAppeal web = s.store.pending(10).get(1);
      assertThat(web.appeal().id()).isEqualTo(askReceipt);
      assertThat(web.appeal().channel()).isEqualTo(Channel.WEB);
      assertThat(web.appeal().region()).isEqualTo("Москва");
    }
  }
}
