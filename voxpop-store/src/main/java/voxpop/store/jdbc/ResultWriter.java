package voxpop.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import voxpop.store.QuestionResult;

/**
 * Writes the worker's results in the writer's transaction: questions, the appeals' state, the
 * verdict and duplicate counters, and the high-water mark. Verdicts are counted only for appeals
 * that move from received to processed here, so a batch processed twice is not counted twice.
 */
final class ResultWriter {
  private ResultWriter() {}

  static void save(Connection c, List<Long> seqs, List<QuestionResult> results)
      throws SQLException {
    Set<Long> flipped = new HashSet<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE appeals SET state = 'processed' WHERE seq = ? AND state = 'received'")) {
      for (long seq : seqs) {
        ps.setLong(1, seq);
        ps.addBatch();
      }
      int[] counts = ps.executeBatch();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          flipped.add(seqs.get(i));
        }
      }
    }
    Map<String, Long> verdicts = new TreeMap<>();
    long duplicates = 0;
    try (PreparedStatement q =
            c.prepareStatement(
                "INSERT INTO questions (appeal_seq, idx, text, language, verdict, reason, dup_key,"
                    + " theme_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (appeal_seq, idx)"
                    + " DO UPDATE SET text = excluded.text, language = excluded.language,"
                    + " verdict = excluded.verdict, reason = excluded.reason,"
                    + " dup_key = excluded.dup_key, theme_id = excluded.theme_id");
        PreparedStatement dup =
            c.prepareStatement(
                "INSERT INTO dup_groups (dup_key, first_seq, questions) VALUES (?, ?, 1)"
                    + " ON CONFLICT (dup_key) DO UPDATE SET questions = dup_groups.questions + 1"
                    + " RETURNING questions")) {
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
        if (!flipped.contains(r.appealSeq())) {
          continue;
        }
        verdicts.merge(r.screening().verdict().code(), 1L, Long::sum);
        if (!r.duplicateKey().isEmpty()) {
          dup.setString(1, r.duplicateKey());
          dup.setLong(2, r.appealSeq());
          try (ResultSet rs = dup.executeQuery()) {
            if (rs.next() && rs.getLong(1) > 1) {
              duplicates++;
            }
          }
        }
      }
      q.executeBatch();
    }
    Counters.add(c, "verdict", verdicts);
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
}
