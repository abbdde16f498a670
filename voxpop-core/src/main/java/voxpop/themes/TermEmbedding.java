package voxpop.themes;

import java.util.Arrays;
import voxpop.terms.TermDocs;

/**
 * A linear embedding of TF-IDF rows: a question's vector is {@code sum_f w_f * row(f)} over its
 * {@link StemFeatures} row, scaled to unit length. LSA (term loadings) and averaged word vectors
 * (SIF weights, first component removed) both take this form. Immutable and thread-safe.
 */
public final class TermEmbedding implements DocEmbedding {
  private final String method;
  private final StemFeatures features;
  private final float[] table;
  private final int dimension;

  /**
   * @param table {@code features.count() * dimension} values, one row per feature
   */
  TermEmbedding(String method, StemFeatures features, float[] table, int dimension) {
    this.method = method;
    this.features = features;
    this.table = table;
    this.dimension = dimension;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  /** The stems this embedding knows. */
  public StemFeatures features() {
    return features;
  }

  @Override
  public void embed(ThemeInput input, int doc, float[] out) {
    TermDocs terms = input.terms();
    int len = terms.length(doc);
    int[] feats = new int[len];
    float[] weights = new float[len];
    int n = features.row(terms, doc, feats, weights);
    combine(feats, weights, n, out);
  }

  /** Sums the weighted rows of {@code n} features into {@code out} and scales it to unit length. */
  void combine(int[] feats, float[] weights, int n, float[] out) {
    Arrays.fill(out, 0, dimension, 0f);
    for (int i = 0; i < n; i++) {
      float w = weights[i];
      int o = feats[i] * dimension;
      for (int k = 0; k < dimension; k++) {
        out[k] += w * table[o + k];
      }
    }
    VectorMath.normalize(out, 0, dimension);
  }

  @Override
  public String describe() {
    return method + " (" + features.count() + " stems x " + dimension + " dimensions)";
  }
}
