package voxpop.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of one population (all appeals, or the questions of one theme) by every {@link Dimensions}
 * dimension. Not thread-safe; merge per-thread counts with {@link #add(Counts)}.
 */
public final class Counts {
  private final Dimensions dims;
  private final long[][] counts;

  Counts(Dimensions dims) {
    this.dims = dims;
    counts = new long[Dimensions.COUNT][];
    for (int d = 0; d < Dimensions.COUNT; d++) {
      counts[d] = new long[dims.cardinality(d)];
    }
  }

  /** Counts one item of appeal {@code appeal}. */
  public void count(int appeal) {
    for (int d = 0; d < Dimensions.COUNT; d++) {
      counts[d][dims.value(d, appeal)]++;
    }
  }

  /** Adds another counter's counts to this one. */
  public void add(Counts other) {
    for (int d = 0; d < Dimensions.COUNT; d++) {
      for (int v = 0; v < counts[d].length; v++) {
        counts[d][v] += other.counts[d][v];
      }
    }
  }

  /** The count of value {@code value} of dimension {@code dim}. */
  public long get(int dim, int value) {
    return counts[dim][value];
  }

  /**
   * The counts of one dimension as an ordered map label → count: in the dimension's own order
   * (channels, days, age groups and genders as declared; zero counts kept so tables line up), or,
   * for regions, by count descending then name, without zeros.
   */
  public Map<String, Long> asMap(int dim) {
    Map<String, Long> out = new LinkedHashMap<>();
    if (dim == Dimensions.REGION) {
      List<Integer> order = new ArrayList<>();
      for (int v = 0; v < counts[dim].length; v++) {
        if (counts[dim][v] > 0) {
          order.add(v);
        }
      }
      order.sort(
          Comparator.<Integer>comparingLong(v -> -counts[dim][v])
              .thenComparing(v -> dims.label(dim, v)));
      for (int v : order) {
        out.put(dims.label(dim, v), counts[dim][v]);
      }
      return out;
    }
    for (int v = 0; v < counts[dim].length; v++) {
      out.put(dims.label(dim, v), counts[dim][v]);
    }
    return out;
  }
}
