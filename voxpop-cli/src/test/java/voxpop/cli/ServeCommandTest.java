package voxpop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code voxpop serve} as its own JVM, as an operator would, and stops it with SIGTERM. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void servesTheDoorsAndStopsGracefullyOnSigterm() throws Exception {
    try (ServeProcess p = ServeProcess.start(dir)) {
      String token = p.token("web");
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(p.base() + "/api/v1/appeals"))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Когда?\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(201);
      assertThat(p.stopGracefully()).isEqualTo(143);
      assertThat(p.log())
          .contains("event=server.stopped unanswered=0")
          .contains("event=store.closed");
    }
    assertThat(dir.resolve("voxpop.db")).exists();
    assertThat(dir.resolve("sender.key")).exists();
  }
}
