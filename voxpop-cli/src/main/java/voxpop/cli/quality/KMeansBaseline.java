package voxpop.cli.quality;

import java.util.Arrays;
import java.util.SplittableRandom;
import voxpop.terms.TermDocs;

/**
 * The floor every theme method must leave behind: plain TF-IDF of the engine's stems and spherical
 * k-means with the true k. TF-IDF as scikit-learn's {@code TfidfVectorizer} does by default (raw
 * counts, smoothed idf {@code ln((1+n)/(1+df))+1}, rows scaled to unit length); spherical k-means
 * (Dhillon and Modha 2001: cosine similarity, centroids are normalised means) seeded by k-means++
 * (Arthur and Vassilvitskii 2007; greedy, with the squared chord distance {@code 2 - 2 cos}), one
 * run, at most {@value #MAX_ITERATIONS} rounds. Documents without a stem get cluster {@code -1}.
 * Deterministic for a seed; stateless and thread-safe.
 */
public final class KMeansBaseline {
  static final int MAX_ITERATIONS = 100;

  private KMeansBaseline() {}

  /**
   * Clusters the documents into {@code k} clusters.
   *
   * @return the cluster of each document in {@code [0, k)}, or -1 for a document without stems
   * @throws IllegalArgumentException when {@code k < 1}
   */
  public static int[] cluster(TermDocs docs, int k, long seed) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, was " + k);
    }
    int n = docs.size();
    int dims = docs.vocabulary().size();
    int[][] index = new int[n][];
    double[][] value = new double[n][];
    tfIdf(docs, index, value);
    int[] cluster = new int[n];
    Arrays.fill(cluster, -1);
    int[] live = java.util.stream.IntStream.range(0, n).filter(d -> index[d].length > 0).toArray();
    if (live.length == 0) {
      return cluster;
    }
    double[][] centroids = seed(index, value, live, Math.min(k, live.length), dims, seed);
    for (int round = 0; round < MAX_ITERATIONS; round++) {
      boolean changed = false;
      for (int d : live) {
        int best = nearest(centroids, index[d], value[d]);
        if (best != cluster[d]) {
          cluster[d] = best;
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
      update(centroids, cluster, index, value, live);
    }
    return cluster;
  }

  private static void tfIdf(TermDocs docs, int[][] index, double[][] value) {
    int n = docs.size();
    double[] idf = new double[docs.vocabulary().size()];
    for (int t = 0; t < idf.length; t++) {
      idf[t] = Math.log((1.0 + n) / (1.0 + docs.vocabulary().df(t))) + 1.0;
    }
    for (int d = 0; d < n; d++) {
      int[] terms = docs.doc(d);
      Arrays.sort(terms);
      int distinct = 0;
      for (int i = 0; i < terms.length; i++) {
        if (i == 0 || terms[i] != terms[i - 1]) {
          distinct++;
        }
      }
      int[] idx = new int[distinct];
      double[] val = new double[distinct];
      int j = -1;
      for (int i = 0; i < terms.length; i++) {
        if (i == 0 || terms[i] != terms[i - 1]) {
          idx[++j] = terms[i];
        }
        val[j] += idf[terms[i]];
      }
      double norm = Math.sqrt(dot(val, val));
      for (int i = 0; i < val.length; i++) {
        val[i] /= norm;
      }
      index[d] = idx;
      value[d] = val;
    }
  }

  /**
   * Greedy k-means++, as scikit-learn seeds: each next centre is the best of {@code 2 + ln k}
   * candidates drawn with probability proportional to the squared distance to the nearest centre,
   * best meaning the lowest total distance once it is added.
   */
  private static double[][] seed(
      int[][] index, double[][] value, int[] live, int k, int dims, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int trials = 2 + (int) Math.log(k);
    double[][] centroids = new double[k][dims];
    int first = live[random.nextInt(live.length)];
    scatter(centroids[0], index[first], value[first]);
    double[] distance = new double[live.length];
    for (int i = 0; i < live.length; i++) {
      distance[i] = chord(centroids[0], index[live[i]], value[live[i]]);
    }
    double[] candidate = new double[dims];
    double[] bestDistance = new double[live.length];
    double[] trial = new double[live.length];
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (double d : distance) {
        total += d;
      }
      double bestTotal = Double.MAX_VALUE;
      int best = -1;
      for (int t = 0; t < trials; t++) {
        int pick = draw(distance, total, random);
        scatter(candidate, index[live[pick]], value[live[pick]]);
        double sum = 0;
        for (int i = 0; i < live.length; i++) {
          trial[i] = Math.min(distance[i], chord(candidate, index[live[i]], value[live[i]]));
          sum += trial[i];
        }
        if (sum < bestTotal) {
          bestTotal = sum;
          best = pick;
          System.arraycopy(trial, 0, bestDistance, 0, trial.length);
        }
      }
      scatter(centroids[c], index[live[best]], value[live[best]]);
      System.arraycopy(bestDistance, 0, distance, 0, distance.length);
    }
    return centroids;
  }

  /** An index drawn with probability proportional to its weight (uniform when all are zero). */
  private static int draw(double[] weight, double total, SplittableRandom random) {
    if (total <= 0) {
      return random.nextInt(weight.length);
    }
    double r = random.nextDouble() * total;
    int last = 0;
    for (int i = 0; i < weight.length; i++) {
      if (weight[i] > 0) {
        last = i;
        r -= weight[i];
        if (r < 0) {
          return i;
        }
      }
    }
    return last;
  }

  /** The squared distance of two unit vectors, {@code 2 - 2 cos}. */
  private static double chord(double[] centre, int[] idx, double[] val) {
    return Math.max(0, 2 - 2 * sparseDot(centre, idx, val));
  }

  private static void update(
      double[][] centroids, int[] cluster, int[][] index, double[][] value, int[] live) {
    int k = centroids.length;
    int[] size = new int[k];
    for (double[] c : centroids) {
      Arrays.fill(c, 0);
    }
    for (int d : live) {
      size[cluster[d]]++;
      double[] c = centroids[cluster[d]];
      for (int i = 0; i < index[d].length; i++) {
        c[index[d][i]] += value[d][i];
      }
    }
    for (int c = 0; c < k; c++) {
      if (size[c] == 0) {
        // An emptied cluster restarts at the document least like its own centre.
        int far = farthest(centroids, cluster, index, value, live);
        size[cluster[far]]--;
        cluster[far] = c;
        scatter(centroids[c], index[far], value[far]);
        continue;
      }
      double norm = Math.sqrt(dot(centroids[c], centroids[c]));
      if (norm > 0) {
        for (int t = 0; t < centroids[c].length; t++) {
          centroids[c][t] /= norm;
        }
      }
    }
  }

  private static int farthest(
      double[][] centroids, int[] cluster, int[][] index, double[][] value, int[] live) {
    int far = live[0];
    double worst = Double.MAX_VALUE;
    for (int d : live) {
      double s = sparseDot(centroids[cluster[d]], index[d], value[d]);
      if (s < worst) {
        worst = s;
        far = d;
      }
    }
    return far;
  }

  private static int nearest(double[][] centroids, int[] idx, double[] val) {
    int best = 0;
    double bestSim = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < centroids.length; c++) {
      double s = sparseDot(centroids[c], idx, val);
      if (s > bestSim) {
        bestSim = s;
        best = c;
      }
    }
    return best;
  }

  private static void scatter(double[] dense, int[] idx, double[] val) {
    Arrays.fill(dense, 0);
    for (int i = 0; i < idx.length; i++) {
      dense[idx[i]] = val[i];
    }
  }

  private static double sparseDot(double[] dense, int[] idx, double[] val) {
    double s = 0;
    for (int i = 0; i < idx.length; i++) {
      s += dense[idx[i]] * val[i];
    }
    return s;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
