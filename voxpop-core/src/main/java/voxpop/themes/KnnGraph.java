package voxpop.themes;

import java.util.Arrays;

/**
 * Exact k-nearest neighbours by cosine (dot product of unit vectors), by blocked brute force. The
 * inner loop is written as {@code scores[j] += a * column[j]} over a transposed block of candidates
 * so that the JIT vectorises it; four queries share each loaded block. Every score is summed in
 * dimension order, so ties and results do not depend on the thread count. Cost: {@code n^2 d}
 * multiply-adds, which is why only the bounded fit sample goes through it.
 */
final class KnnGraph {
  private static final int BLOCK = 512;
  private static final int QUERY_CHUNK = 64;

  private KnnGraph() {}

  /** The neighbours of every row, best first; missing ones are -1. */
  record Neighbours(int k, int[] ids, float[] sims) {}

  static Neighbours build(Vectors x, int k, Workers workers) {
    int n = x.rows();
    int d = x.dimension();
    k = Math.max(0, Math.min(k, n - 1));
    int[] ids = new int[n * k];
    float[] sims = new float[n * k];
    Arrays.fill(ids, -1);
    if (k == 0) {
      return new Neighbours(0, ids, sims);
    }
    int blocks = Workers.chunks(n, BLOCK);
    float[][] transposed = new float[blocks][];
    for (int b = 0; b < blocks; b++) {
      int from = b * BLOCK;
      int size = Math.min(n, from + BLOCK) - from;
      float[] t = new float[d * BLOCK];
      for (int j = 0; j < size; j++) {
        int o = (from + j) * d;
        for (int c = 0; c < d; c++) {
          t[c * BLOCK + j] = x.data()[o + c];
        }
      }
      transposed[b] = t;
    }
    int kk = k;
    workers.forChunks(
        n,
        QUERY_CHUNK,
        (chunk, from, to) -> {
          float[][] scores = new float[4][BLOCK];
          TopK[] tops = new TopK[4];
          for (int q0 = from; q0 < to; q0 += 4) {
            int qn = Math.min(4, to - q0);
            for (int t = 0; t < qn; t++) {
              tops[t] = new TopK(kk);
            }
            for (int b = 0; b < blocks; b++) {
              int bFrom = b * BLOCK;
              int size = Math.min(n, bFrom + BLOCK) - bFrom;
              for (int t = 0; t < 4; t++) {
                Arrays.fill(scores[t], 0, size, 0f);
              }
              score4(x.data(), d, q0, qn, transposed[b], size, scores);
              for (int t = 0; t < qn; t++) {
                float[] s = scores[t];
                TopK top = tops[t];
                int self = q0 + t;
                for (int j = 0; j < size; j++) {
                  if (s[j] > top.min && bFrom + j != self) {
                    top.offer(bFrom + j, s[j]);
                  }
                }
              }
            }
            for (int t = 0; t < qn; t++) {
              tops[t].writeSorted(ids, sims, (q0 + t) * kk);
            }
          }
        });
    return new Neighbours(k, ids, sims);
  }

  private static void score4(
      float[] x, int d, int q0, int qn, float[] block, int size, float[][] scores) {
    float[] s0 = scores[0];
    float[] s1 = scores[1];
    float[] s2 = scores[2];
    float[] s3 = scores[3];
    int o0 = q0 * d;
    int o1 = qn > 1 ? o0 + d : o0;
    int o2 = qn > 2 ? o0 + 2 * d : o0;
    int o3 = qn > 3 ? o0 + 3 * d : o0;
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

  /** The k best (id, score) pairs seen so far; ties keep the earlier id. */
  private static final class TopK {
    final int[] ids;
    final float[] scores;
    int size;
    float min = Float.NEGATIVE_INFINITY;
    int minAt;

    TopK(int k) {
      ids = new int[k];
      scores = new float[k];
    }

    void offer(int id, float score) {
      if (size < ids.length) {
        ids[size] = id;
        scores[size++] = score;
        if (size == ids.length) {
          findMin();
        }
        return;
      }
      ids[minAt] = id;
      scores[minAt] = score;
      findMin();
    }

    private void findMin() {
      minAt = 0;
      for (int i = 1; i < size; i++) {
        if (scores[i] < scores[minAt] || (scores[i] == scores[minAt] && ids[i] > ids[minAt])) {
          minAt = i;
        }
      }
      min = scores[minAt];
    }

    void writeSorted(int[] outIds, float[] outSims, int at) {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(
          order,
          (a, b) -> {
            int c = Float.compare(scores[b], scores[a]);
            return c != 0 ? c : Integer.compare(ids[a], ids[b]);
          });
      for (int i = 0; i < size; i++) {
        outIds[at + i] = ids[order[i]];
        outSims[at + i] = scores[order[i]];
      }
    }
  }
}
