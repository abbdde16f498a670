package voxpop.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Gateway tokens, stored as SHA-256 hashes of their secrets. A secret is {@code vxp_<id>_<32 random
 * base32 chars>} (160 random bits), so a plain hash is enough: there is nothing to guess.
 * Implementations are thread-safe.
 */
public interface TokenStore {
  /** The scopes a token may have: every channel code and {@code import}. */
  Set<String> SCOPES =
      Set.of("phone", "sms", "messenger", "social", "web", "app", "other", "import");

  /**
   * Issues a token. The returned secret is shown once and never stored.
   *
   * @throws IllegalArgumentException when the scope is not one of {@link #SCOPES}
   */
  IssuedToken create(String scope, String label);

  /** Every token, active and revoked, oldest first. */
  List<TokenRecord> list();

  /** Revokes a token by id; false when there is no active token with that id. */
  boolean revoke(String id);

  /** The active token whose secret this is, if any. */
  Optional<TokenRecord> authenticate(String secret);

  /**
   * A token just issued.
   *
   * @param record the stored record
   * @param secret the bearer secret, shown once
   */
  record IssuedToken(TokenRecord record, String secret) {}

  /** Checks a scope and returns it in canonical (lower) case. */
  static String checkScope(String scope) {
    String s = scope == null ? "" : scope.strip().toLowerCase(Locale.ROOT);
    if (!SCOPES.contains(s)) {
      throw new IllegalArgumentException(
          "unknown token scope '"
              + scope
              + "'; expected one of phone, sms, messenger, social, web, app, other, import");
    }
    return s;
  }

  /** A new secret for a token id. */
  static String newSecret(String id) {
    return "vxp_" + id + "_" + randomBase32(32);
  }

  /** A new random token id (8 base32 characters, lower case). */
  static String newId() {
    return randomBase32(8);
  }

  /** The stored form of a secret. */
  static String hash(String secret) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(d.digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String randomBase32(int n) {
    String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    SecureRandom r = new SecureRandom();
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(32)));
    }
    return sb.toString();
  }
}
