package voxpop.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * k nearest neighbours by cosine (dot product of unit vectors), among sparse term rows ({@link
 * #sparse}, exact) or dense vectors ({@link #build}). For dense vectors, up to {@link #EXACT_LIMIT}
 * rows the search is exact, by blocked brute force ({@link DotKernel}). Above it, an inverted-file
 * index (Jégou, Douze and Schmid, "Product quantization for nearest neighbor search", TPAMI 2011,
 * section IV, without the quantisation): the rows are cut into about {@code sqrt(n)} spherical
 * k-means cells (seeded with random rows, four Lloyd iterations), and the rows of each cell search
 * the 8% of cells nearest to it, which cuts the {@code n^2 d} cost by the share of cells probed
 * while keeping nearly all true neighbours (the graph only needs most of them). Results are
 * identical on any thread count.
 */
final class KnnGraph {
  static final int EXACT_LIMIT = 6000;
  private static final double PROBE_SHARE = 0.08;
  private static final int CELL_ITERATIONS = 4;
  private static final int MIN_PROBES = 8;

  private KnnGraph() {}

  /** The neighbours of every row, best first; missing ones are -1. */
  record Neighbours(int k, int[] ids, float[] sims) {
    /** The first {@code m} neighbours of each row (the nearest: lists are sorted). */
    Neighbours first(int m) {
      if (m >= k) {
        return this;
      }
      int n = k == 0 ? 0 : ids.length / k;
      int[] i2 = new int[n * m];
      float[] s2 = new float[n * m];
      for (int i = 0; i < n; i++) {
        System.arraycopy(ids, i * k, i2, i * m, m);
        System.arraycopy(sims, i * k, s2, i * m, m);
      }
      return new Neighbours(m, i2, s2);
    }
  }

  static Neighbours build(Vectors x, int k, Workers workers, SplittableRandom random) {
    int n = x.rows();
    k = Math.max(0, Math.min(k, n - 1));
    int[] ids = new int[n * k];
    float[] sims = new float[n * k];
    Arrays.fill(ids, -1);
    if (k == 0) {
      return new Neighbours(0, ids, sims);
    }
    int[] all = Leiden.identity(n);
    if (n <= EXACT_LIMIT) {
      int kk = k;
      workers.forChunks(n, 64, (c, from, to) -> search(x, all, from, to, all, n, kk, ids, sims));
      return new Neighbours(k, ids, sims);
    }
    int cells = (int) Math.ceil(Math.sqrt(n));
    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    int[] cellOf = SphericalKMeans.fromRandomRows(x, cells, CELL_ITERATIONS, random, workers);
    float[] centroids = SphericalKMeans.centroids(x, cellOf, cells);
    List<int[]> members = members(cellOf, cells);
    int probes = Math.min(cells, Math.max(MIN_PROBES, (int) Math.ceil(PROBE_SHARE * cells)));
    int kk = k;
    workers.forChunks(
        cells,
        1,
        (c, from, to) -> {
          int[] queries = members.get(from);
          if (queries.length == 0) {
            return;
          }
          int[] near = nearestCells(centroids, x.dimension(), from, cells, probes);
          int total = 0;
          for (int cell : near) {
            total += members.get(cell).length;
          }
          int[] candidates = new int[total];
          int at = 0;
          for (int cell : near) {
            int[] m = members.get(cell);
            System.arraycopy(m, 0, candidates, at, m.length);
            at += m.length;
          }
          search(x, queries, 0, queries.length, candidates, total, kk, ids, sims);
        });
    return new Neighbours(k, ids, sims);
  }

  private static List<int[]> members(int[] cellOf, int cells) {
    int[] size = new int[cells];
    for (int c : cellOf) {
      size[c]++;
    }
    List<int[]> out = new ArrayList<>(cells);
    for (int c = 0; c < cells; c++) {
      out.add(new int[size[c]]);
    }
    int[] fill = new int[cells];
    for (int i = 0; i < cellOf.length; i++) {
      out.get(cellOf[i])[fill[cellOf[i]]++] = i;
    }
    return out;
  }

  /** The {@code probes} cells whose centroids are nearest to cell {@code home}'s, home first. */
  private static int[] nearestCells(float[] centroids, int d, int home, int cells, int probes) {
    long[] keyed = new long[cells];
    for (int c = 0; c < cells; c++) {
      float s = c == home ? 2f : VectorMath.dot(centroids, home * d, centroids, c * d, d);
      // larger similarity first: flip the sortable bits of the float
      int bits = Float.floatToIntBits(s);
      bits = bits >= 0 ? bits : bits ^ 0x7FFFFFFF;
      keyed[c] = ((long) ~bits << 32) | c;
    }
    Arrays.sort(keyed);
    int[] out = new int[probes];
    for (int i = 0; i < probes; i++) {
      out[i] = (int) keyed[i];
    }
    return out;
  }

  /** Neighbours of {@code queries[from, to)} among {@code candidates[0, m)}. */
  private static void search(
      Vectors x,
      int[] queries,
      int from,
      int to,
      int[] candidates,
      int m,
      int k,
      int[] ids,
      float[] sims) {
    int d = x.dimension();
    float[][] scores = DotKernel.scratch();
    int blocks = Workers.chunks(m, DotKernel.BLOCK);
    float[][] transposed = new float[blocks][d * DotKernel.BLOCK];
    for (int b = 0; b < blocks; b++) {
      int start = b * DotKernel.BLOCK;
      DotKernel.transpose(
          x.data(), d, candidates, start, Math.min(m, start + DotKernel.BLOCK), transposed[b]);
    }
    TopK[] tops = new TopK[4];
    for (int q0 = from; q0 < to; q0 += 4) {
      int qn = Math.min(4, to - q0);
      for (int t = 0; t < qn; t++) {
        tops[t] = new TopK(k);
      }
      for (int bi = 0; bi < blocks; bi++) {
        int b = bi * DotKernel.BLOCK;
        int size = Math.min(m, b + DotKernel.BLOCK) - b;
        DotKernel.score(x.data(), d, queries, q0, qn, transposed[bi], size, scores);
        for (int t = 0; t < qn; t++) {
          float[] s = scores[t];
          TopK top = tops[t];
          int self = queries[q0 + t];
          for (int j = 0; j < size; j++) {
            if (s[j] > top.min && candidates[b + j] != self) {
              top.offer(candidates[b + j], s[j]);
            }
          }
        }
      }
      for (int t = 0; t < qn; t++) {
        tops[t].writeSorted(ids, sims, queries[q0 + t] * k);
      }
    }
  }

  /**
   * Exact k nearest neighbours by the cosine of unit-length sparse rows (TF-IDF rows of the
   * sample): each row adds up its products with the rows that share one of its features, read from
   * the transpose (an inverted index), so the work is the sum over features of their row counts
   * squared rather than {@code n^2}. Rows that share no feature are never neighbours, and a row
   * without features has none. Results are identical on any thread count.
   */
  static Neighbours sparse(SparseRows x, int k, Workers workers) {
    int n = x.rows;
    k = Math.max(0, Math.min(k, n - 1));
    int[] ids = new int[n * k];
    float[] sims = new float[n * k];
    Arrays.fill(ids, -1);
    if (k == 0) {
      return new Neighbours(0, ids, sims);
    }
    SparseRows byFeature = x.transpose();
    int kk = k;
    workers.forChunks(
        n,
        256,
        (c, from, to) -> {
          float[] dot = new float[n];
          int[] seenBy = new int[n];
          int[] touched = new int[n];
          for (int i = from; i < to; i++) {
            int m = 0;
            for (int e = x.start[i]; e < x.start[i + 1]; e++) {
              int f = x.col[e];
              float w = x.val[e];
              for (int p = byFeature.start[f]; p < byFeature.start[f + 1]; p++) {
                int j = byFeature.col[p];
                if (seenBy[j] != i + 1) {
                  seenBy[j] = i + 1;
                  dot[j] = 0;
                  touched[m++] = j;
                }
                dot[j] += w * byFeature.val[p];
              }
            }
            TopK top = new TopK(kk);
            for (int q = 0; q < m; q++) {
              int j = touched[q];
              if (j != i && dot[j] > top.min) {
                top.offer(j, dot[j]);
              }
            }
            top.writeSorted(ids, sims, i * kk);
          }
        });
    return new Neighbours(k, ids, sims);
  }

  /**
   * The k best (id, score) pairs seen so far, as a binary min-heap on (score, -id) so that an offer
   * costs O(log k); ties keep the smaller id.
   */
  private static final class TopK {
    final int[] ids;
    final float[] scores;
    int size;
    float min = Float.NEGATIVE_INFINITY;

    TopK(int k) {
      ids = new int[k];
      scores = new float[k];
    }

    /** Whether (a) ranks below (b): lower score, or equal score and larger id. */
    private boolean below(int a, int b) {
      return scores[a] < scores[b] || (scores[a] == scores[b] && ids[a] > ids[b]);
    }

    void offer(int id, float score) {
      if (size < ids.length) {
        int i = size++;
        ids[i] = id;
        scores[i] = score;
        while (i > 0) {
          int parent = (i - 1) / 2;
          if (!below(i, parent)) {
            break;
          }
          swap(i, parent);
          i = parent;
        }
      } else {
        if (score == scores[0] && id > ids[0]) {
          return;
        }
        ids[0] = id;
        scores[0] = score;
        int i = 0;
        while (true) {
          int l = 2 * i + 1;
          int r = l + 1;
          int m = i;
          if (l < size && below(l, m)) {
            m = l;
          }
          if (r < size && below(r, m)) {
            m = r;
          }
          if (m == i) {
            break;
          }
          swap(i, m);
          i = m;
        }
      }
      if (size == ids.length) {
        min = scores[0];
      }
    }

    private void swap(int a, int b) {
      int ti = ids[a];
      ids[a] = ids[b];
      ids[b] = ti;
      float ts = scores[a];
      scores[a] = scores[b];
      scores[b] = ts;
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
