package voxpop.server;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (a sender's keyed hash, a client IP): each key may spend {@code burst}
 * requests at once and earns {@code perMinute} back a minute. Buckets idle long enough to be full
 * again are forgotten, so memory follows the active keys only. Thread-safe.
 */
public final class RateLimiter {
  private static final class Bucket {
    double tokens;
    long updatedNanos;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.updatedNanos = now;
    }
  }

  private final int burst;
  private final double perNano;
  private final LongSupplier nanoClock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final int maxKeys;
  private final java.util.concurrent.atomic.AtomicLong lastSweep =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * @param burst requests a fresh key may make at once (at least 1)
   * @param perMinute requests a key earns back per minute (more than 0)
   * @param maxKeys keys remembered before full buckets are swept
   */
  public RateLimiter(int burst, double perMinute, int maxKeys, LongSupplier nanoClock) {
    if (burst < 1 || perMinute <= 0) {
      throw new IllegalArgumentException(
          "rate limit needs burst >= 1 and perMinute > 0, got " + burst + " and " + perMinute);
    }
    this.burst = burst;
    this.perNano = perMinute / 60e9;
    this.maxKeys = maxKeys;
    this.nanoClock = nanoClock;
  }

  public RateLimiter(int burst, double perMinute) {
    this(burst, perMinute, 200_000, System::nanoTime);
  }

  /**
   * Takes one token for the key.
   *
   * @return 0 when allowed, otherwise the whole seconds until a token is available (at least 1)
   */
  public long acquire(String key) {
    long now = nanoClock.getAsLong();
    long last = lastSweep.get();
    // Sweeping is O(keys): at most once a second, by one thread, whatever the request rate.
    if (buckets.size() > maxKeys
        && now - last > 1_000_000_000L
        && lastSweep.compareAndSet(last, now)) {
      sweep(now);
    }
    long[] wait = {0};
    buckets.compute(
        key,
        (k, b) -> {
          if (b == null) {
            b = new Bucket(burst, now);
          } else {
            b.tokens = Math.min(burst, b.tokens + (now - b.updatedNanos) * perNano);
            b.updatedNanos = now;
          }
          if (b.tokens >= 1) {
            b.tokens -= 1;
          } else {
            wait[0] = Math.max(1, (long) Math.ceil((1 - b.tokens) / perNano / 1e9));
          }
          return b;
        });
    return wait[0];
  }

  private void sweep(long now) {
    Iterator<Map.Entry<String, Bucket>> it = buckets.entrySet().iterator();
    while (it.hasNext()) {
      Bucket b = it.next().getValue();
      if (b.tokens + (now - b.updatedNanos) * perNano >= burst) {
        it.remove();
      }
    }
  }

  /** Keys currently remembered. */
  public int size() {
    return buckets.size();
  }
}
