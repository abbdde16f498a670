package voxpop.themes;

/**
 * A sparse matrix in compressed-row form, as TF-IDF rows of sampled questions. Immutable after
 * construction; products run over fixed row chunks, so they are identical on any thread count.
 */
final class SparseRows {
  private static final int CHUNK = 1024;

  final int rows;
  final int cols;
  final int[] start;
  final int[] col;
  final float[] val;

  SparseRows(int rows, int cols, int[] start, int[] col, float[] val) {
    this.rows = rows;
    this.cols = cols;
    this.start = start;
    this.col = col;
    this.val = val;
  }

  /** The transpose, in compressed-row form (that is, this matrix by columns). */
  SparseRows transpose() {
    int nnz = start[rows];
    int[] tStart = new int[cols + 1];
    for (int k = 0; k < nnz; k++) {
      tStart[col[k] + 1]++;
    }
    for (int c = 0; c < cols; c++) {
      tStart[c + 1] += tStart[c];
    }
    int[] fill = java.util.Arrays.copyOf(tStart, cols);
    int[] tCol = new int[nnz];
    float[] tVal = new float[nnz];
    for (int r = 0; r < rows; r++) {
      for (int k = start[r]; k < start[r + 1]; k++) {
        int at = fill[col[k]]++;
        tCol[at] = r;
        tVal[at] = val[k];
      }
    }
    return new SparseRows(cols, rows, tStart, tCol, tVal);
  }

  /** {@code this * m}, where {@code m} is {@code cols x width}, row-major. */
  double[] times(double[] m, int width, Workers workers) {
    double[] out = new double[rows * width];
    workers.forChunks(
        rows,
        CHUNK,
        (c, from, to) -> {
          for (int r = from; r < to; r++) {
            int o = r * width;
            for (int k = start[r]; k < start[r + 1]; k++) {
              double v = val[k];
              int mo = col[k] * width;
              for (int j = 0; j < width; j++) {
                out[o + j] += v * m[mo + j];
              }
            }
          }
        });
    return out;
  }
}
