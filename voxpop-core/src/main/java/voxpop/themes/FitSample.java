package voxpop.themes;

import java.util.Arrays;
import java.util.SplittableRandom;
import voxpop.terms.TermDocs;

/**
 * Draws the bounded sample of distinct questions that the themes are fitted on: weighted sampling
 * without replacement, a question asked by more people being more likely drawn (Efraimidis and
 * Spirakis, "Weighted random sampling with a reservoir", IPL 97, 2006). Questions without a single
 * stem are never drawn. Stateless.
 */
final class FitSample {
  private FitSample() {}

  /** Up to {@code size} document indexes, ascending. */
  static int[] draw(TermDocs terms, int[] weights, int size, SplittableRandom random) {
    int n = terms.size();
    int eligible = 0;
    for (int d = 0; d < n; d++) {
      if (terms.length(d) > 0) {
        eligible++;
      }
    }
    if (eligible <= size) {
      int[] all = new int[eligible];
      int at = 0;
      for (int d = 0; d < n; d++) {
        if (terms.length(d) > 0) {
          all[at++] = d;
        }
      }
      return all;
    }
    // key = ln(u) / w; the largest keys win. Stored as (key bits, doc) pairs sorted once.
    long[] keyed = new long[eligible];
    int at = 0;
    for (int d = 0; d < n; d++) {
      double u = random.nextDouble();
      if (terms.length(d) == 0) {
        continue;
      }
      double key = Math.log(Math.max(u, Double.MIN_VALUE)) / Math.max(1, weights[d]);
      // key <= 0: order by -key ascending; float bits of a non-negative float sort as ints.
      int bits = Float.floatToIntBits((float) -key);
      keyed[at++] = ((long) bits << 32) | d;
    }
    Arrays.sort(keyed);
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      out[i] = (int) keyed[i];
    }
    Arrays.sort(out);
    return out;
  }
}
