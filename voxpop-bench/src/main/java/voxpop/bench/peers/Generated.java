package voxpop.bench.peers;

import java.util.Locale;

/**
 * Names of generated corpora: {@code gen-10k}, {@code gen-50k}, {@code gen-1m}, {@code gen-3m}, or
 * a plain count ({@code gen-2500}). Stateless.
 */
final class Generated {
  private Generated() {}

  static final String PREFIX = "gen-";

  static boolean isGenerated(String set) {
    return set.startsWith(PREFIX);
  }

  /**
   * The appeal count a name stands for.
   *
   * @throws IllegalArgumentException for a malformed or out-of-range size
   */
  static long count(String set) {
    String s = set.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
    long unit = 1;
    if (s.endsWith("k")) {
      unit = 1_000;
      s = s.substring(0, s.length() - 1);
    } else if (s.endsWith("m")) {
      unit = 1_000_000;
      s = s.substring(0, s.length() - 1);
    }
    long n;
    try {
      n = Long.parseLong(s) * unit;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "generated set '" + set + "': expected gen-N with N like 10k, 50k, 1m or 2500");
    }
    if (n < 100 || n > 10_000_000) {
      throw new IllegalArgumentException(
          "generated set '" + set + "': " + n + " appeals is outside [100, 10,000,000]");
    }
    return n;
  }
}
