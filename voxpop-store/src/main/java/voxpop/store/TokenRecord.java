package voxpop.store;

import java.time.Instant;

/**
 * A gateway token as listed: never the secret, which is shown once at creation.
 *
 * @param id the public id, the first part of the secret
 * @param scope the door it opens: a channel code ({@code sms}, {@code messenger}, {@code phone},
 *     {@code web}, {@code app}, {@code social}, {@code other}) or {@code import}
 * @param label a free note by whoever issued it (never citizen data)
 * @param createdAt when it was issued
 * @param revokedAt when it was revoked; {@code null} while valid
 */
public record TokenRecord(
    String id, String scope, String label, Instant createdAt, Instant revokedAt) {
  public boolean active() {
    return revokedAt == null;
  }
}
