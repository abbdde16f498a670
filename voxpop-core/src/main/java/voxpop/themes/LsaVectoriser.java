package voxpop.themes;

import voxpop.params.Params;

/**
 * Latent semantic analysis: sublinear TF-IDF rows of the sampled questions ({@link StemFeatures}),
 * truncated to their leading singular directions by a randomized SVD (Deerwester et al. 1990; Halko
 * et al. 2011). A question's vector is {@code tfidf(q) * V}, scaled to unit length; questions that
 * share no word but share the words' company land close together. Stateless and thread-safe.
 */
public final class LsaVectoriser implements Vectoriser {
  @Override
  public DocEmbedding fit(ThemeInput input, int[] sample, FitContext context) {
    Params p = context.params();
    StemFeatures features =
        StemFeatures.select(
            input.terms(),
            sample,
            p.get(ThemeParams.MIN_DF),
            p.get(ThemeParams.MAX_DF_SHARE),
            context.names(),
            context.canonical(),
            context.termSource());
    if (context.topicality() != null) {
      features = features.reweighted(context.topicality());
    }
    SparseRows a = features.rows(input.terms(), sample);
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
      for (int j = 0; j < svd.rank(); j++) {
        table[f * dimension + j] = (float) svd.v()[f * svd.rank() + j];
      }
    }
    return new TermEmbedding("lsa", features, table, dimension);
  }
}
