package voxpop.themes;

/**
 * Dot products of a few query vectors against a block of candidate vectors, written as {@code
 * scores[j] += a * column[j]} over a transposed block so that the JIT vectorises the inner loop;
 * four queries share each loaded column. Every score is summed in dimension order, so results do
 * not depend on how the work is split. Stateless.
 */
final class DotKernel {
  /** Candidates per transposed block. */
  static final int BLOCK = 512;

  private DotKernel() {}

  /**
   * Copies rows {@code ids[from, to)} of {@code x} ({@code d} wide) into {@code out} as a {@code d
   * x BLOCK} column block.
   */
  static void transpose(float[] x, int d, int[] ids, int from, int to, float[] out) {
    for (int j = 0; j < to - from; j++) {
      int o = ids[from + j] * d;
      for (int c = 0; c < d; c++) {
        out[c * BLOCK + j] = x[o + c];
      }
    }
  }

  /**
   * {@code scores[t][j] = x[queries[q0 + t]] . candidate j} for {@code t < qn <= 4} and {@code j <
   * size}.
   */
  static void score(
      float[] x, int d, int[] queries, int q0, int qn, float[] block, int size, float[][] scores) {
    float[] s0 = scores[0];
    float[] s1 = scores[1];
    float[] s2 = scores[2];
    float[] s3 = scores[3];
    java.util.Arrays.fill(s0, 0, size, 0f);
    java.util.Arrays.fill(s1, 0, size, 0f);
    java.util.Arrays.fill(s2, 0, size, 0f);
    java.util.Arrays.fill(s3, 0, size, 0f);
    int o0 = queries[q0] * d;
    int o1 = qn > 1 ? queries[q0 + 1] * d : o0;
    int o2 = qn > 2 ? queries[q0 + 2] * d : o0;
    int o3 = qn > 3 ? queries[q0 + 3] * d : o0;
    for (int c = 0; c < d; c++) {
      float a0 = x[o0 + c];
      float a1 = x[o1 + c];
      float a2 = x[o2 + c];
      float a3 = x[o3 + c];
      int bo = c * BLOCK;
      for (int j = 0; j < size; j++) {
        float v = block[bo + j];
        s0[j] += a0 * v;
        s1[j] += a1 * v;
        s2[j] += a2 * v;
        s3[j] += a3 * v;
      }
    }
  }

  /** Four score rows of {@link #BLOCK} entries. */
  static float[][] scratch() {
    return new float[4][BLOCK];
  }
}
