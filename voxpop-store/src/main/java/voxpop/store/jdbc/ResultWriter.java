package voxpop.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import voxpop.store.QuestionResult;

/**
 * Writes the worker's results in the writer's transaction: questions, the appeals' state, the
 * verdict, theme and duplicate counters, and the high-water mark. Verdicts are counted only for
 * appeals that move from received to processed here, so a batch processed twice is not counted
 * twice. A handful of statements per batch rather than per question, because this runs on the
 * writer thread that intake requests wait for.
 */
final class ResultWriter {
  private static final int CHUNK = 500;

  private ResultWriter() {}

  static void save(Connection c, List<Long> seqs, List<QuestionResult> results)
      throws SQLException {
    Set<Long> flipped = flip(c, seqs);
    Map<String, Long> verdicts = new TreeMap<>();
    Map<String, Long> themes = new TreeMap<>();
    Map<String, long[]> keys = new LinkedHashMap<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "INSERT INTO questions (appeal_seq, idx, text, language, verdict, reason, dup_key,"
                + " theme_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (appeal_seq, idx)"
                + " DO UPDATE SET text = excluded.text, language = excluded.language,"
                + " verdict = excluded.verdict, reason = excluded.reason,"
                + " dup_key = excluded.dup_key, theme_id = excluded.theme_id")) {
      for (QuestionResult r : results) {
        q.setLong(1, r.appealSeq());
        q.setInt(2, r.index());
        q.setString(3, r.text());
        q.setString(4, r.language().code());
        q.setString(5, r.screening().verdict().code());
        q.setString(6, r.screening().reason());
        q.setString(7, r.duplicateKey());
        q.setString(8, r.themeId());
        q.addBatch();
        if (flipped.contains(r.appealSeq())) {
          verdicts.merge(r.screening().verdict().code(), 1L, Long::sum);
          if (!r.themeId().isEmpty()) {
            themes.merge(r.themeId(), 1L, Long::sum);
          }
          if (!r.duplicateKey().isEmpty()) {
            long[] k = keys.computeIfAbsent(r.duplicateKey(), x -> new long[] {0, r.appealSeq()});
            k[0]++;
          }
        }
      }
      q.executeBatch();
    }
    long duplicates = groups(c, keys);
    Counters.add(c, "verdict", verdicts);
    Counters.add(c, "theme", themes);
    if (duplicates > 0) {
      Counters.add(c, "dup", Map.of("questions", duplicates));
    }
    long high = 0;
    for (long s : seqs) {
      high = Math.max(high, s);
    }
    if (high > 0) {
      Counters.raise(c, "worker", "high_water", high);
    }
  }

  /** Marks the appeals processed; the ones that were still received. */
  private static Set<Long> flip(Connection c, List<Long> seqs) throws SQLException {
    Set<Long> flipped = new HashSet<>();
    for (int from = 0; from < seqs.size(); from += CHUNK) {
      List<Long> part = seqs.subList(from, Math.min(seqs.size(), from + CHUNK));
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE appeals SET state = 'processed' WHERE state = 'received' AND seq IN ("
                  + marks(part.size())
                  + ") RETURNING seq")) {
        for (int i = 0; i < part.size(); i++) {
          ps.setLong(i + 1, part.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            flipped.add(rs.getLong(1));
          }
        }
      }
    }
    return flipped;
  }

  /**
   * Adds the batch's questions to their duplicate groups; returns how many of them joined a group
   * that already had a question (from earlier batches or earlier in this one).
   */
  private static long groups(Connection c, Map<String, long[]> keys) throws SQLException {
    if (keys.isEmpty()) {
      return 0;
    }
    List<String> all = new ArrayList<>(keys.keySet());
    Set<String> existing = new HashSet<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> part = all.subList(from, Math.min(all.size(), from + CHUNK));
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT dup_key FROM dup_groups WHERE dup_key IN (" + marks(part.size()) + ")")) {
        for (int i = 0; i < part.size(); i++) {
          ps.setString(i + 1, part.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            existing.add(rs.getString(1));
          }
        }
      }
    }
    long duplicates = 0;
    try (PreparedStatement up =
        c.prepareStatement(
            "INSERT INTO dup_groups (dup_key, first_seq, questions) VALUES (?, ?, ?)"
                + " ON CONFLICT (dup_key) DO UPDATE SET questions = dup_groups.questions"
                + " + excluded.questions")) {
      for (Map.Entry<String, long[]> e : keys.entrySet()) {
        long n = e.getValue()[0];
        duplicates += existing.contains(e.getKey()) ? n : n - 1;
        up.setString(1, e.getKey());
        up.setLong(2, e.getValue()[1]);
        up.setLong(3, n);
        up.addBatch();
      }
      up.executeBatch();
    }
    return duplicates;
  }

  private static String marks(int n) {
    StringBuilder sb = new StringBuilder(n * 2);
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "?" : ",?");
    }
    return sb.toString();
  }
}
