package voxpop.generate;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A reseedable SplitMix64 generator (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014). The corpus needs to re-render an earlier appeal from its stored seed
 * (to make a paraphrase or a repeat), so one instance is reseeded many times instead of creating a
 * generator per question. Not thread-safe.
 */
public final class Rng implements RandomGenerator {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private long state;

  public Rng(long seed) {
    this.state = seed;
  }

  /** Restarts the sequence from {@code seed}. */
  public Rng reseed(long seed) {
    this.state = seed;
    return this;
  }

  @Override
  public long nextLong() {
    state += GOLDEN;
    return mix64(state);
  }

  /** A well-mixed combination of two values, for deriving independent sub-seeds. */
  public static long mix(long a, long b) {
    return mix64(a * GOLDEN + mix64(b + GOLDEN));
  }

  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** True with probability {@code p}. */
  public boolean chance(double p) {
    return nextDouble() < p;
  }

  /** A uniformly chosen element. */
  public <T> T pick(List<T> items) {
    return items.get(nextInt(items.size()));
  }

  /** A uniformly chosen element. */
  public <T> T pick(T[] items) {
    return items[nextInt(items.length)];
  }

  /** An integer in {@code [lo, hi]} inclusive. */
  public int between(int lo, int hi) {
    return lo + nextInt(hi - lo + 1);
  }
}
