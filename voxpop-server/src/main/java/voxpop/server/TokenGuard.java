package voxpop.server;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import voxpop.store.TokenRecord;
import voxpop.store.TokenStore;

/**
 * Checks the bearer token of a gateway door and its scope. Answers (valid or not) are cached for a
 * few seconds so that 20,000 requests a second do not each query the store; a revoked token stops
 * working within that time. Thread-safe.
 */
public final class TokenGuard {
  /** Telegram sends the webhook's secret in this header instead of {@code Authorization}. */
  public static final String TELEGRAM_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  private record Cached(Optional<TokenRecord> token, long expiresNanos) {}

  private final TokenStore tokens;
  private final long ttlNanos;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public TokenGuard(TokenStore tokens, long ttlMillis) {
    this.tokens = tokens;
    this.ttlNanos = ttlMillis * 1_000_000;
  }

  /**
   * The token of the request, which must have the given scope.
   *
   * @throws ApiException 401 when absent or unknown, 403 when of another scope
   */
  public TokenRecord require(Context ctx, String scope) {
    String secret = secret(ctx);
    if (secret == null) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"voxpop\"");
      throw new ApiException(
          ApiError.UNAUTHORIZED,
          "this door needs a token: send Authorization: Bearer <token> (voxpop token create)");
    }
    TokenRecord t =
        lookup(secret)
            .orElseThrow(
                () -> {
                  ctx.header(
                      "WWW-Authenticate", "Bearer realm=\"voxpop\", error=\"invalid_token\"");
                  return new ApiException(ApiError.UNAUTHORIZED, "unknown or revoked token");
                });
    if (!t.scope().equals(scope)) {
      throw new ApiException(
          ApiError.FORBIDDEN,
          "token " + t.id() + " has scope " + t.scope() + "; this door needs scope " + scope);
    }
    return t;
  }

  /** The token of the request when present and valid, whatever its scope. */
  public TokenRecord requireAny(Context ctx) {
    String secret = secret(ctx);
    if (secret == null) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"voxpop\"");
      throw new ApiException(
          ApiError.UNAUTHORIZED,
          "this door needs a token: send Authorization: Bearer <token> (voxpop token create)");
    }
    return lookup(secret)
        .orElseThrow(() -> new ApiException(ApiError.UNAUTHORIZED, "unknown or revoked token"));
  }

  private static String secret(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth != null) {
      String a = auth.strip();
      if (a.regionMatches(true, 0, "Bearer ", 0, 7)) {
        String s = a.substring(7).strip();
        return s.isEmpty() ? null : s;
      }
      return null;
    }
    String tg = ctx.header(TELEGRAM_HEADER);
    return tg == null || tg.isBlank() ? null : tg.strip();
  }

  private Optional<TokenRecord> lookup(String secret) {
    if (secret.length() > 100) {
      return Optional.empty();
    }
    long now = System.nanoTime();
    Cached c = cache.get(secret);
    if (c != null && now - c.expiresNanos() < 0) {
      return c.token();
    }
    if (cache.size() > 10_000) {
      cache.clear();
    }
    Optional<TokenRecord> t = tokens.authenticate(secret);
    cache.put(secret, new Cached(t, now + ttlNanos));
    return t;
  }
}
