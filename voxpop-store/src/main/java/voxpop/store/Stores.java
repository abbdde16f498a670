package voxpop.store;

import java.nio.file.Path;
import voxpop.store.postgres.PostgresAppealStore;
import voxpop.store.sqlite.SqliteAppealStore;

/** Opens the store a command line names: {@code --db URL} for PostgreSQL, else {@code --data}. */
public final class Stores {
  private Stores() {}

  /**
   * Opens a store.
   *
   * @param dataDir the data directory of the embedded store; may be null when {@code dbUrl} is
   *     given
   * @param dbUrl a {@code jdbc:postgresql://} URL, or null for the embedded store
   * @throws IllegalArgumentException when neither is given or the URL is not PostgreSQL's
   */
  public static AppealStore open(Path dataDir, String dbUrl) {
    if (dbUrl != null && !dbUrl.isBlank()) {
      return PostgresAppealStore.open(dbUrl);
    }
    if (dataDir == null) {
      throw new IllegalArgumentException("give --data DIR (embedded store) or --db URL");
    }
    return SqliteAppealStore.open(dataDir);
  }
}
