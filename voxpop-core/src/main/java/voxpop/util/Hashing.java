package voxpop.util;

/** Fast, stable 64-bit hashes of text, for duplicate keys that need not keep the text. */
public final class Hashing {
  private Hashing() {}

  /**
   * A 64-bit FNV-1a hash over the UTF-16 units of {@code s}, finalised with {@link LongIntMap#mix}.
   * Two different keys among n collide with probability about n²/2⁶⁵ (3M keys: ~2·10⁻⁷).
   */
  public static long hash64(CharSequence s) {
    long h = FNV_OFFSET;
    for (int i = 0, n = s.length(); i < n; i++) {
      h = fnvStep(h, s.charAt(i));
    }
    return finish(h);
  }

  /** The FNV-1a offset basis: the state of {@link #fnvStep} before any character. */
  public static final long FNV_OFFSET = 0xcbf29ce484222325L;

  /** One FNV-1a step, for callers that hash a text while scanning it. */
  public static long fnvStep(long h, char c) {
    return (h ^ c) * 0x100000001b3L;
  }

  /** Finishes a hash built with {@link #fnvStep}. */
  public static long finish(long h) {
    return LongIntMap.mix(h);
  }

  /** A 64-bit hash of a sequence of ints (such as sorted stem ids). */
  public static long hash64(int[] values, int from, int to) {
    long h = 0x9e3779b97f4a7c15L;
    for (int i = from; i < to; i++) {
      h = LongIntMap.mix(h ^ values[i]) + 0x632be59bd9b4e019L;
    }
    return LongIntMap.mix(h ^ (to - from));
  }
}
