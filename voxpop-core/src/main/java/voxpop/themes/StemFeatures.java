package voxpop.themes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import voxpop.model.Language;
import voxpop.terms.TermDocs;
import voxpop.terms.TermSource;
import voxpop.terms.Vocabulary;

/**
 * The stems that carry themes, learnt from the fit sample: those in at least {@code minDf} sampled
 * questions and in at most {@code maxDfShare} of them. A question becomes a sparse row of its
 * distinct features weighted {@code (1 + ln tf) * idf}, scaled to unit length (sublinear TF-IDF,
 * smoothed idf as scikit-learn's default). Works for the run's {@code TermDocs} by id and for new
 * texts by stem. Immutable and thread-safe.
 */
public final class StemFeatures {
  private final String[] stems;
  private final float[] idf;
  private final Vocabulary runVocabulary;
  private final int[] featureOfRunTerm;
  private final Map<String, Integer> featureOfStem;
  private final TermSource termSource;

  private StemFeatures(StemFeatures from, float[] idf) {
    this.stems = from.stems;
    this.idf = idf;
    this.runVocabulary = from.runVocabulary;
    this.featureOfRunTerm = from.featureOfRunTerm;
    this.termSource = from.termSource;
    this.featureOfStem = from.featureOfStem;
  }

  /** The same features with each idf multiplied by {@code factor[f]}. */
  StemFeatures reweighted(float[] factor) {
    if (factor.length != idf.length) {
      throw new IllegalArgumentException(
          factor.length + " factors for " + idf.length + " features");
    }
    float[] w = idf.clone();
    for (int f = 0; f < w.length; f++) {
      w[f] *= factor[f];
    }
    return new StemFeatures(this, w);
  }

  private StemFeatures(
      String[] stems,
      float[] idf,
      Vocabulary runVocabulary,
      int[] featureOfRunTerm,
      Map<String, Integer> aliases,
      TermSource termSource) {
    this.stems = stems;
    this.idf = idf;
    this.runVocabulary = runVocabulary;
    this.featureOfRunTerm = featureOfRunTerm;
    this.termSource = termSource;
    this.featureOfStem = new HashMap<>((stems.length + aliases.size()) * 2);
    for (int i = 0; i < stems.length; i++) {
      featureOfStem.put(stems[i], i);
    }
    featureOfStem.putAll(aliases);
  }

  /**
   * Selects the features of {@code sample} (indexes into {@code terms}), each run stem standing for
   * {@code canonical[t]} (a {@link LanguageBridge} mapping: an English or Ukrainian stem counts as
   * the Russian stem of the same word, and a stem mapped to -1 is no feature; null keeps every stem
   * its own).
   *
   * @param excluded run vocabulary ids never to use (names), or null
   */
  static StemFeatures select(
      TermDocs terms,
      int[] sample,
      int minDf,
      double maxDfShare,
      boolean[] excluded,
      int[] canonical,
      TermSource termSource) {
    int v = terms.vocabulary().size();
    int[] df = new int[v];
    int[] last = new int[v];
    Arrays.fill(last, -1);
    int[] flat = terms.flatTerms();
    for (int s = 0; s < sample.length; s++) {
      int d = sample[s];
      for (int k = terms.offset(d), end = k + terms.length(d); k < end; k++) {
        int t = canonical == null ? flat[k] : canonical[flat[k]];
        if (t >= 0 && last[t] != s) {
          last[t] = s;
          df[t]++;
        }
      }
    }
    // When every stem is too common (a handful of near-identical questions), keep them all.
    double maxDf = Math.max(1.0, maxDfShare * sample.length);
    int[] featureOf = new int[v];
    int count = 0;
    for (int t = 0; t < v; t++) {
      boolean keep = df[t] >= minDf && df[t] <= maxDf && (excluded == null || !excluded[t]);
      featureOf[t] = keep ? count++ : -1;
    }
    if (count == 0) {
      for (int t = 0; t < v; t++) {
        featureOf[t] = df[t] >= minDf ? count++ : -1;
      }
    }
    if (canonical != null) {
      for (int t = 0; t < v; t++) {
        if (canonical[t] != t) {
          featureOf[t] = canonical[t] < 0 ? -1 : featureOf[canonical[t]];
        }
      }
    }
    String[] stems = new String[count];
    float[] idf = new float[count];
    for (int t = 0; t < v; t++) {
      int f = featureOf[t];
      if (f >= 0 && (canonical == null || canonical[t] == t)) {
        stems[f] = terms.vocabulary().term(t);
        idf[f] = (float) (Math.log((1.0 + sample.length) / (1.0 + df[t])) + 1.0);
      }
    }
    Map<String, Integer> aliases = new HashMap<>();
    if (canonical != null) {
      for (int t = 0; t < v; t++) {
        if (canonical[t] != t && featureOf[t] >= 0) {
          aliases.put(terms.vocabulary().term(t), featureOf[t]);
        }
      }
    }
    return new StemFeatures(stems, idf, terms.vocabulary(), featureOf, aliases, termSource);
  }

  /** The number of features. */
  public int count() {
    return stems.length;
  }

  /** The stem of a feature. */
  public String stem(int feature) {
    return stems[feature];
  }

  /**
   * Writes the distinct features of a run document with their unit-length TF-IDF weights.
   *
   * @param feats receives feature ids, ascending; at least {@code terms.length(doc)} long
   * @param weights receives their weights; as long as {@code feats}
   * @return the number of distinct features
   */
  int row(TermDocs terms, int doc, int[] feats, float[] weights) {
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
    return weigh(feats, n, weights);
  }

  /** A new text's row, as {@link #row(TermDocs, int, int[], float[])}. */
  Row row(String text, Language language) {
    int[][] feats = {new int[16]};
    int[] n = {0};
    termSource.stems(
        text,
        language,
        stem -> {
          Integer f = featureOfStem.get(stem.toString());
          if (f != null) {
            if (n[0] == feats[0].length) {
              feats[0] = Arrays.copyOf(feats[0], n[0] * 2);
            }
            feats[0][n[0]++] = f;
          }
        });
    float[] weights = new float[n[0]];
    int m = weigh(feats[0], n[0], weights);
    return new Row(feats[0], weights, m);
  }

  /** A sparse row: the first {@code size} entries of {@code feats} and {@code weights}. */
  record Row(int[] feats, float[] weights, int size) {}

  private int weigh(int[] feats, int n, float[] weights) {
    if (n == 0) {
      return 0;
    }
    Arrays.sort(feats, 0, n);
    int m = 0;
    int run = 1;
    double norm = 0;
    for (int i = 1; i <= n; i++) {
      if (i < n && feats[i] == feats[i - 1]) {
        run++;
        continue;
      }
      int f = feats[i - 1];
      float w = (float) (1 + Math.log(run)) * idf[f];
      feats[m] = f;
      weights[m++] = w;
      norm += (double) w * w;
      run = 1;
    }
    float inv = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < m; i++) {
      weights[i] *= inv;
    }
    return m;
  }

  /** The rows of {@code docs}, in that order. */
  SparseRows rows(TermDocs terms, int[] docs) {
    int nnz = 0;
    for (int d : docs) {
      nnz += terms.length(d);
    }
    int[] start = new int[docs.length + 1];
    int[] col = new int[nnz];
    float[] val = new float[nnz];
    int at = 0;
    int[] feats = new int[16];
    float[] weights = new float[16];
    for (int s = 0; s < docs.length; s++) {
      int len = terms.length(docs[s]);
      if (feats.length < len) {
        feats = new int[len];
        weights = new float[len];
      }
      start[s] = at;
      int m = row(terms, docs[s], feats, weights);
      System.arraycopy(feats, 0, col, at, m);
      System.arraycopy(weights, 0, val, at, m);
      at += m;
    }
    start[docs.length] = at;
    return new SparseRows(
        docs.length, stems.length, start, Arrays.copyOf(col, at), Arrays.copyOf(val, at));
  }
}
