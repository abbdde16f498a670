package voxpop.terms;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The stems of a run, with ids in lexicographic order of the stem (so ids do not depend on thread
 * count or input order) and their document frequencies. Immutable and thread-safe.
 */
public final class Vocabulary {
  private final String[] terms;
  private final int[] df;
  private final Map<String, Integer> ids;

  Vocabulary(String[] sortedTerms, int[] df) {
    this.terms = sortedTerms;
    this.df = df;
    this.ids = new HashMap<>(sortedTerms.length * 2);
    for (int i = 0; i < sortedTerms.length; i++) {
      ids.put(sortedTerms[i], i);
    }
  }

  /** The number of distinct stems. */
  public int size() {
    return terms.length;
  }

  /** The stem with this id. */
  public String term(int id) {
    return terms[id];
  }

  /** The id of a stem, or -1 when the run never saw it. */
  public int id(String term) {
    Integer id = ids.get(term);
    return id == null ? -1 : id;
  }

  /** How many documents contain the stem at least once. */
  public int df(int id) {
    return df[id];
  }

  /** A copy of all document frequencies, indexed by id. */
  public int[] documentFrequencies() {
    return Arrays.copyOf(df, df.length);
  }
}
