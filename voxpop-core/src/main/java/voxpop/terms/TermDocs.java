package voxpop.terms;

import java.util.Arrays;

/**
 * Documents as sequences of stem ids, stored flat (compressed-row form) so that millions of short
 * questions cost a few bytes per word. Immutable and thread-safe.
 */
public final class TermDocs {
  private final Vocabulary vocabulary;
  private final int[] offsets;
  private final int[] terms;

  TermDocs(Vocabulary vocabulary, int[] offsets, int[] terms) {
    this.vocabulary = vocabulary;
    this.offsets = offsets;
    this.terms = terms;
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The number of documents. */
  public int size() {
    return offsets.length - 1;
  }

  /** The number of stems in document {@code doc}. */
  public int length(int doc) {
    return offsets[doc + 1] - offsets[doc];
  }

  /** The stem id at {@code pos} of document {@code doc}. */
  public int term(int doc, int pos) {
    return terms[offsets[doc] + pos];
  }

  /** A copy of the stem ids of one document, in text order. */
  public int[] doc(int doc) {
    return Arrays.copyOfRange(terms, offsets[doc], offsets[doc + 1]);
  }

  /** The distinct stem ids of one document, ascending (its stem set). */
  public int[] stemSet(int doc) {
    int[] terms = doc(doc);
    Arrays.sort(terms);
    int k = 0;
    for (int i = 0; i < terms.length; i++) {
      if (i == 0 || terms[i] != terms[i - 1]) {
        terms[k++] = terms[i];
      }
    }
    return k == terms.length ? terms : Arrays.copyOf(terms, k);
  }

  /** The Jaccard similarity of two stem sets as {@link #stemSet} gives them (1 for two empty). */
  public static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 1.0 : (double) common / union;
  }

  /**
   * Whether {@code jaccard(a, b) >= threshold}, the same answer without always merging to the end:
   * the overlap needed is known from the lengths, so the merge stops as soon as it is reached or
   * can no longer be (most candidate pairs of a duplicate search are decided early, many by their
   * lengths alone).
   */
  public static boolean jaccardAtLeast(int[] a, int[] b, double threshold) {
    int la = a.length;
    int lb = b.length;
    if (la + lb == 0) {
      return 1.0 >= threshold;
    }
    int most = Math.min(la, lb);
    int need = leastCommon(la + lb, most, threshold);
    if (need > most) {
      return false;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (common < need) {
      if (common + Math.min(la - i, lb - j) < need) {
        return false;
      }
      int x = a[i];
      int y = b[j];
      if (x == y) {
        common++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return true;
  }

  /**
   * The least overlap {@code c} with {@code c / (total - c) >= threshold}, computed in the very
   * arithmetic of {@link #jaccard} so that both agree on every boundary case; {@code most + 1} when
   * even {@code most} falls short.
   */
  private static int leastCommon(int total, int most, double threshold) {
    int c = Math.max(0, (int) (threshold * total / (1 + threshold)) - 1);
    while (c <= most && (double) c / (total - c) < threshold) {
      c++;
    }
    return c;
  }

  /**
   * Where document {@code doc} starts in {@link #flatTerms()}; {@code offsets()[size()]} is the
   * end.
   */
  public int offset(int doc) {
    return offsets[doc];
  }

  /**
   * The backing array of all documents' stem ids, for tight loops; callers must not modify it. Use
   * with {@link #offset(int)}.
   */
  public int[] flatTerms() {
    return terms;
  }
}
