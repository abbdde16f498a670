package voxpop.themes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import voxpop.model.Language;
import voxpop.terms.TermDocs;
import voxpop.terms.TermSource;
import voxpop.terms.Vocabulary;

/**
 * A linear embedding of bags of stems: a question's vector is the sum over its distinct known stems
 * of {@code tfWeight(count) * row(stem)}, scaled to unit length. LSA (term loadings times idf) and
 * averaged word vectors (SIF weights, first component removed) both take this form, which lets the
 * assignment of millions of questions work term by term against centroid tables instead of
 * materialising vectors. Immutable and thread-safe.
 */
public final class TermEmbedding implements DocEmbedding {
  private final String method;
  private final String[] stems;
  private final Map<String, Integer> featureOfStem;
  private final Vocabulary runVocabulary;
  private final int[] featureOfRunTerm;
  private final float[] table;
  private final int dimension;
  private final boolean sublinearTf;
  private final TermSource termSource;

  /**
   * @param method a name for provenance
   * @param stems the feature stems
   * @param runVocabulary the vocabulary of the run the features were learnt from
   * @param featureOfRunTerm the feature of each run vocabulary id, or -1
   * @param table {@code stems.length * dimension} values, row per feature, weights included
   * @param dimension the vector length
   * @param sublinearTf whether a stem repeated {@code n} times counts {@code 1 + ln n}
   * @param termSource the analysis that turns new texts into stems
   */
  TermEmbedding(
      String method,
      String[] stems,
      Vocabulary runVocabulary,
      int[] featureOfRunTerm,
      float[] table,
      int dimension,
      boolean sublinearTf,
      TermSource termSource) {
    this.method = method;
    this.stems = stems;
    this.runVocabulary = runVocabulary;
    this.featureOfRunTerm = featureOfRunTerm;
    this.table = table;
    this.dimension = dimension;
    this.sublinearTf = sublinearTf;
    this.termSource = termSource;
    this.featureOfStem = new HashMap<>(stems.length * 2);
    for (int i = 0; i < stems.length; i++) {
      featureOfStem.put(stems[i], i);
    }
  }

  @Override
  public int dimension() {
    return dimension;
  }

  /** The number of features (known stems). */
  public int features() {
    return stems.length;
  }

  /** The stem of a feature. */
  public String stem(int feature) {
    return stems[feature];
  }

  /** The table row of {@code feature} starts at {@code feature * dimension()} of this array. */
  float[] table() {
    return table;
  }

  /**
   * Writes the distinct known features of a run document and their term-frequency weights.
   *
   * @param feats receives feature ids; at least {@code terms.length(doc)} long
   * @param weights receives their weights; as long as {@code feats}
   * @return the number of distinct features
   */
  int features(TermDocs terms, int doc, int[] feats, float[] weights) {
    int n = 0;
    int from = terms.offset(doc);
    int to = from + terms.length(doc);
    int[] flat = terms.flatTerms();
    if (terms.vocabulary() == runVocabulary) {
      for (int k = from; k < to; k++) {
        int f = featureOfRunTerm[flat[k]];
        if (f >= 0) {
          feats[n++] = f;
        }
      }
    } else {
      Vocabulary v = terms.vocabulary();
      for (int k = from; k < to; k++) {
        Integer f = featureOfStem.get(v.term(flat[k]));
        if (f != null) {
          feats[n++] = f;
        }
      }
    }
    return collapse(feats, n, weights);
  }

  /** As {@link #features(TermDocs, int, int[], float[])} for a new text; arrays grow as needed. */
  int features(String text, Language language, int[][] feats, float[][] weights) {
    int[] n = {0};
    termSource.stems(
        text,
        language,
        stem -> {
          Integer f = featureOfStem.get(stem.toString());
          if (f != null) {
            if (n[0] == feats[0].length) {
              feats[0] = Arrays.copyOf(feats[0], n[0] * 2 + 8);
            }
            feats[0][n[0]++] = f;
          }
        });
    if (weights[0].length < n[0]) {
      weights[0] = new float[feats[0].length];
    }
    return collapse(feats[0], n[0], weights[0]);
  }

  private int collapse(int[] feats, int n, float[] weights) {
    if (n == 0) {
      return 0;
    }
    Arrays.sort(feats, 0, n);
    int m = 0;
    int run = 1;
    for (int i = 1; i <= n; i++) {
      if (i < n && feats[i] == feats[i - 1]) {
        run++;
        continue;
      }
      feats[m] = feats[i - 1];
      weights[m] = sublinearTf ? 1f + (float) Math.log(run) : run;
      m++;
      run = 1;
    }
    return m;
  }

  @Override
  public void embed(TermDocs terms, int doc, float[] out) {
    int len = terms.length(doc);
    int[] feats = new int[len];
    float[] weights = new float[len];
    int n = features(terms, doc, feats, weights);
    combine(feats, weights, n, out);
  }

  @Override
  public void embedText(String text, Language language, float[] out) {
    int[][] feats = {new int[16]};
    float[][] weights = {new float[16]};
    int n = features(text, language, feats, weights);
    combine(feats[0], weights[0], n, out);
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
    return method + " (" + stems.length + " stems x " + dimension + " dimensions)";
  }
}
