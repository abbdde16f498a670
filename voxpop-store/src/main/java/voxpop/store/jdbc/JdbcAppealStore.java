package voxpop.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import voxpop.model.AgeGroup;
import voxpop.model.Appeal;
import voxpop.model.Channel;
import voxpop.model.Gender;
import voxpop.model.Language;
import voxpop.model.Screening;
import voxpop.model.Verdict;
import voxpop.store.AppealState;
import voxpop.store.AppealStatus;
import voxpop.store.AppealStore;
import voxpop.store.QuestionResult;
import voxpop.store.Receipt;
import voxpop.store.StoreException;
import voxpop.store.StoreStats;
import voxpop.store.StoredAppeal;
import voxpop.store.Submission;
import voxpop.store.TokenStore;

/**
 * The store over JDBC, shared by the SQLite and PostgreSQL stores: one write connection owned by a
 * {@link GroupCommitWriter}, and a pool of read connections. Thread-safe.
 */
public class JdbcAppealStore implements AppealStore {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcAppealStore.class);

  /** Tuning of the writer. */
  public record Options(int maxBatchRows, long maxPendingRows) {
    public static final Options DEFAULTS = new Options(4_000, 200_000);
  }

  private final String name;
  private final HikariDataSource readers;
  private final GroupCommitWriter writer;
  private final JdbcTokenStore tokens;

  /**
   * Creates the schema when absent and starts the writer.
   *
   * @param name {@code sqlite} or {@code postgres}, for logs and thread names
   * @param writeConnection the connection the writer owns from now on
   * @param readers the read pool, closed with the store
   * @param ddl the schema statements
   */
  protected JdbcAppealStore(
      String name,
      Connection writeConnection,
      HikariDataSource readers,
      List<String> ddl,
      Options options) {
    this.name = name;
    this.readers = readers;
    try {
      createSchema(writeConnection, ddl);
      this.writer =
          new GroupCommitWriter(
              name,
              writeConnection,
              new AppealInserter(System::currentTimeMillis),
              options.maxBatchRows(),
              options.maxPendingRows());
    } catch (SQLException e) {
      closeQuietly(writeConnection);
      readers.close();
      throw new StoreException(
          StoreException.Kind.IO, name + " store cannot start: " + Jdbc.describe(e), e);
    }
    this.tokens = new JdbcTokenStore(writer, this);
  }

  private static void createSchema(Connection c, List<String> ddl) throws SQLException {
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      for (String sql : ddl) {
        st.execute(sql);
      }
      try (ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
        rs.next();
        int v = rs.getInt(1);
        if (rs.wasNull()) {
          st.executeUpdate("INSERT INTO schema_version (version) VALUES (" + Schema.VERSION + ")");
        } else if (v > Schema.VERSION) {
          throw new SQLException(
              "database schema version " + v + " is newer than this voxpop's " + Schema.VERSION);
        }
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    }
  }

  /** A read against the pool. */
  protected <T> T read(SqlWork<T> work) {
    try (Connection c = readers.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(
          StoreException.Kind.IO, name + " read failed: " + Jdbc.describe(e), e);
    }
  }

  @Override
  public CompletableFuture<List<Receipt>> submit(List<Submission> submissions) {
    return writer.insert(submissions);
  }

  @Override
  public Optional<AppealStatus> status(String receipt) {
    return read(
        c -> {
          long seq;
          Channel channel;
          Instant at;
          AppealState state;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT seq, channel, received_at, state FROM appeals WHERE receipt = ?")) {
            ps.setString(1, receipt);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              seq = rs.getLong(1);
              channel = Channel.parse(rs.getString(2));
              at = Instant.ofEpochMilli(rs.getLong(3));
              state = AppealState.parse(rs.getString(4));
            }
          }
          List<AppealStatus.QuestionStatus> qs = new ArrayList<>();
          for (QuestionResult q : results(c, seq)) {
            qs.add(
                new AppealStatus.QuestionStatus(
                    q.index(), q.screening().verdict(), q.screening().reason(), q.themeId()));
          }
          return Optional.of(new AppealStatus(receipt, channel, at, state, qs));
        });
  }

  @Override
  public List<StoredAppeal> pending(long afterSeq, int limit) {
    return read(
        c -> {
          List<StoredAppeal> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT seq, receipt, channel, received_at, text, region, sender_hash,"
                      + " age_group, gender, external_id, state FROM appeals"
                      + " WHERE state = 'received' AND seq > ? ORDER BY seq LIMIT ?")) {
            ps.setLong(1, afterSeq);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                Appeal a =
                    new Appeal(
                        rs.getString(2),
                        Instant.ofEpochMilli(rs.getLong(4)),
                        Channel.parse(rs.getString(3)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        AgeGroup.parse(rs.getString(8)),
                        Gender.parse(rs.getString(9)),
                        rs.getString(10));
                out.add(new StoredAppeal(rs.getLong(1), a, AppealState.parse(rs.getString(11))));
              }
            }
          }
          return out;
        });
  }

  @Override
  public CompletableFuture<Void> saveResults(List<Long> appealSeqs, List<QuestionResult> results) {
    List<Long> seqs = List.copyOf(appealSeqs);
    List<QuestionResult> rs = List.copyOf(results);
    return writer.run(
        c -> {
          ResultWriter.save(c, seqs, rs);
          return null;
        });
  }

  @Override
  public List<QuestionResult> results(long appealSeq) {
    return read(c -> results(c, appealSeq));
  }

  private static List<QuestionResult> results(Connection c, long seq) throws SQLException {
    List<QuestionResult> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT idx, text, language, verdict, reason, dup_key, theme_id FROM questions"
                + " WHERE appeal_seq = ? ORDER BY idx")) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new QuestionResult(
                  seq,
                  rs.getInt(1),
                  rs.getString(2),
                  Language.parse(rs.getString(3)),
                  new Screening(Verdict.parse(rs.getString(4)), rs.getString(5)),
                  rs.getString(6),
                  rs.getString(7)));
        }
      }
    }
    return out;
  }

  @Override
  public List<QuestionResult> recentAccepted(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit " + limit + " is negative");
    }
    return read(
        c -> {
          List<QuestionResult> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT appeal_seq, idx, text, language, reason, dup_key, theme_id FROM questions"
                      + " WHERE verdict = 'accepted' ORDER BY appeal_seq DESC, idx LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new QuestionResult(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        Language.parse(rs.getString(4)),
                        new Screening(Verdict.ACCEPTED, rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7)));
              }
            }
          }
          return out;
        });
  }

  @Override
  public StoreStats stats() {
    return read(
        c -> {
          Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
          long total = 0;
          for (Map.Entry<String, Long> e : Counters.read(c, "channel").entrySet()) {
            byChannel.put(Channel.parse(e.getKey()), e.getValue());
            total += e.getValue();
          }
          Map<Verdict, Long> byVerdict = new EnumMap<>(Verdict.class);
          for (Map.Entry<String, Long> e : Counters.read(c, "verdict").entrySet()) {
            byVerdict.put(Verdict.parse(e.getKey()), e.getValue());
          }
          Map<String, Long> byTheme = new java.util.TreeMap<>(Counters.read(c, "theme"));
          long dups = Counters.read(c, "dup").getOrDefault("questions", 0L);
          long hw = Counters.read(c, "worker").getOrDefault("high_water", 0L);
          long pending;
          long last;
          try (Statement st = c.createStatement()) {
            try (ResultSet rs =
                st.executeQuery("SELECT COUNT(*) FROM appeals WHERE state = 'received'")) {
              rs.next();
              pending = rs.getLong(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM appeals")) {
              rs.next();
              last = rs.getLong(1);
            }
          }
          return new StoreStats(total, byChannel, byVerdict, byTheme, dups, pending, last, hw);
        });
  }

  @Override
  public void forEachReceipt(Consumer<String> action) {
    read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT receipt FROM appeals ORDER BY seq")) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                action.accept(rs.getString(1));
              }
            }
          }
          return null;
        });
  }

  @Override
  public void ping() {
    read(
        c -> {
          try (Statement st = c.createStatement();
              ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM schema_version")) {
            rs.next();
            return null;
          }
        });
  }

  @Override
  public TokenStore tokens() {
    return tokens;
  }

  /** Rows queued for the writer and not yet committed. */
  public long pendingWrites() {
    return writer.pendingRows();
  }

  /** Commits (transactions) since start; with {@link #committedRows()} gives the batch size. */
  public long commits() {
    return writer.commits();
  }

  /** Rows committed since start. */
  public long committedRows() {
    return writer.committedRows();
  }

  @Override
  public void close() {
    writer.close();
    readers.close();
    LOG.info("event=store.closed store={}", name);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // already failing: the start-up error is what matters
    }
  }
}
