package voxpop.generate;

/**
 * Draws indices in proportion to fixed non-negative weights by binary search over the cumulative
 * sums. Immutable and thread-safe.
 */
public final class Weighted {
  private final double[] cumulative;

  public Weighted(double[] weights) {
    cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
        throw new IllegalArgumentException("weight " + i + " is not a finite non-negative number");
      }
      sum += weights[i];
      cumulative[i] = sum;
    }
    if (weights.length == 0 || sum <= 0) {
      throw new IllegalArgumentException("at least one weight must be positive");
    }
  }

  /** The index drawn by {@code rng}; indices with zero weight are never drawn. */
  public int draw(Rng rng) {
    double x = rng.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The share of index {@code i} in the total weight. */
  public double share(int i) {
    double prev = i == 0 ? 0 : cumulative[i - 1];
    return (cumulative[i] - prev) / cumulative[cumulative.length - 1];
  }

  public int size() {
    return cumulative.length;
  }
}
