package voxpop.io;

import java.util.Arrays;

/**
 * Remembers the strings of short, repetitive field values (channel, region, age group, gender) by
 * their UTF-8 bytes, so that a file of millions of rows decodes each spelling once instead of once
 * a row. A direct-mapped table: a clash just replaces the older entry. Not thread-safe.
 */
final class StringCache {
  static final int MAX_BYTES = 96;
  private static final int SLOTS = 1 << 10;

  private final byte[][] keys = new byte[SLOTS][];
  private final String[] values = new String[SLOTS];

  /** The string remembered for these bytes, or null. */
  String get(byte[] b, int from, int to) {
    int slot = slot(b, from, to);
    byte[] k = keys[slot];
    return k != null && Arrays.equals(k, 0, k.length, b, from, to) ? values[slot] : null;
  }

  void put(byte[] b, int from, int to, String value) {
    int slot = slot(b, from, to);
    keys[slot] = Arrays.copyOfRange(b, from, to);
    values[slot] = value;
  }

  private static int slot(byte[] b, int from, int to) {
    int h = 0x811c9dc5;
    for (int i = from; i < to; i++) {
      h = (h ^ b[i]) * 0x01000193;
    }
    return (h ^ (h >>> 15)) & (SLOTS - 1);
  }
}
