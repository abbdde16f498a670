package voxpop.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns sender identifiers (phone numbers, messenger user ids, e-mails) into keyed hashes,
 * HMAC-SHA256 under a per-installation secret (RFC 2104), so that the store can count distinct
 * people and limit floods without keeping who they are, and a stolen database cannot be reversed by
 * hashing every phone number. Thread-safe.
 */
public final class SenderHasher {
  /** The key file's name in the data directory. */
  public static final String KEY_FILE = "sender.key";

  /** The environment variable that carries the secret for nodes sharing PostgreSQL. */
  public static final String ENV = "VOXPOP_SENDER_KEY";

  private static final int KEY_BYTES = 32;
  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs;

  /** A hasher with an explicit key of at least 32 bytes. */
  public SenderHasher(byte[] secret) {
    if (secret.length < KEY_BYTES) {
      throw new IllegalArgumentException(
          "sender key has " + secret.length + " bytes; at least " + KEY_BYTES + " needed");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    this.macs =
        ThreadLocal.withInitial(
            () -> {
              try {
                Mac m = Mac.getInstance("HmacSHA256");
                m.init(key);
                return m;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
              }
            });
  }

  /**
   * The installation's hasher: the secret from {@code VOXPOP_SENDER_KEY} (base64, 32 bytes or more)
   * when set, otherwise from {@code sender.key} in the data directory, created at first start with
   * owner-only permissions.
   *
   * @param dataDir the data directory; may be null when the environment variable is set
   * @param env the value of {@code VOXPOP_SENDER_KEY}, or null
   */
  public static SenderHasher load(Path dataDir, String env) throws IOException {
    if (env != null && !env.isBlank()) {
      byte[] k;
      try {
        k = Base64.getDecoder().decode(env.strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(ENV + " is not base64", e);
      }
      return new SenderHasher(k);
    }
    if (dataDir == null) {
      throw new IllegalArgumentException(
          "no sender key: set " + ENV + " (base64 of 32 random bytes) or give --data DIR");
    }
    Files.createDirectories(dataDir);
    Path file = dataDir.resolve(KEY_FILE);
    if (!Files.exists(file)) {
      byte[] k = new byte[KEY_BYTES];
      new SecureRandom().nextBytes(k);
      Path tmp = dataDir.resolve(KEY_FILE + ".tmp");
      Files.deleteIfExists(tmp);
      Files.createFile(
          tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.write(tmp, Base64.getEncoder().encode(k));
      try {
        Files.createLink(file, tmp);
      } catch (FileAlreadyExistsException raced) {
        // another process created it first: use theirs
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
    return new SenderHasher(Base64.getDecoder().decode(text));
  }

  /** The keyed hash of a sender identifier (hex, 64 characters); empty in, empty out. */
  public String hash(String senderId) {
    if (senderId == null || senderId.isEmpty()) {
      return "";
    }
    Mac m = macs.get();
    return HexFormat.of().formatHex(m.doFinal(senderId.getBytes(StandardCharsets.UTF_8)));
  }
}
