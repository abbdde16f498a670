package voxpop.store;

import org.junit.jupiter.api.Assumptions;

/**
 * Where the PostgreSQL of the integration tests is: {@code VOXPOP_TEST_PG_URL}. Absent, the tests
 * are skipped with a message, unless {@code VOXPOP_REQUIRE_SERVERS=1} (as in CI), where absence
 * fails them.
 */
public final class PostgresTesting {
  private PostgresTesting() {}

  /** The base URL, or a skip (or failure under VOXPOP_REQUIRE_SERVERS=1) when unset. */
  public static String baseUrl() {
    String url = System.getenv("VOXPOP_TEST_PG_URL");
    if (url == null || url.isBlank()) {
      if ("1".equals(System.getenv("VOXPOP_REQUIRE_SERVERS"))) {
        throw new IllegalStateException(
            "VOXPOP_TEST_PG_URL is not set but VOXPOP_REQUIRE_SERVERS=1: PostgreSQL is required");
      }
      Assumptions.abort(
          "PostgreSQL tests skipped: set VOXPOP_TEST_PG_URL=jdbc:postgresql://host:port/db?user=u"
              + " (.ci/run does)");
    }
    return url;
  }
}
