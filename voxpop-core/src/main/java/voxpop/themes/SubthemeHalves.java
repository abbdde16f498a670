package voxpop.themes;

/**
 * Finds the part of a sub-theme that belongs to another theme and sends it there. The graph can tie
 * two matters into one community through the words of the form they share ("почему ... дорожают",
 * "почему многодетным ..."), and the classifier then learns both as one class, which every later
 * question of either matter follows. Each sub-theme of at least twice {@code minSize} sampled
 * questions is cut in two by principal direction (the sign of each row's projection on the leading
 * direction of its centred term rows, Boley's PDDP), refined by spherical 2-means. A half of at
 * least {@code minSize} rows moves when the sum of its term rows has a cosine below {@code
 * similarity} with the sum of the rest of its theme — it shares next to nothing with its theme —
 * and a cosine at least {@code similarity} higher with another theme's sum; it joins that theme's
 * sub-theme most similar to it. A half of the same matter as the rest of its theme stays, however
 * near another theme it is: moving every half to its nearest theme tore coherent themes apart
 * (docs/quality.md). Deterministic: no random choice, rows in index order.
 */
final class SubthemeHalves {
  private static final int POWER_ITERATIONS = 20;
  private static final int REFINE_ITERATIONS = 5;

  private SubthemeHalves() {}

  /**
   * The sub-theme of each row after the halves that belong elsewhere have moved.
   *
   * @param x unit-length term rows of the sample
   * @param rowGroup the sub-theme of each row, -1 for none
   * @param home the theme of each sub-theme, -1 for an empty one
   * @param theme the sum of each theme's term rows, by {@code home} ({@link
   *     ThemeClassifier#themeSums}); read only
   * @param similarity the cosine a half stays under with its own theme and must gain on another
   */
  static int[] rehome(
      SparseRows x, int[] rowGroup, int[] home, double[][] theme, int minSize, double similarity) {
    int groups = home.length;
    int themes = theme.length;
    int[][] members = members(rowGroup, groups);
    double[] themeNorm2 = new double[themes];
    for (int t = 0; t < themes; t++) {
      themeNorm2[t] = dot(theme[t], theme[t]);
    }
    double[] groupNorm2 = new double[groups];
    double[] buffer = new double[x.cols];
    for (int g = 0; g < groups; g++) {
      groupNorm2[g] = norm2(x, members[g], buffer);
    }
    double[] second = new double[x.cols];
    int[] out = rowGroup.clone();
    for (int g = 0; g < groups; g++) {
      if (home[g] < 0 || members[g].length < 2 * minSize) {
        continue;
      }
      boolean[] side = split(x, members[g], buffer, second);
      for (int s = 0; s < 2; s++) {
        int[] rows = side(members[g], side, s == 1);
        if (rows.length < minSize) {
          continue;
        }
        int own = home[g];
        double h2 = norm2(x, rows, buffer);
        // the rest of the theme: its sum less this half
        double ownDot = dot(x, rows, theme[own]) - h2;
        double restNorm2 = themeNorm2[own] - 2 * ownDot - h2;
        double ownCos = restNorm2 <= 1e-12 ? 0 : ownDot / Math.sqrt(h2 * restNorm2);
        if (ownCos >= similarity) {
          continue;
        }
        int best = -1;
        double bestCos = ownCos + similarity;
        for (int t = 0; t < themes; t++) {
          if (t != own && themeNorm2[t] > 0) {
            double c = dot(x, rows, theme[t]) / Math.sqrt(h2 * themeNorm2[t]);
            if (c >= bestCos) {
              bestCos = c;
              best = t;
            }
          }
        }
        if (best < 0) {
          continue;
        }
        for (int i : rows) {
          add(x, i, buffer, 1);
        }
        int into = nearestGroup(x, buffer, home, best, members, groupNorm2);
        for (int i : rows) {
          out[i] = into < 0 ? out[i] : into;
          clear(x, i, buffer);
        }
      }
    }
    return out;
  }

  /** The sub-theme of {@code theme} whose summed rows are most similar to {@code half}. */
  private static int nearestGroup(
      SparseRows x, double[] half, int[] home, int theme, int[][] members, double[] groupNorm2) {
    int best = -1;
    double bestCos = Double.NEGATIVE_INFINITY;
    for (int g = 0; g < home.length; g++) {
      if (home[g] != theme || groupNorm2[g] <= 0) {
        continue;
      }
      double c = dot(x, members[g], half) / Math.sqrt(groupNorm2[g]);
      if (c > bestCos) {
        bestCos = c;
        best = g;
      }
    }
    return best;
  }

  /**
   * Two sides of the rows: the sign of each row's projection on the leading principal direction of
   * the centred rows, then spherical 2-means from there. {@code buffer} and {@code mean}, of one
   * entry per column, are all zero on entry and are left so.
   */
  static boolean[] split(SparseRows x, int[] rows, double[] buffer, double[] mean) {
    int n = rows.length;
    int[] cols = columns(x, rows, buffer);
    for (int i : rows) {
      add(x, i, mean, 1.0 / n);
    }
    // start from the row least like the mean, centred
    int far = rows[0];
    double farDot = Double.POSITIVE_INFINITY;
    for (int i : rows) {
      double d = rowDot(x, i, mean);
      if (d < farDot) {
        farDot = d;
        far = i;
      }
    }
    double[] v = buffer;
    add(x, far, v, 1);
    for (int k : cols) {
      v[k] -= mean[k];
    }
    double[] proj = new double[n];
    for (int it = 0; it < POWER_ITERATIONS; it++) {
      double mv = dot(cols, mean, v);
      double total = 0;
      for (int j = 0; j < n; j++) {
        proj[j] = rowDot(x, rows[j], v) - mv;
        total += proj[j];
      }
      clear(cols, v);
      for (int j = 0; j < n; j++) {
        add(x, rows[j], v, proj[j]);
      }
      for (int k : cols) {
        v[k] -= total * mean[k];
      }
      double norm = Math.sqrt(dot(cols, v, v));
      if (norm == 0) {
        break;
      }
      for (int k : cols) {
        v[k] /= norm;
      }
    }
    double mv = dot(cols, mean, v);
    boolean[] side = new boolean[n];
    for (int j = 0; j < n; j++) {
      side[j] = rowDot(x, rows[j], v) - mv > 0;
    }
    double[] a = v;
    double[] b = mean;
    for (int it = 0; it < REFINE_ITERATIONS; it++) {
      clear(cols, a);
      clear(cols, b);
      for (int j = 0; j < n; j++) {
        add(x, rows[j], side[j] ? a : b, 1);
      }
      double na = Math.sqrt(dot(cols, a, a));
      double nb = Math.sqrt(dot(cols, b, b));
      if (na == 0 || nb == 0) {
        break;
      }
      boolean changed = false;
      for (int j = 0; j < n; j++) {
        boolean s = rowDot(x, rows[j], a) / na > rowDot(x, rows[j], b) / nb;
        changed |= s != side[j];
        side[j] = s;
      }
      if (!changed) {
        break;
      }
    }
    clear(cols, a);
    clear(cols, b);
    return side;
  }

  /** The distinct columns of {@code rows}, using {@code mark} (all zero, left all zero). */
  private static int[] columns(SparseRows x, int[] rows, double[] mark) {
    int n = 0;
    for (int i : rows) {
      for (int k = x.start[i]; k < x.start[i + 1]; k++) {
        if (mark[x.col[k]] == 0) {
          mark[x.col[k]] = 1;
          n++;
        }
      }
    }
    int[] cols = new int[n];
    int c = 0;
    for (int i : rows) {
      for (int k = x.start[i]; k < x.start[i + 1]; k++) {
        if (mark[x.col[k]] != 0) {
          mark[x.col[k]] = 0;
          cols[c++] = x.col[k];
        }
      }
    }
    return cols;
  }

  private static void clear(int[] cols, double[] v) {
    for (int k : cols) {
      v[k] = 0;
    }
  }

  private static void clear(SparseRows x, int row, double[] v) {
    for (int k = x.start[row]; k < x.start[row + 1]; k++) {
      v[x.col[k]] = 0;
    }
  }

  private static double dot(int[] cols, double[] a, double[] b) {
    double s = 0;
    for (int k : cols) {
      s += a[k] * b[k];
    }
    return s;
  }

  /** The dot product of the sum of {@code rows} with {@code v}. */
  private static double dot(SparseRows x, int[] rows, double[] v) {
    double s = 0;
    for (int i : rows) {
      s += rowDot(x, i, v);
    }
    return s;
  }

  private static int[][] members(int[] rowGroup, int groups) {
    int[] count = new int[groups];
    for (int g : rowGroup) {
      if (g >= 0) {
        count[g]++;
      }
    }
    int[][] m = new int[groups][];
    for (int g = 0; g < groups; g++) {
      m[g] = new int[count[g]];
    }
    int[] fill = new int[groups];
    for (int i = 0; i < rowGroup.length; i++) {
      int g = rowGroup[i];
      if (g >= 0) {
        m[g][fill[g]++] = i;
      }
    }
    return m;
  }

  private static int[] side(int[] rows, boolean[] side, boolean which) {
    int n = 0;
    for (boolean s : side) {
      n += s == which ? 1 : 0;
    }
    int[] out = new int[n];
    int k = 0;
    for (int j = 0; j < rows.length; j++) {
      if (side[j] == which) {
        out[k++] = rows[j];
      }
    }
    return out;
  }

  /** The squared norm of the sum of {@code rows}. */
  private static double norm2(SparseRows x, int[] rows, double[] buffer) {
    for (int i : rows) {
      add(x, i, buffer, 1);
    }
    double s = 0;
    for (int i : rows) {
      for (int k = x.start[i]; k < x.start[i + 1]; k++) {
        double v = buffer[x.col[k]];
        s += v * v;
        buffer[x.col[k]] = 0;
      }
    }
    return s;
  }

  private static void add(SparseRows x, int row, double[] into, double factor) {
    for (int k = x.start[row]; k < x.start[row + 1]; k++) {
      into[x.col[k]] += factor * x.val[k];
    }
  }

  private static double rowDot(SparseRows x, int row, double[] v) {
    double s = 0;
    for (int k = x.start[row]; k < x.start[row + 1]; k++) {
      s += x.val[k] * v[x.col[k]];
    }
    return s;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      s += a[k] * b[k];
    }
    return s;
  }
}
