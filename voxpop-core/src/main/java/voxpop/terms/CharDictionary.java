package voxpop.terms;

import java.util.Arrays;

/**
 * Dense ids for character sequences without allocating a String per lookup: the characters of every
 * distinct entry live in one growing {@code char[]}, and an open-addressing table maps a hash to
 * candidate ids. Analysing millions of texts looks up every word; only new words cost memory. Not
 * thread-safe (one per analysing thread).
 */
final class CharDictionary {
  private char[] pool = new char[1 << 14];
  private int poolSize;
  private int[] start = new int[1 << 10];
  private int[] length = new int[1 << 10];
  private int[] hashes = new int[1 << 10];
  private int size;
  private int[] table = new int[1 << 11];
  private int mask = table.length - 1;

  /** The number of distinct entries. */
  int size() {
    return size;
  }

  /** The id of {@code s}, adding it when new; ids are dense, in order of first lookup. */
  int idOf(CharSequence s) {
    int n = s.length();
    int h = 0x811c9dc5;
    for (int i = 0; i < n; i++) {
      h = (h ^ s.charAt(i)) * 0x01000193;
    }
    h ^= h >>> 16;
    int slot = h & mask;
    while (true) {
      int v = table[slot];
      if (v == 0) {
        return add(s, h, slot);
      }
      int id = v - 1;
      if (hashes[id] == h && equal(id, s)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The entry with this id, as a String. */
  String term(int id) {
    return new String(pool, start[id], length[id]);
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

  private int add(CharSequence s, int h, int slot) {
    int n = s.length();
    if (poolSize + n > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + n));
    }
    for (int i = 0; i < n; i++) {
      pool[poolSize + i] = s.charAt(i);
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
