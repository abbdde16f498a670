package voxpop.themes;

/**
 * Multinomial naive Bayes over TF-IDF rows with Laplace smoothing and uniform class priors
 * (McCallum and Nigam 1998; TF-IDF weights as in Rennie et al., "Tackling the poor assumptions of
 * naive Bayes text classifiers", ICML 2003). The model is a term-major table {@code W[f][c] = ln
 * P(f | c)}; a row's score for class {@code c} is {@code sum_f x_f W[f][c]}. Stateless.
 */
final class NaiveBayes {
  private NaiveBayes() {}

  /**
   * Learns the table from the rows with {@code use[i]} and a class {@code y[i] >= 0}.
   *
   * @return {@code x.cols * classes} weights, row per feature
   */
  static float[] train(SparseRows x, int[] y, boolean[] use, int classes, double alpha) {
    int f = x.cols;
    double[] count = new double[f * classes];
    double[] total = new double[classes];
    for (int i = 0; i < x.rows; i++) {
      if (!use[i] || y[i] < 0) {
        continue;
      }
      int c = y[i];
      for (int e = x.start[i]; e < x.start[i + 1]; e++) {
        count[x.col[e] * classes + c] += x.val[e];
        total[c] += x.val[e];
      }
    }
    float[] w = new float[f * classes];
    double[] denom = new double[classes];
    for (int c = 0; c < classes; c++) {
      denom[c] = Math.log(total[c] + alpha * f);
    }
    for (int t = 0; t < f; t++) {
      int o = t * classes;
      for (int c = 0; c < classes; c++) {
        w[o + c] = (float) (Math.log(count[o + c] + alpha) - denom[c]);
      }
    }
    return w;
  }
}
