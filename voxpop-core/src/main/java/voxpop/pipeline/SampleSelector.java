package voxpop.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import voxpop.terms.TermDocs;

/**
 * Picks representative questions that are not near-copies of one another: candidates come most
 * asked first; one is skipped when it belongs to the near-duplicate group of a question already
 * picked or shares more than {@code maxJaccard} of its stems with one (greedy maximal marginal
 * relevance, Carbonell and Goldstein 1998, with a hard similarity cap). Stateless apart from its
 * inputs; thread-safe.
 */
final class SampleSelector {
  private static final int SCAN_FACTOR = 30;

  private final TermDocs terms;
  private final int[] groupOfDistinct;
  private final double maxJaccard;

  SampleSelector(TermDocs terms, int[] groupOfDistinct, double maxJaccard) {
    this.terms = terms;
    this.groupOfDistinct = groupOfDistinct;
    this.maxJaccard = maxJaccard;
  }

  /**
   * Up to {@code k} distinct texts from {@code candidates}, which must be sorted by priority
   * (people asking, descending).
   */
  int[] select(int[] candidates, int k) {
    List<Integer> picked = new ArrayList<>();
    List<int[]> pickedSets = new ArrayList<>();
    java.util.Set<Integer> groups = new java.util.HashSet<>();
    int scan = Math.min(candidates.length, Math.max(k, k * SCAN_FACTOR));
    for (int i = 0; i < scan && picked.size() < k; i++) {
      int d = candidates[i];
      if (groups.contains(groupOfDistinct[d])) {
        continue;
      }
      int[] set = terms.stemSet(d);
      boolean similar = false;
      for (int[] other : pickedSets) {
        if (TermDocs.jaccard(set, other) > maxJaccard) {
          similar = true;
          break;
        }
      }
      if (!similar) {
        picked.add(d);
        pickedSets.add(set);
        groups.add(groupOfDistinct[d]);
      }
    }
    return picked.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Sorts each bucket's members by people descending, then index: {@code members[b]} lists the
   * distinct texts of bucket {@code b}.
   */
  static int[][] byPeople(int[] bucketOf, int buckets, int[] people) {
    int[] sizes = new int[buckets];
    for (int b : bucketOf) {
      if (b >= 0) {
        sizes[b]++;
      }
    }
    long[][] keys = new long[buckets][];
    for (int b = 0; b < buckets; b++) {
      keys[b] = new long[sizes[b]];
    }
    int[] fill = new int[buckets];
    for (int d = 0; d < bucketOf.length; d++) {
      int b = bucketOf[d];
      if (b >= 0) {
        keys[b][fill[b]++] = ((long) (Integer.MAX_VALUE - people[d]) << 32) | d;
      }
    }
    int[][] out = new int[buckets][];
    for (int b = 0; b < buckets; b++) {
      Arrays.sort(keys[b]);
      out[b] = new int[keys[b].length];
      for (int i = 0; i < keys[b].length; i++) {
        out[b][i] = (int) keys[b][i];
      }
    }
    return out;
  }
}
