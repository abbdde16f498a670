package voxpop.eval;

import java.util.Arrays;

/**
 * The contingency table of two labelings of the same items — true classes (rows) against predicted
 * clusters (columns) — kept sparse: only the non-zero cells, with the row and column sums. Built by
 * sorting one 64-bit key per item, so its memory is linear in the items, whatever the number of
 * classes and clusters. Immutable and thread-safe.
 */
public final class Contingency {
  private final int n;
  private final long[] rowSums;
  private final long[] colSums;
  private final int[] cellRow;
  private final int[] cellCol;
  private final long[] cellCount;

  private Contingency(
      int n, long[] rowSums, long[] colSums, int[] cellRow, int[] cellCol, long[] cellCount) {
    this.n = n;
    this.rowSums = rowSums;
    this.colSums = colSums;
    this.cellRow = cellRow;
    this.cellCol = cellCol;
    this.cellCount = cellCount;
  }

  /**
   * The table of {@code classes[i]} against {@code clusters[i]}: dense ids from 0.
   *
   * @throws IllegalArgumentException when the arrays differ in length or hold a negative id
   */
  public static Contingency of(int[] classes, int[] clusters) {
    if (classes.length != clusters.length) {
      throw new IllegalArgumentException(
          "the labelings differ in length: " + classes.length + " and " + clusters.length);
    }
    int rows = 0;
    int cols = 0;
    for (int i = 0; i < classes.length; i++) {
      if (classes[i] < 0 || clusters[i] < 0) {
        throw new IllegalArgumentException("negative label id at item " + i);
      }
      rows = Math.max(rows, classes[i] + 1);
      cols = Math.max(cols, clusters[i] + 1);
    }
    long[] keys = new long[classes.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = ((long) classes[i] << 32) | clusters[i];
    }
    Arrays.sort(keys);
    int cells = 0;
    for (int i = 0; i < keys.length; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        cells++;
      }
    }
    int[] cellRow = new int[cells];
    int[] cellCol = new int[cells];
    long[] cellCount = new long[cells];
    long[] rowSums = new long[rows];
    long[] colSums = new long[cols];
    int c = -1;
    for (int i = 0; i < keys.length; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        c++;
        cellRow[c] = (int) (keys[i] >>> 32);
        cellCol[c] = (int) keys[i];
      }
      cellCount[c]++;
      rowSums[cellRow[c]]++;
      colSums[cellCol[c]]++;
    }
    return new Contingency(keys.length, rowSums, colSums, cellRow, cellCol, cellCount);
  }

  /** The number of items. */
  public int n() {
    return n;
  }

  /** The number of classes that occur (rows with a non-zero sum). */
  public int classes() {
    return nonZero(rowSums);
  }

  /** The number of clusters that occur (columns with a non-zero sum). */
  public int clusters() {
    return nonZero(colSums);
  }

  int rows() {
    return rowSums.length;
  }

  int cols() {
    return colSums.length;
  }

  long rowSum(int r) {
    return rowSums[r];
  }

  long colSum(int c) {
    return colSums[c];
  }

  int cells() {
    return cellCount.length;
  }

  int cellRow(int k) {
    return cellRow[k];
  }

  int cellCol(int k) {
    return cellCol[k];
  }

  long cellCount(int k) {
    return cellCount[k];
  }

  private static int nonZero(long[] sums) {
    int k = 0;
    for (long s : sums) {
      if (s > 0) {
        k++;
      }
    }
    return k;
  }
}
