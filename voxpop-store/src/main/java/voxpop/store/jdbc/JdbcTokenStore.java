package voxpop.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import voxpop.store.StoreException;
import voxpop.store.TokenRecord;
import voxpop.store.TokenStore;

/** Tokens in the {@code tokens} table; writes go through the store's writer. Thread-safe. */
final class JdbcTokenStore implements TokenStore {
  private final GroupCommitWriter writer;
  private final JdbcAppealStore store;

  JdbcTokenStore(GroupCommitWriter writer, JdbcAppealStore store) {
    this.writer = writer;
    this.store = store;
  }

  private <T> T read(SqlWork<T> work) {
    return store.read(work);
  }

  private static <T> T await(java.util.concurrent.CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new StoreException(StoreException.Kind.IO, "token write failed", e.getCause());
    }
  }

  @Override
  public IssuedToken create(String scope, String label) {
    String s = TokenStore.checkScope(scope);
    String l = label == null ? "" : label.strip();
    if (l.length() > 200) {
      throw new IllegalArgumentException("token label has " + l.length() + " characters; max 200");
    }
    String id = TokenStore.newId();
    String secret = TokenStore.newSecret(id);
    Instant now = Instant.ofEpochMilli(System.currentTimeMillis());
    await(
        writer.run(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO tokens (id, scope, label, secret_hash, created_at)"
                          + " VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, s);
                ps.setString(3, l);
                ps.setString(4, TokenStore.hash(secret));
                ps.setLong(5, now.toEpochMilli());
                ps.executeUpdate();
              }
              return null;
            }));
    return new IssuedToken(new TokenRecord(id, s, l, now, null), secret);
  }

  @Override
  public List<TokenRecord> list() {
    return read(
        c -> {
          List<TokenRecord> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT id, scope, label, created_at, revoked_at FROM tokens"
                          + " ORDER BY created_at, id");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(record(rs));
            }
          }
          return out;
        });
  }

  @Override
  public boolean revoke(String id) {
    long now = System.currentTimeMillis();
    return await(
        writer.run(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                ps.setLong(1, now);
                ps.setString(2, id);
                return ps.executeUpdate() == 1;
              }
            }));
  }

  @Override
  public Optional<TokenRecord> authenticate(String secret) {
    if (secret == null || !secret.startsWith("vxp_") || secret.length() > 100) {
      return Optional.empty();
    }
    String hash = TokenStore.hash(secret);
    return read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, scope, label, created_at, revoked_at FROM tokens"
                      + " WHERE secret_hash = ? AND revoked_at IS NULL")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(record(rs)) : Optional.<TokenRecord>empty();
            }
          }
        });
  }

  private static TokenRecord record(ResultSet rs) throws SQLException {
    long revoked = rs.getLong(5);
    boolean none = rs.wasNull();
    return new TokenRecord(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        Instant.ofEpochMilli(rs.getLong(4)),
        none ? null : Instant.ofEpochMilli(revoked));
  }
}
