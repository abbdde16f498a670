package voxpop.dedup;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import voxpop.terms.TermDocs;
import voxpop.util.Hashing;
import voxpop.util.LongIntMap;
import voxpop.util.Parallel;

/**
 * Groups distinct texts whose stem sets overlap strongly (Jaccard ≥ a threshold), so that "когда
 * проиндексируют пенсии" and "пенсии когда проиндексируют?" or a copy with one word changed count
 * as one question asked by many people.
 *
 * <p>Candidates come from MinHash locality-sensitive hashing (Broder 1997; Leskovec, Rajaraman and
 * Ullman, <i>Mining of Massive Datasets</i>, ch. 3): b bands of r min-hashes; texts sharing a
 * band's values are candidates and are confirmed with the exact Jaccard of their stem sets against
 * the first text seen in that bucket. Texts with fewer than three distinct stems are grouped only
 * when their stem sets are equal. Deterministic: buckets are filled in text order.
 */
public final class NearDuplicateGrouper {
  private static final int CHUNK = 16_384;
  private static final int MIN_STEMS_FOR_LSH = 3;

  /** Bucket tables per band, filled in parallel; a constant, so results do not follow threads. */
  private static final int PARTS = 4;

  private final double threshold;
  private final int bands;
  private final int rows;

  public NearDuplicateGrouper(double threshold, int bands, int rows) {
    this.threshold = threshold;
    this.bands = bands;
    this.rows = rows;
  }

  /** The group of each document of {@code docs}, dense ids in order of first member. */
  public int[] group(TermDocs docs, ExecutorService pool) {
    int n = docs.size();
    int[][] sets = new int[n][];
    Parallel.forChunks(
        pool,
        n,
        CHUNK,
        (chunk, from, to) -> {
          for (int d = from; d < to; d++) {
            sets[d] = docs.stemSet(d);
          }
        });
    UnionFind uf = new UnionFind(n);
    LongIntMap exact = new LongIntMap(n);
    for (int d = 0; d < n; d++) {
      int[] set = sets[d];
      if (set.length > 0) {
        int first = exact.putIfAbsent(Hashing.hash64(set, 0, set.length), d);
        if (first != d && Arrays.equals(sets[first], set)) {
          uf.union(first, d);
        }
      }
    }
    // Band by band, so only one signature column lives at a time. Texts of one template collide in
    // band after band with the same first text of the bucket; a pair found below the threshold once
    // is not measured again, nor a pair an earlier band joined. Within a band the buckets are split
    // by signature into PARTS tables filled in parallel, each in text order, so each text meets the
    // same first text of its bucket as in one table; the pairs that pass are joined after the band.
    // The groups are the components of those pairs, whatever their order: the same on any thread
    // count.
    long[] signature = new long[n];
    int[] rejected = new int[n];
    Arrays.fill(rejected, -1);
    LongIntMap[] tables = new LongIntMap[PARTS];
    int[][] joined = new int[PARTS][];
    int[] joinedCount = new int[PARTS];
    for (int b = 0; b < bands; b++) {
      int band = b;
      Parallel.forChunks(
          pool,
          n,
          CHUNK,
          (chunk, from, to) -> {
            for (int d = from; d < to; d++) {
              signature[d] = sets[d].length < MIN_STEMS_FOR_LSH ? 0 : sign(sets[d], band);
            }
          });
      Parallel.forChunks(
          pool,
          PARTS,
          1,
          (part, from, to) -> {
            if (tables[part] == null) {
              tables[part] = new LongIntMap(n / PARTS + 1);
              joined[part] = new int[64];
            }
            LongIntMap buckets = tables[part];
            buckets.clear();
            int[] pairs = joined[part];
            int count = 0;
            for (int d = 0; d < n; d++) {
              long sig = signature[d];
              if (sig == 0 || part(sig) != part) {
                continue;
              }
              int other = buckets.putIfAbsent(sig, d);
              if (other == d || rejected[d] == other || uf.root(other) == uf.root(d)) {
                continue;
              }
              if (TermDocs.jaccardAtLeast(sets[other], sets[d], threshold)) {
                if (count + 2 > pairs.length) {
                  pairs = Arrays.copyOf(pairs, pairs.length * 2);
                }
                pairs[count++] = other;
                pairs[count++] = d;
              } else {
                rejected[d] = other;
              }
            }
            joined[part] = pairs;
            joinedCount[part] = count;
          });
      for (int part = 0; part < PARTS; part++) {
        for (int k = 0; k < joinedCount[part]; k += 2) {
          uf.union(joined[part][k], joined[part][k + 1]);
        }
      }
    }
    int[] group = new int[n];
    int[] idOfRoot = new int[n];
    Arrays.fill(idOfRoot, -1);
    int next = 0;
    for (int d = 0; d < n; d++) {
      int root = uf.find(d);
      if (idOfRoot[root] < 0) {
        idOfRoot[root] = next++;
      }
      group[d] = idOfRoot[root];
    }
    return group;
  }

  /** The table of a signature: its high bits, which the mixing spreads evenly. */
  private static int part(long signature) {
    return (int) ((signature >>> 40) % PARTS);
  }

  /** The min-hash signature of one band of a stem set (never 0). */
  private long sign(int[] set, int b) {
    long band = 0x9e3779b97f4a7c15L * (b + 1);
    for (int r = 0; r < rows; r++) {
      long seed = LongIntMap.mix((long) b * rows + r + 1);
      long min = Long.MAX_VALUE;
      for (int term : set) {
        long h = LongIntMap.mix(term ^ seed);
        if (h < min) {
          min = h;
        }
      }
      band = LongIntMap.mix(band ^ min);
    }
    return band == 0 ? 1 : band;
  }

  /** Jaccard similarity of two sorted sets of ids. */
  static double jaccard(int[] a, int[] b) {
    return TermDocs.jaccard(a, b);
  }
}
