package voxpop.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import voxpop.model.Appeal;
import voxpop.store.AppealState;
import voxpop.store.Receipt;
import voxpop.store.Submission;

/**
 * Inserts a group of submissions inside the writer's transaction with multi-row {@code INSERT ...
 * ON CONFLICT (channel, external_key) DO NOTHING RETURNING seq, receipt}, then looks up the first
 * receipt of each submission that conflicted. Repeats of a key inside the group are resolved in
 * memory, so each key is inserted at most once. Not thread-safe: used by the writer thread only.
 */
final class AppealInserter implements GroupCommitWriter.Inserter {
  private static final String COLUMNS =
      "receipt, channel, external_key, received_at, text, region, sender_hash, age_group, gender,"
          + " external_id, contact, state";
  private static final int PARAMS_PER_ROW = 12;

  /** Rows per statement: 400 × 12 parameters stays under SQLite's 32,766 and PG's 65,535. */
  static final int CHUNK = 400;

  private final java.util.function.LongSupplier clock;

  AppealInserter(java.util.function.LongSupplier clockMillis) {
    this.clock = clockMillis;
  }

  @Override
  public List<Receipt> insert(Connection c, List<Submission> subs) throws SQLException {
    int n = subs.size();
    Receipt[] out = new Receipt[n];
    if (n == 0) {
      return List.of();
    }
    int[] firstOf = new int[n];
    Arrays.fill(firstOf, -1);
    Map<String, Integer> firstByKey = new HashMap<>();
    List<Integer> fresh = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Submission s = subs.get(i);
      if (s.idempotencyKey().isEmpty()) {
        fresh.add(i);
        continue;
      }
      Integer first = firstByKey.putIfAbsent(key(s), i);
      if (first == null) {
        fresh.add(i);
      } else {
        firstOf[i] = first;
      }
    }
    Map<String, Long> inserted = new HashMap<>(fresh.size() * 2);
    long now = clock.getAsLong();
    for (int from = 0; from < fresh.size(); from += CHUNK) {
      List<Integer> chunk = fresh.subList(from, Math.min(fresh.size(), from + CHUNK));
      try (PreparedStatement ps = c.prepareStatement(insertSql(chunk.size()))) {
        int p = 1;
        for (int i : chunk) {
          p = bind(ps, p, subs.get(i), now);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            inserted.put(rs.getString(2), rs.getLong(1));
          }
        }
      }
    }
    Map<String, Long> perChannel = new TreeMap<>();
    try (PreparedStatement existing =
        c.prepareStatement(
            "SELECT receipt, seq FROM appeals WHERE channel = ? AND external_key = ?")) {
      for (int i : fresh) {
        Submission s = subs.get(i);
        Long seq = inserted.get(s.receipt());
        if (seq != null) {
          out[i] = new Receipt(s.receipt(), seq, false);
          perChannel.merge(s.appeal().channel().code(), 1L, Long::sum);
          continue;
        }
        existing.setString(1, s.appeal().channel().code());
        existing.setString(2, s.idempotencyKey());
        try (ResultSet rs = existing.executeQuery()) {
          if (!rs.next()) {
            throw new SQLException(
                "appeal " + s.receipt() + " was neither inserted nor found by its key", "23000");
          }
          out[i] = new Receipt(rs.getString(1), rs.getLong(2), true);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (firstOf[i] >= 0) {
        Receipt first = out[firstOf[i]];
        out[i] = new Receipt(first.receipt(), first.seq(), true);
      }
    }
    Counters.add(c, "channel", perChannel);
    return Arrays.asList(out);
  }

  private static String key(Submission s) {
    return s.appeal().channel().code() + '\u0000' + s.idempotencyKey();
  }

  private static String insertSql(int rows) {
    StringBuilder sb = new StringBuilder(64 + rows * 28);
    sb.append("INSERT INTO appeals (").append(COLUMNS).append(") VALUES ");
    for (int r = 0; r < rows; r++) {
      sb.append(r == 0 ? "(" : ",(");
      for (int k = 0; k < PARAMS_PER_ROW; k++) {
        sb.append(k == 0 ? "?" : ",?");
      }
      sb.append(')');
    }
    sb.append(" ON CONFLICT (channel, external_key) DO NOTHING RETURNING seq, receipt");
    return sb.toString();
  }

  private static int bind(PreparedStatement ps, int p, Submission s, long now) throws SQLException {
    Appeal a = s.appeal();
    Instant at = a.receivedAt();
    ps.setString(p++, a.id());
    ps.setString(p++, a.channel().code());
    ps.setString(p++, s.idempotencyKey().isEmpty() ? null : s.idempotencyKey());
    ps.setLong(p++, at == null ? now : at.toEpochMilli());
    ps.setString(p++, a.text());
    ps.setString(p++, a.region());
    ps.setString(p++, a.sender());
    ps.setString(p++, a.ageGroup().code());
    ps.setString(p++, a.gender().code());
    ps.setString(p++, a.externalId());
    ps.setString(p++, s.contact().isEmpty() ? null : s.contact());
    ps.setString(p++, AppealState.RECEIVED.code());
    return p;
  }
}
