package voxpop.store.jdbc;

import java.util.List;

/**
 * The one schema of both stores. Only the type of the sequence column differs by dialect; every
 * statement the stores run is plain SQL that SQLite (3.35 or newer) and PostgreSQL (9.5 or newer)
 * both accept ({@code ON CONFLICT}, {@code RETURNING}, partial indexes).
 */
public final class Schema {
  /** Bumped when the schema changes; stored in {@code schema_version}. */
  public static final int VERSION = 1;

  private Schema() {}

  /**
   * The DDL statements, idempotent.
   *
   * @param seqColumn the declaration of the sequence column, such as {@code seq INTEGER PRIMARY KEY
   *     AUTOINCREMENT}
   */
  public static List<String> ddl(String seqColumn) {
    return List.of(
        "CREATE TABLE IF NOT EXISTS appeals ("
            + seqColumn
            + ", receipt TEXT NOT NULL UNIQUE"
            + ", channel TEXT NOT NULL"
            + ", external_key TEXT"
            + ", received_at BIGINT NOT NULL"
            + ", text TEXT NOT NULL"
            + ", region TEXT NOT NULL"
            + ", sender_hash TEXT NOT NULL"
            + ", age_group TEXT NOT NULL"
            + ", gender TEXT NOT NULL"
            + ", external_id TEXT NOT NULL"
            + ", contact TEXT"
            + ", state TEXT NOT NULL"
            + ", UNIQUE (channel, external_key))",
        "CREATE INDEX IF NOT EXISTS appeals_pending ON appeals (seq) WHERE state = 'received'",
        "CREATE TABLE IF NOT EXISTS questions ("
            + "appeal_seq BIGINT NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL"
            + ", language TEXT NOT NULL, verdict TEXT NOT NULL, reason TEXT NOT NULL"
            + ", dup_key TEXT NOT NULL, theme_id TEXT NOT NULL"
            + ", PRIMARY KEY (appeal_seq, idx))",
        // No statement looks questions up by dup_key (groups are counted in dup_groups), and an
        // index on a hash is one random B-tree insert per question on the writer thread: dropped
        // (a no-op on new stores, the migration on stores made before).
        "DROP INDEX IF EXISTS questions_dup",
        "CREATE TABLE IF NOT EXISTS dup_groups ("
            + "dup_key TEXT PRIMARY KEY, first_seq BIGINT NOT NULL, questions BIGINT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS counters ("
            + "kind TEXT NOT NULL, name TEXT NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (kind, name))",
        "CREATE TABLE IF NOT EXISTS tokens ("
            + "id TEXT PRIMARY KEY, scope TEXT NOT NULL, label TEXT NOT NULL"
            + ", secret_hash TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, revoked_at BIGINT)",
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
  }
}
