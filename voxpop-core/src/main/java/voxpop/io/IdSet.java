package voxpop.io;

/**
 * The ids seen so far in one read, kept as 64-bit hashes in an open-addressing table (8 bytes an
 * id, about 32 MiB for 3 million) instead of 3 million strings.
 *
 * <p>Two different ids collide only when their 64-bit hashes are equal. With n ids the chance that
 * any pair collides is at most n²/2⁶⁵ (the birthday bound): about 2.4·10⁻⁷ for 3 million ids and
 * 2.7·10⁻⁶ for 10 million. A collision would report a row as a duplicate id (counted and listed,
 * never silent). The hash is FNV-1a over the UTF-16 code units followed by the MurmurHash3
 * finaliser, which spreads the bits for linear probing. Not thread-safe.
 */
final class IdSet {
  private long[] table = new long[1 << 12];
  private int size;

  /** Adds the id; false when an id with the same hash was already there. */
  boolean add(String id) {
    long h = hash(id);
    if (size * 4L >= table.length * 3L) {
      grow();
    }
    return insert(table, h);
  }

  int size() {
    return size;
  }

  private boolean insert(long[] t, long h) {
    int mask = t.length - 1;
    int i = (int) h & mask;
    while (true) {
      long v = t[i];
      if (v == 0) {
        t[i] = h;
        size++;
        return true;
      }
      if (v == h) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    size = 0;
    for (long v : old) {
      if (v != 0) {
        insert(table, v);
      }
    }
  }

  /** A 64-bit hash that is never 0 (0 marks an empty slot). */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
