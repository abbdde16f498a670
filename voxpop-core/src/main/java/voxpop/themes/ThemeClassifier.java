package voxpop.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import voxpop.params.Params;

/**
 * Iterative classification of the fit sample (Rakib, Zeh, Jankowska and Milios, "Enhancement of
 * short text clustering by iterative classification", NLDB 2020), at both levels. Each pass trains
 * a {@link NaiveBayes} classifier on the core of every group (the {@code icKeep} share of members
 * most confidently inside it: at first the most similar to the group's centroid, later those with
 * the largest margin between the best and the second-best class) and re-classifies every sampled
 * question; the groups thereby absorb the vocabulary of their cores and shed their boundary
 * mistakes. Themes come first; then each sub-theme is cut along the new themes, and questions are
 * re-classified among the sub-themes of their own theme. In automatic mode a last round opens every
 * sub-theme to every question, and each sub-theme joins the theme most of its questions are in
 * (with K themes forced, the themes stay as found). The tables of the last pass are the classifier
 * that assigns every other question. Deterministic; predictions run over fixed chunks.
 */
final class ThemeClassifier {
  private ThemeClassifier() {}

  /**
   * The classifier and the sample's final groups.
   *
   * @param groupOf the sub-theme of each sampled row (-1 when it has no feature)
   * @param themeOf the theme of each sub-theme; sub-themes of one theme are contiguous
   * @param themeTable {@code features x themes} naive Bayes weights
   * @param groupTable {@code features x groups} naive Bayes weights
   */
  record Result(
      int[] groupOf,
      int groups,
      int[] themeOf,
      int themes,
      float[] themeTable,
      float[] groupTable,
      int passes) {}

  /**
   * Classifies the fit sample from the clusterer's groups. With K themes forced ({@code forced}),
   * {@code themeRestarts} more k-means starts compete by likelihood and the themes stay as found;
   * in automatic mode the sub-themes then compete across themes ({@link #acrossThemes}).
   *
   * @param minGroupSize the fewest questions a sub-theme keeps
   */
  static Result fit(
      SparseRows x,
      Vectors v,
      Clustering c,
      Params p,
      int minGroupSize,
      boolean forced,
      java.util.SplittableRandom random,
      Workers workers) {
    int passes = p.get(ThemeParams.IC_PASSES);
    double keep = p.get(ThemeParams.IC_KEEP);
    double alpha = p.get(ThemeParams.NB_ALPHA);
    int restarts = forced ? p.get(ThemeParams.THEME_RESTARTS) : 0;
    int n = x.rows;
    int themes = c.themes();
    int[] oneParent = new int[n];
    Pass themePass =
        iterate(
            x,
            v,
            c.rowTheme().clone(),
            oneParent,
            new int[] {0, themes},
            passes,
            keep,
            alpha,
            workers);
    for (int r = 0; r < restarts; r++) {
      double[] ones = new double[n];
      Arrays.fill(ones, 1);
      int[] start = SphericalKMeans.cluster(v, ones, themes, 1, 100, random, workers);
      Pass other =
          iterate(x, v, start, oneParent, new int[] {0, themes}, passes, keep, alpha, workers);
      if (other.likelihood > themePass.likelihood) {
        themePass = other;
      }
    }
    int[][] regrouped = regroup(c.groupOf(), themePass.labels, themes, minGroupSize);
    int[] groupOfRow = regrouped[0];
    int[] themeOfGroup = regrouped[1];
    int groups = themeOfGroup.length;
    int[] bounds = new int[themes + 1];
    for (int g = 0; g < groups; g++) {
      bounds[themeOfGroup[g] + 1]++;
    }
    for (int t = 0; t < themes; t++) {
      bounds[t + 1] += bounds[t];
    }
    Pass groupPass =
        iterate(x, v, groupOfRow, themePass.labels, bounds, passes, keep, alpha, workers);
    int done = Math.max(themePass.passes, groupPass.passes);
    if (forced || groups == 0) {
      return new Result(
          groupPass.labels, groups, themeOfGroup, themes, themePass.table, groupPass.table, done);
    }
    return acrossThemes(
        x, v, groupPass.labels, themePass.labels, groups, themes, done, p, minGroupSize, workers);
  }

  private record Pass(int[] labels, float[] table, int passes, double likelihood) {}

  /**
   * Lets the sub-themes compete across themes: one more round of classification in which every
   * sub-theme is open to every question, so that a matter the theme pass put among the wrong
   * theme's sub-themes can gather in a sub-theme of its own kind. Each sub-theme then joins the
   * theme that the theme pass gave most of its questions; themes whose term centroids are at least
   * {@code themeMergeSimilarity} similar then merge ({@link #mergeSimilar}); the half of a
   * sub-theme that shares next to nothing with its theme and is near another moves there ({@link
   * SubthemeHalves}, off when {@code rehomeSimilarity} is 0), and the theme table is learnt from
   * the resulting themes. Sub-themes left without a question and themes left without a sub-theme
   * are dropped.
   *
   * @param groupStart the sub-theme of each row after the pass within themes
   * @param rowTheme the theme of each row after the theme pass
   */
  private static Result acrossThemes(
      SparseRows x,
      Vectors v,
      int[] groupStart,
      int[] rowTheme,
      int groups,
      int themes,
      int donePasses,
      Params p,
      int minGroupSize,
      Workers workers) {
    int passes = p.get(ThemeParams.IC_PASSES);
    double keep = p.get(ThemeParams.IC_KEEP);
    double alpha = p.get(ThemeParams.NB_ALPHA);
    double mergeSimilarity = p.get(ThemeParams.THEME_MERGE_SIMILARITY);
    double rehomeSimilarity = p.get(ThemeParams.REHOME_SIMILARITY);
    int n = x.rows;
    Pass open =
        iterate(x, v, groupStart, new int[n], new int[] {0, groups}, passes, keep, alpha, workers);
    int[] size = new int[groups];
    int[][] count = new int[groups][themes];
    for (int i = 0; i < n; i++) {
      int g = open.labels[i];
      if (g >= 0) {
        size[g]++;
        if (rowTheme[i] >= 0) {
          count[g][rowTheme[i]]++;
        }
      }
    }
    int[] themeId = new int[themes];
    Arrays.fill(themeId, -1);
    int[] home = new int[groups];
    for (int g = 0; g < groups; g++) {
      home[g] = size[g] > 0 ? majority(count[g]) : -1;
    }
    boolean merge = mergeSimilarity < 1 && themes > 1;
    double[][] sums =
        merge || rehomeSimilarity > 0 ? themeSums(x, open.labels, home, themes) : null;
    int[] into = merge ? mergeSimilar(sums, mergeSimilarity) : Leiden.identity(themes);
    for (int g = 0; g < groups; g++) {
      if (home[g] >= 0) {
        home[g] = into[home[g]];
      }
    }
    int[] rowGroupOpen = open.labels;
    if (rehomeSimilarity > 0) {
      rowGroupOpen =
          SubthemeHalves.rehome(x, open.labels, home, sums, minGroupSize, rehomeSimilarity);
      Arrays.fill(size, 0);
      for (int g : rowGroupOpen) {
        if (g >= 0) {
          size[g]++;
        }
      }
    }
    for (int g = 0; g < groups; g++) {
      if (size[g] > 0) {
        themeId[home[g]] = 0;
      }
    }
    int newThemes = 0;
    for (int t = 0; t < themes; t++) {
      themeId[t] = themeId[t] < 0 ? -1 : newThemes++;
    }
    List<int[]> kept = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      if (size[g] > 0) {
        kept.add(new int[] {themeId[home[g]], g});
      }
    }
    kept.sort(Comparator.comparingInt((int[] a) -> a[0]).thenComparingInt(a -> a[1]));
    int newGroups = kept.size();
    int[] groupId = new int[groups];
    int[] themeOf = new int[newGroups];
    for (int k = 0; k < newGroups; k++) {
      groupId[kept.get(k)[1]] = k;
      themeOf[k] = kept.get(k)[0];
    }
    int[] rowGroup = new int[n];
    int[] rowThemeNew = new int[n];
    for (int i = 0; i < n; i++) {
      int g = rowGroupOpen[i];
      rowGroup[i] = g < 0 ? -1 : groupId[g];
      rowThemeNew[i] = g < 0 ? -1 : themeOf[groupId[g]];
    }
    boolean[] all = new boolean[n];
    Arrays.fill(all, true);
    return new Result(
        rowGroup,
        newGroups,
        themeOf,
        newThemes,
        NaiveBayes.train(x, rowThemeNew, all, newThemes, alpha),
        NaiveBayes.train(x, rowGroup, all, newGroups, alpha),
        Math.max(donePasses, open.passes));
  }

  /**
   * The sum of the term rows of each theme's questions (its centroid, unscaled).
   *
   * @param rowGroup the sub-theme of each row, -1 for none
   * @param home the theme of each sub-theme, -1 for an empty one
   */
  static double[][] themeSums(SparseRows x, int[] rowGroup, int[] home, int themes) {
    double[][] sum = new double[themes][x.cols];
    for (int i = 0; i < x.rows; i++) {
      int g = rowGroup[i];
      int t = g < 0 ? -1 : home[g];
      if (t < 0) {
        continue;
      }
      for (int k = x.start[i]; k < x.start[i + 1]; k++) {
        sum[t][x.col[k]] += x.val[k];
      }
    }
    return sum;
  }

  /**
   * Joins themes whose centroids over the term rows are at least {@code threshold} similar, the
   * most similar pair first (average linkage: a joined theme's centroid is the sum of all its rows,
   * which {@link StemFeatures} gives at unit length). Themes of one matter that the graph kept
   * apart share their leading words ("пенсия" in indexation, retirement age and small pensions;
   * "паводок" in compensation and resettlement), while themes that merely share the words of the
   * form do not reach the threshold. The sums are merged in place: a joined theme's sum ends at the
   * theme it joins, and its own is left zero.
   *
   * @param sum the sum of each theme's term rows ({@link #themeSums})
   * @return the theme each theme joins (itself when it joins none)
   */
  static int[] mergeSimilar(double[][] sum, double threshold) {
    int themes = sum.length;
    int[] into = Leiden.identity(themes);
    if (threshold >= 1 || themes < 2) {
      return into;
    }
    boolean[] alive = new boolean[themes];
    double[][] sim = new double[themes][themes];
    for (int a = 0; a < themes; a++) {
      alive[a] = norm(sum[a]) > 0;
      for (int b = 0; b < a; b++) {
        sim[a][b] = cosine(sum[a], sum[b]);
      }
    }
    while (true) {
      int bestA = -1;
      int bestB = -1;
      double best = threshold;
      for (int a = 0; a < themes; a++) {
        for (int b = 0; b < a && alive[a]; b++) {
          if (alive[b] && sim[a][b] >= best) {
            best = sim[a][b];
            bestA = b;
            bestB = a;
          }
        }
      }
      if (bestA < 0) {
        return into;
      }
      for (int k = 0; k < sum[bestA].length; k++) {
        sum[bestA][k] += sum[bestB][k];
      }
      Arrays.fill(sum[bestB], 0);
      alive[bestB] = false;
      for (int t = 0; t < themes; t++) {
        if (into[t] == bestB) {
          into[t] = bestA;
        }
        if (alive[t] && t != bestA) {
          double c = cosine(sum[bestA], sum[t]);
          if (t < bestA) {
            sim[bestA][t] = c;
          } else {
            sim[t][bestA] = c;
          }
        }
      }
    }
  }

  private static double norm(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v * v;
    }
    return Math.sqrt(s);
  }

  private static double cosine(double[] a, double[] b) {
    double ab = 0;
    for (int k = 0; k < a.length; k++) {
      ab += a[k] * b[k];
    }
    double na = norm(a);
    double nb = norm(b);
    return na == 0 || nb == 0 ? 0 : ab / (na * nb);
  }

  /** The index of the largest count, the smallest index among equals (0 for none). */
  private static int majority(int[] count) {
    int best = 0;
    for (int t = 1; t < count.length; t++) {
      if (count[t] > count[best]) {
        best = t;
      }
    }
    return best;
  }

  /**
   * Iterates train-on-cores / re-classify. A row of parent {@code p} chooses among classes {@code
   * [bounds[p], bounds[p + 1])}; with one parent every class is open to every row.
   *
   * @param parentOfRow the parent of each row, -1 for rows without features
   */
  private static Pass iterate(
      SparseRows x,
      Vectors v,
      int[] labels,
      int[] parentOfRow,
      int[] bounds,
      int passes,
      double keep,
      double alpha,
      Workers workers) {
    int n = x.rows;
    int classes = bounds[bounds.length - 1];
    double[] conf = centroidSimilarity(v, labels, classes);
    int[] y = labels.clone();
    float[] table = new float[x.cols * classes];
    int done = 0;
    double likelihood = 0;
    for (int pass = 0; pass < Math.max(1, passes); pass++) {
      boolean[] core = cores(y, conf, classes, keep);
      table = NaiveBayes.train(x, y, core, classes, alpha);
      int[] next = new int[n];
      double[] margin = new double[n];
      double[] top = new double[n];
      float[] t = table;
      workers.forChunks(
          n,
          1024,
          (ch, from, to) -> {
            double[] s = new double[classes];
            for (int i = from; i < to; i++) {
              int p = parentOfRow[i];
              if (p < 0 || x.start[i] == x.start[i + 1] || bounds[p] == bounds[p + 1]) {
                next[i] = -1;
                continue;
              }
              int lo = bounds[p];
              int hi = bounds[p + 1];
              Arrays.fill(s, lo, hi, 0);
              for (int e = x.start[i]; e < x.start[i + 1]; e++) {
                int o = x.col[e] * classes;
                double w = x.val[e];
                for (int c = lo; c < hi; c++) {
                  s[c] += w * t[o + c];
                }
              }
              int best = lo;
              for (int c = lo + 1; c < hi; c++) {
                if (s[c] > s[best]) {
                  best = c;
                }
              }
              double second = Double.NEGATIVE_INFINITY;
              for (int c = lo; c < hi; c++) {
                if (c != best && s[c] > second) {
                  second = s[c];
                }
              }
              next[i] = best;
              margin[i] = hi - lo > 1 ? s[best] - second : 0;
              top[i] = s[best];
            }
          });
      done = pass + 1;
      likelihood = 0;
      for (double b : top) {
        likelihood += b;
      }
      boolean same = Arrays.equals(next, y);
      y = next;
      conf = margin;
      if (same) {
        break;
      }
    }
    return new Pass(y, table, done, likelihood);
  }

  /** The {@code keep} share of each class's members with the highest confidence. */
  private static boolean[] cores(int[] y, double[] conf, int classes, double keep) {
    int n = y.length;
    int[] size = new int[classes];
    for (int c : y) {
      if (c >= 0) {
        size[c]++;
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -conf[i]));
    int[] taken = new int[classes];
    boolean[] core = new boolean[n];
    for (int i : order) {
      int c = y[i];
      if (c >= 0 && taken[c] < Math.max(1, (int) Math.ceil(keep * size[c]))) {
        taken[c]++;
        core[i] = true;
      }
    }
    return core;
  }

  /** Each row's cosine to the centroid of its class (0 for rows without a class). */
  private static double[] centroidSimilarity(Vectors v, int[] y, int classes) {
    float[] c = centroids(v, y, classes);
    int d = v.dimension();
    double[] s = new double[v.rows()];
    for (int i = 0; i < v.rows(); i++) {
      if (y[i] >= 0) {
        s[i] = VectorMath.dot(v.data(), i * d, c, y[i] * d, d);
      }
    }
    return s;
  }

  /** Unit-length mean vectors of the classes; an empty class gets a zero vector. */
  static float[] centroids(Vectors x, int[] groupOf, int groups) {
    int d = x.dimension();
    double[] sum = new double[groups * d];
    for (int i = 0; i < x.rows(); i++) {
      int g = groupOf[i];
      if (g < 0) {
        continue;
      }
      int o = i * d;
      for (int k = 0; k < d; k++) {
        sum[g * d + k] += x.data()[o + k];
      }
    }
    float[] c = new float[groups * d];
    for (int i = 0; i < c.length; i++) {
      c[i] = (float) sum[i];
    }
    for (int g = 0; g < groups; g++) {
      VectorMath.normalize(c, g * d, d);
    }
    return c;
  }

  /**
   * Places the clusterer's sub-themes into the new themes: a sub-theme belongs to the theme most of
   * its rows went to (when at least {@code minSize} did), and its rows now in other themes are left
   * unlabelled (-1) for the classifier; a theme left without a sub-theme gets a single sub-theme of
   * all its rows. Sub-themes keep their number (bounded by the clusterer's), ordered by theme.
   *
   * @return the sub-theme of each row and the theme of each sub-theme, sorted by theme
   */
  static int[][] regroup(int[] oldGroup, int[] theme, int themes, int minSize) {
    int n = theme.length;
    int oldGroups = 0;
    for (int g : oldGroup) {
      oldGroups = Math.max(oldGroups, g + 1);
    }
    int[][] count = new int[oldGroups][themes];
    for (int i = 0; i < n; i++) {
      if (oldGroup[i] >= 0 && theme[i] >= 0) {
        count[oldGroup[i]][theme[i]]++;
      }
    }
    int[] home = new int[oldGroups];
    boolean[] covered = new boolean[themes];
    for (int g = 0; g < oldGroups; g++) {
      int best = majority(count[g]);
      home[g] = themes > 0 && count[g][best] >= minSize ? best : -1;
      if (home[g] >= 0) {
        covered[best] = true;
      }
    }
    boolean[] hasRows = new boolean[themes];
    for (int t : theme) {
      if (t >= 0) {
        hasRows[t] = true;
      }
    }
    // new sub-themes: kept old ones, then one whole-theme sub-theme per uncovered theme; by theme
    List<int[]> made = new ArrayList<>();
    for (int g = 0; g < oldGroups; g++) {
      if (home[g] >= 0) {
        made.add(new int[] {home[g], g});
      }
    }
    for (int t = 0; t < themes; t++) {
      if (!covered[t] && hasRows[t]) {
        made.add(new int[] {t, -1});
      }
    }
    made.sort(Comparator.comparingInt((int[] a) -> a[0]));
    int[] newOfOld = new int[oldGroups];
    Arrays.fill(newOfOld, -1);
    int[] whole = new int[themes];
    Arrays.fill(whole, -1);
    int[] themeOfGroup = new int[made.size()];
    for (int k = 0; k < made.size(); k++) {
      int[] m = made.get(k);
      themeOfGroup[k] = m[0];
      if (m[1] >= 0) {
        newOfOld[m[1]] = k;
      } else {
        whole[m[0]] = k;
      }
    }
    int[] groupOfRow = new int[n];
    for (int i = 0; i < n; i++) {
      int t = theme[i];
      int g = oldGroup[i];
      if (t < 0) {
        groupOfRow[i] = -1;
      } else if (whole[t] >= 0) {
        groupOfRow[i] = whole[t];
      } else {
        groupOfRow[i] = g >= 0 && home[g] == t ? newOfOld[g] : -1;
      }
    }
    return new int[][] {groupOfRow, themeOfGroup};
  }
}
