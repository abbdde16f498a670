package voxpop.themes;

import java.util.Arrays;
import voxpop.params.Params;
import voxpop.terms.TermDocs;

/**
 * Latent semantic analysis: sublinear TF-IDF rows of the sampled questions, truncated to their
 * leading singular directions by a randomized SVD (Deerwester et al. 1990; Halko et al. 2011). A
 * question's vector is {@code tfidf(q) * V}, scaled to unit length; questions that share no word
 * but share the words' company land close together. Stateless and thread-safe.
 */
public final class LsaVectoriser implements Vectoriser {
  @Override
  public DocEmbedding fit(ThemeInput input, int[] sample, FitContext context) {
    Params p = context.params();
    TermDocs terms = input.terms();
    Features features =
        Features.select(terms, sample, p.get(ThemeParams.MIN_DF), p.get(ThemeParams.MAX_DF_SHARE));
    SparseRows a = features.tfidfRows(terms, sample);
    int dimension = Math.max(1, Math.min(p.get(ThemeParams.DIMENSIONS), features.count()));
    RandomizedSvd.Result svd =
        RandomizedSvd.compute(
            a,
            dimension,
            p.get(ThemeParams.POWER_ITERATIONS),
            context.random("lsa"),
            context.workers());
    float[] table = new float[features.count() * dimension];
    for (int f = 0; f < features.count(); f++) {
      float idf = (float) features.idf(f);
      for (int j = 0; j < svd.rank(); j++) {
        table[f * dimension + j] = idf * (float) svd.v()[f * svd.rank() + j];
      }
    }
    return new TermEmbedding(
        "lsa",
        features.stems(),
        terms.vocabulary(),
        features.featureOfRunTerm(),
        table,
        dimension,
        true,
        context.termSource());
  }

  /** The stems kept as features, with their document frequencies in the sample. */
  record Features(String[] stems, int[] featureOfRunTerm, int[] df, int sampleSize) {
    static Features select(TermDocs terms, int[] sample, int minDf, double maxDfShare) {
      int v = terms.vocabulary().size();
      int[] df = new int[v];
      int[] last = new int[v];
      Arrays.fill(last, -1);
      int[] flat = terms.flatTerms();
      for (int s = 0; s < sample.length; s++) {
        int d = sample[s];
        for (int k = terms.offset(d), end = k + terms.length(d); k < end; k++) {
          int t = flat[k];
          if (last[t] != s) {
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
        featureOf[t] = df[t] >= minDf && df[t] <= maxDf ? count++ : -1;
      }
      if (count == 0) {
        for (int t = 0; t < v; t++) {
          featureOf[t] = df[t] >= minDf ? count++ : -1;
        }
      }
      String[] stems = new String[count];
      int[] fdf = new int[count];
      for (int t = 0; t < v; t++) {
        if (featureOf[t] >= 0) {
          stems[featureOf[t]] = terms.vocabulary().term(t);
          fdf[featureOf[t]] = df[t];
        }
      }
      return new Features(stems, featureOf, fdf, sample.length);
    }

    int count() {
      return stems.length;
    }

    /** Smoothed inverse document frequency, as scikit-learn's default. */
    double idf(int f) {
      return Math.log((1.0 + sampleSize) / (1.0 + df[f])) + 1.0;
    }

    /** Sublinear TF-IDF rows of the sampled questions, each of unit length. */
    SparseRows tfidfRows(TermDocs terms, int[] sample) {
      int[] start = new int[sample.length + 1];
      int nnz = 0;
      int[] flat = terms.flatTerms();
      for (int s = 0; s < sample.length; s++) {
        nnz += terms.length(sample[s]);
      }
      int[] col = new int[nnz];
      float[] val = new float[nnz];
      int at = 0;
      int[] buf = new int[16];
      for (int s = 0; s < sample.length; s++) {
        int d = sample[s];
        start[s] = at;
        int len = terms.length(d);
        if (buf.length < len) {
          buf = new int[len];
        }
        int n = 0;
        for (int k = terms.offset(d), end = k + len; k < end; k++) {
          int f = featureOfRunTerm[flat[k]];
          if (f >= 0) {
            buf[n++] = f;
          }
        }
        Arrays.sort(buf, 0, n);
        double norm = 0;
        int rowStart = at;
        for (int i = 0; i < n; ) {
          int j = i;
          while (j < n && buf[j] == buf[i]) {
            j++;
          }
          float w = (float) ((1 + Math.log(j - i)) * idf(buf[i]));
          col[at] = buf[i];
          val[at++] = w;
          norm += (double) w * w;
          i = j;
        }
        if (norm > 0) {
          float inv = (float) (1 / Math.sqrt(norm));
          for (int k = rowStart; k < at; k++) {
            val[k] *= inv;
          }
        }
      }
      start[sample.length] = at;
      return new SparseRows(
          sample.length, stems.length, start, Arrays.copyOf(col, at), Arrays.copyOf(val, at));
    }
  }
}
