package voxpop.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import voxpop.store.postgres.PostgresAppealStore;

/** Runs the contract against the PostgreSQL named by {@code VOXPOP_TEST_PG_URL}. */
class PostgresAppealStoreTest extends AppealStoreContract {
  private String url;

  @Override
  protected AppealStore openFresh() throws Exception {
    String base = PostgresTesting.baseUrl();
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(base);
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    }
    url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return PostgresAppealStore.open(url);
  }

  @Override
  protected AppealStore reopen() {
    return PostgresAppealStore.open(url);
  }
}
