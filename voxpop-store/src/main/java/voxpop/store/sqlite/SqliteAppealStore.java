package voxpop.store.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import voxpop.store.StoreException;
import voxpop.store.jdbc.JdbcAppealStore;
import voxpop.store.jdbc.Schema;

/**
 * The embedded default store: one SQLite file {@code voxpop.db} in the data directory, in WAL mode
 * with {@code synchronous=FULL}, so that every commit is on disk (the WAL is fsynced) before the
 * writer completes the futures of the appeals it carried. WAL lets the read pool run beside the
 * single writer. Thread-safe.
 */
public final class SqliteAppealStore extends JdbcAppealStore {
  /** The database file's name inside the data directory. */
  public static final String FILE = "voxpop.db";

  private SqliteAppealStore(Connection writer, HikariDataSource readers, Options options) {
    super("sqlite", writer, readers, Schema.ddl("seq INTEGER PRIMARY KEY AUTOINCREMENT"), options);
  }

  /** Opens (creating when absent) the store in {@code dataDir}. */
  public static SqliteAppealStore open(Path dataDir) {
    return open(dataDir, Options.DEFAULTS);
  }

  /** Opens (creating when absent) the store in {@code dataDir} with writer options. */
  public static SqliteAppealStore open(Path dataDir, Options options) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new StoreException(
          StoreException.Kind.IO, "cannot create data directory " + dataDir + ": " + e, e);
    }
    String url = "jdbc:sqlite:" + dataDir.resolve(FILE).toAbsolutePath();
    SQLiteConfig cfg = new SQLiteConfig();
    cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
    cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    cfg.setBusyTimeout(10_000);
    cfg.setTempStore(SQLiteConfig.TempStore.MEMORY);
    // 64 MiB of page cache per connection (the default is 2 MiB): the unique indexes of a table of
    // millions of appeals stay in memory, so a commit does not first read the pages it changes.
    cfg.setCacheSize(-65_536);
    SQLiteDataSource ds = new SQLiteDataSource(cfg);
    ds.setUrl(url);
    Connection writer;
    try {
      writer = ds.getConnection();
    } catch (SQLException e) {
      throw new StoreException(
          StoreException.Kind.IO, "cannot open SQLite store in " + dataDir + ": " + e, e);
    }
    HikariConfig hc = new HikariConfig();
    hc.setDataSource(ds);
    hc.setPoolName("voxpop-sqlite-read");
    hc.setMaximumPoolSize(4);
    hc.setMinimumIdle(1);
    return new SqliteAppealStore(writer, new HikariDataSource(hc), options);
  }
}
