package voxpop.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import voxpop.store.AppealStore;
import voxpop.store.SenderHasher;
import voxpop.store.sqlite.SqliteAppealStore;

/** A real server on a random loopback port over a fresh SQLite store, and an HTTP client. */
final class ServerFixture implements AutoCloseable {
  static final JsonMapper JSON = JsonMapper.builder().build();

  final AppealStore store;
  final VoxpopServer server;
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  final String base;

  ServerFixture(Path dir, ServerOptions opts) throws IOException {
    store = SqliteAppealStore.open(dir);
    server = VoxpopServer.start(store, SenderHasher.load(dir, null), opts.withHost("127.0.0.1"));
    base = "http://127.0.0.1:" + server.port();
  }

  ServerFixture(Path dir) throws IOException {
    this(dir, ServerOptions.defaults(0).withWorker(false));
  }

  String token(String scope) {
    return store.tokens().create(scope, "test").secret();
  }

  HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder req(String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }

  HttpResponse<String> get(String path) {
    return send(req(path).GET());
  }

  HttpResponse<String> post(String path, String token, String contentType, byte[] body) {
    HttpRequest.Builder b = req(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b);
  }

  HttpResponse<String> postJson(String path, String token, String json) {
    return post(path, token, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  static JsonNode json(HttpResponse<String> r) {
    return JSON.readTree(r.body());
  }

  long stored() {
    return store.stats().appeals();
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
