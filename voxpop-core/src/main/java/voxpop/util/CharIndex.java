package voxpop.util;

import java.util.Arrays;

/**
 * Dense ids for character sequences without allocating a String per lookup: the characters of every
 * distinct entry live in one growing {@code char[]}, and an open-addressing table keeps each
 * entry's hash beside its id, so a probe compares characters only on a full hash match. Analysing
 * millions of texts looks up every word; only new words cost memory. Not thread-safe (one per
 * thread).
 */
public final class CharIndex {
  private char[] pool;
  private int poolSize;
  private int[] start;
  private int[] length;
  private int[] hashes;
  private int size;
  private int[] table;
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
      int v = table[slot];
      if (v == 0) {
        return add(s, null, s.length(), h, slot);
      }
      int id = v - 1;
      if (hashes[id] == h && equal(id, s)) {
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
      int v = table[slot];
      if (v == 0) {
        return -1;
      }
      int id = v - 1;
      if (hashes[id] == h && equal(id, chars, len)) {
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
    return new String(pool, start[id], length[id]);
  }

  /** Forgets every entry (ids start again from 0). */
  public void clear() {
    pool = new char[1 << 14];
    poolSize = 0;
    start = new int[1 << 10];
    length = new int[1 << 10];
    hashes = new int[1 << 10];
    size = 0;
    table = new int[1 << 11];
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
    int n = s.length();
    if (length[id] != n) {
      return false;
    }
    int at = start[id];
    for (int i = 0; i < n; i++) {
      if (pool[at + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean equal(int id, char[] s, int n) {
    return length[id] == n && Arrays.equals(pool, start[id], start[id] + n, s, 0, n);
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
    if (size == start.length) {
      start = Arrays.copyOf(start, size * 2);
      length = Arrays.copyOf(length, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    int id = size++;
    start[id] = poolSize;
    length[id] = n;
    hashes[id] = h;
    poolSize += n;
    table[slot] = id + 1;
    if (size * 2 > table.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    table = new int[table.length * 2];
    mask = table.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = hashes[id] & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = id + 1;
    }
  }
}
