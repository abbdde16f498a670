package voxpop.util;

import java.util.Arrays;

/**
 * An open-addressing map from {@code long} keys to {@code int} values, for counting and indexing
 * millions of 64-bit hashes without boxing. Not thread-safe.
 */
public final class LongIntMap {
  private static final long EMPTY = 0L;

  private long[] keys;
  private int[] values;
  private boolean hasZero;
  private int zeroValue;
  private int size;
  private int mask;

  /** A map sized for about {@code expected} keys. */
  public LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, (int) Math.min(1 << 30, expected * 2L)) - 1) << 1;
    keys = new long[cap];
    values = new int[cap];
    mask = cap - 1;
  }

  public int size() {
    return size;
  }

  /** The value of {@code key}, or {@code missing} when absent. */
  public int get(long key, int missing) {
    if (key == EMPTY) {
      return hasZero ? zeroValue : missing;
    }
    int i = slot(key);
    while (true) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == EMPTY) {
        return missing;
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Returns the value of {@code key} if present; otherwise stores {@code value} and returns it.
   * Useful for assigning dense ids in first-seen order.
   */
  public int putIfAbsent(long key, int value) {
    if (key == EMPTY) {
      if (!hasZero) {
        hasZero = true;
        zeroValue = value;
        size++;
      }
      return zeroValue;
    }
    int i = slot(key);
    while (true) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == EMPTY) {
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
          grow();
        }
        return value;
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Adds {@code delta} to the value of {@code key} (absent keys count as 0); returns the new value.
   */
  public int add(long key, int delta) {
    int current = get(key, 0);
    put(key, current + delta);
    return current + delta;
  }

  /** Stores {@code value} for {@code key}. */
  public void put(long key, int value) {
    if (key == EMPTY) {
      if (!hasZero) {
        size++;
      }
      hasZero = true;
      zeroValue = value;
      return;
    }
    int i = slot(key);
    while (true) {
      long k = keys[i];
      if (k == key) {
        values[i] = value;
        return;
      }
      if (k == EMPTY) {
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
          grow();
        }
        return;
      }
      i = (i + 1) & mask;
    }
  }

  private int slot(long key) {
    return (int) (mix(key) & mask);
  }

  /** A strong 64-bit finaliser (from the SplitMix64 generator), so clustered keys spread evenly. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    int zero = hasZero ? 1 : 0;
    size = zero;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int j = slot(oldKeys[i]);
        while (keys[j] != EMPTY) {
          j = (j + 1) & mask;
        }
        keys[j] = oldKeys[i];
        values[j] = oldValues[i];
        size++;
      }
    }
  }

  @Override
  public String toString() {
    return "LongIntMap[size=" + size + ", capacity=" + keys.length + "]";
  }

  /** Clears the map, keeping its capacity. */
  public void clear() {
    Arrays.fill(keys, EMPTY);
    hasZero = false;
    size = 0;
  }
}
