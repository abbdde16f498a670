package voxpop.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** The {@code counters} table: totals updated in the transactions that change them. */
final class Counters {
  private Counters() {}

  static void add(Connection c, String kind, Map<String, Long> deltas) throws SQLException {
    if (deltas.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO counters (kind, name, n) VALUES (?, ?, ?)"
                + " ON CONFLICT (kind, name) DO UPDATE SET n = counters.n + excluded.n")) {
      for (Map.Entry<String, Long> e : deltas.entrySet()) {
        ps.setString(1, kind);
        ps.setString(2, e.getKey());
        ps.setLong(3, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static void raise(Connection c, String kind, String name, long value) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO counters (kind, name, n) VALUES (?, ?, ?) ON CONFLICT (kind, name)"
                + " DO UPDATE SET n = CASE WHEN excluded.n > counters.n THEN excluded.n"
                + " ELSE counters.n END")) {
      ps.setString(1, kind);
      ps.setString(2, name);
      ps.setLong(3, value);
      ps.executeUpdate();
    }
  }

  static Map<String, Long> read(Connection c, String kind) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT name, n FROM counters WHERE kind = ?")) {
      ps.setString(1, kind);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return out;
  }
}
