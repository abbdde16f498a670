package voxpop.util;

import java.util.Arrays;

/**
 * Dense ids for character sequences without allocating a String per lookup: the characters of every
 * distinct entry live in one growing {@code char[]}, and an open-addressing table keeps each
 * entry's hash in the same {@code long} as its id, so a probe compares characters only on a full
 * hash match. Analysing millions of texts looks up every word in tables of a few hundred thousand
 * forms, where each array touched is a cache miss: a probe reads one table slot, one packed (start,
 * length) and the characters. Only new words cost memory. Not thread-safe (one per thread).
 */
public final class CharIndex {
  private char[] pool;
  private int poolSize;

  /**
   * Entry {@code id} is {@code pool[start, start + length)}, packed as {@code start << 32 |
   * length}.
   */
  private long[] spans;

  private int size;

  /** {@code hash << 32 | (id + 1)}; 0 is an empty slot. */
  private long[] table;

  private int mask;

  public CharIndex() {
    clear();
  }

  /** The number of distinct entries. */
  public int size() {
    return size;
  }

  /** The id of {@code s}, adding it when new; ids are dense, in order of first lookup. */
  public int idOf(CharSequence s) {
    int h = hash(s);
    int slot = h & mask;
    while (true) {
      long v = table[slot];
      if (v == 0) {
        return add(s, null, s.length(), h, slot);
      }
      int id = (int) v - 1;
      if ((int) (v >>> 32) == h && equal(id, s)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The id of {@code chars[0, len)}, or -1 when absent. */
  public int find(char[] chars, int len) {
    int h = hash(chars, len);
    int slot = h & mask;
    while (true) {
      long v = table[slot];
      if (v == 0) {
        return -1;
      }
      int id = (int) v - 1;
      if ((int) (v >>> 32) == h && equal(id, chars, len)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Adds {@code chars[0, len)}, which must be absent ({@link #find} said so); returns its id. */
  public int add(char[] chars, int len) {
    int h = hash(chars, len);
    int slot = h & mask;
    while (table[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    return add(null, chars, len, h, slot);
  }

  /** The entry with this id, as a String. */
  public String term(int id) {
    long span = spans[id];
    return new String(pool, (int) (span >>> 32), (int) span);
  }

  /** Forgets every entry (ids start again from 0). */
  public void clear() {
    pool = new char[1 << 14];
    poolSize = 0;
    spans = new long[1 << 10];
    size = 0;
    table = new long[1 << 11];
    mask = table.length - 1;
  }

  private static int hash(CharSequence s) {
    int h = 0x811c9dc5;
    for (int i = 0, n = s.length(); i < n; i++) {
      h = (h ^ s.charAt(i)) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }

  private static int hash(char[] s, int n) {
    int h = 0x811c9dc5;
    for (int i = 0; i < n; i++) {
      h = (h ^ s[i]) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }

  private boolean equal(int id, CharSequence s) {
    long span = spans[id];
    int n = s.length();
    if ((int) span != n) {
      return false;
    }
    int at = (int) (span >>> 32);
    for (int i = 0; i < n; i++) {
      if (pool[at + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean equal(int id, char[] s, int n) {
    long span = spans[id];
    if ((int) span != n) {
      return false;
    }
    int at = (int) (span >>> 32);
    for (int i = 0; i < n; i++) {
      if (pool[at + i] != s[i]) {
        return false;
      }
    }
    return true;
  }

  /** Appends the characters of {@code s} (or of {@code chars} when s is null) as a new entry. */
  private int add(CharSequence s, char[] chars, int n, int h, int slot) {
    if (poolSize + n > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + n));
    }
    if (chars != null) {
      System.arraycopy(chars, 0, pool, poolSize, n);
    } else {
      for (int i = 0; i < n; i++) {
        pool[poolSize + i] = s.charAt(i);
      }
    }
    if (size == spans.length) {
      spans = Arrays.copyOf(spans, size * 2);
    }
    int id = size++;
    spans[id] = (long) poolSize << 32 | n;
    poolSize += n;
    table[slot] = (long) h << 32 | (id + 1);
    if (size * 2 > table.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    long[] old = table;
    table = new long[old.length * 2];
    mask = table.length - 1;
    for (long v : old) {
      if (v != 0) {
        int slot = (int) (v >>> 32) & mask;
        while (table[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot] = v;
      }
    }
  }
}
