package voxpop.themes;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Community detection by the Leiden algorithm (Traag, Waltman and van Eck, "From Louvain to Leiden:
 * guaranteeing well-connected communities", Scientific Reports 9, 2019): fast local moving of nodes
 * (their algorithm A.2), refinement of each community into well-connected sub-communities merged at
 * random among the moves that do not lower the quality (A.3, randomness 0.01), and aggregation of
 * the refined partition with the unrefined one as the start (A.1).
 *
 * <p>The quality is written as in the paper's generalised form: moving node {@code v} into
 * community {@code C} gains {@code w(v, C) - gamma * n_v * N_C}, where {@code n} are node weights.
 * Modularity with resolution {@code r} is {@code n = strength} and {@code gamma = r / 2m}; the
 * constant Potts model is {@code n = 1} and {@code gamma = r}. Deterministic for a given generator;
 * single-threaded (it runs on the bounded fit sample, in well under a second).
 */
final class Leiden {
  private static final double THETA = 0.01;

  private Leiden() {}

  /**
   * Communities of {@code g}, numbered from 0 in order of their first node.
   *
   * @param initial a starting partition, or null for singletons
   */
  static int[] cluster(
      Graph g,
      double[] nodeWeight,
      double gamma,
      int iterations,
      int[] initial,
      SplittableRandom random) {
    int[] part = initial == null ? identity(g.n) : renumber(initial.clone());
    for (int it = 0; it < iterations; it++) {
      int[] next = renumber(pass(g, nodeWeight, gamma, part, random));
      boolean same = Arrays.equals(next, part);
      part = next;
      if (same && it > 0) {
        break;
      }
    }
    return part;
  }

  /** Modularity-style quality of {@code part}, {@code sum_c (e_c - gamma N_c^2 / 2)}. */
  static double quality(Graph g, double[] nodeWeight, double gamma, int[] part) {
    int count = 0;
    for (int c : part) {
      count = Math.max(count, c + 1);
    }
    double[] nc = new double[count];
    double internal = 0;
    for (int v = 0; v < g.n; v++) {
      nc[part[v]] += nodeWeight[v];
      internal += g.selfLoop[v];
      for (int e = g.start[v]; e < g.start[v + 1]; e++) {
        if (part[g.adj[e]] == part[v]) {
          internal += g.w[e] / 2;
        }
      }
    }
    double q = internal;
    for (double x : nc) {
      q -= gamma * x * x / 2;
    }
    return q;
  }

  private static int[] pass(
      Graph g, double[] nodeWeight, double gamma, int[] start, SplittableRandom random) {
    int[] toCurrent = identity(g.n);
    Graph cur = g;
    double[] cw = nodeWeight;
    int[] p = start.clone();
    while (true) {
      moveNodesFast(cur, cw, gamma, p, random);
      int count = renumberCount(p);
      if (count == cur.n) {
        break;
      }
      int[] r = refine(cur, cw, gamma, p, random);
      int rCount = renumberCount(r);
      if (rCount == cur.n) {
        r = p.clone();
        rCount = count;
      }
      Graph agg = cur.aggregate(r, rCount);
      double[] aw = new double[rCount];
      int[] ap = new int[rCount];
      for (int v = 0; v < cur.n; v++) {
        aw[r[v]] += cw[v];
        ap[r[v]] = p[v];
      }
      for (int o = 0; o < g.n; o++) {
        toCurrent[o] = r[toCurrent[o]];
      }
      cur = agg;
      cw = aw;
      p = ap;
    }
    int[] out = new int[g.n];
    for (int o = 0; o < g.n; o++) {
      out[o] = p[toCurrent[o]];
    }
    return out;
  }

  /** Leiden's queue-based local moving; {@code p} holds ids in {@code [0, n)} and is updated. */
  static void moveNodesFast(Graph g, double[] cw, double gamma, int[] p, SplittableRandom random) {
    int n = g.n;
    double[] commW = new double[n];
    int[] commSize = new int[n];
    for (int v = 0; v < n; v++) {
      commW[p[v]] += cw[v];
      commSize[p[v]]++;
    }
    int[] empty = new int[n];
    int emptyTop = 0;
    for (int c = n - 1; c >= 0; c--) {
      if (commSize[c] == 0) {
        empty[emptyTop++] = c;
      }
    }
    int[] queue = permutation(n, random);
    boolean[] queued = new boolean[n];
    Arrays.fill(queued, true);
    int head = 0;
    int size = n;
    double[] nbrW = new double[n];
    int[] touched = new int[n];
    while (size > 0) {
      int v = queue[head];
      head = (head + 1) % n;
      size--;
      queued[v] = false;
      int own = p[v];
      int tn = 0;
      for (int e = g.start[v]; e < g.start[v + 1]; e++) {
        int c = p[g.adj[e]];
        if (nbrW[c] == 0) {
          touched[tn++] = c;
        }
        nbrW[c] += g.w[e];
      }
      commW[own] -= cw[v];
      commSize[own]--;
      int best = own;
      double bestGain = nbrW[own] - gamma * cw[v] * commW[own];
      for (int t = 0; t < tn; t++) {
        int c = touched[t];
        double gain = nbrW[c] - gamma * cw[v] * commW[c];
        if (gain > bestGain) {
          bestGain = gain;
          best = c;
        }
      }
      if (bestGain < 0) {
        best = commSize[own] == 0 ? own : empty[--emptyTop];
      }
      commW[best] += cw[v];
      commSize[best]++;
      p[v] = best;
      if (commSize[own] == 0 && own != best) {
        empty[emptyTop++] = own;
      }
      for (int t = 0; t < tn; t++) {
        nbrW[touched[t]] = 0;
      }
      if (best != own) {
        for (int e = g.start[v]; e < g.start[v + 1]; e++) {
          int u = g.adj[e];
          if (!queued[u] && p[u] != best) {
            queued[u] = true;
            queue[(head + size) % n] = u;
            size++;
          }
        }
      }
    }
  }

  /** Leiden's refinement: well-connected sub-communities inside each community of {@code p}. */
  private static int[] refine(
      Graph g, double[] cw, double gamma, int[] p, SplittableRandom random) {
    int n = g.n;
    int[] r = identity(n);
    double[] rW = cw.clone();
    int[] rSize = new int[n];
    Arrays.fill(rSize, 1);
    double[] commW = new double[n];
    double[] ext = new double[n];
    for (int v = 0; v < n; v++) {
      commW[p[v]] += cw[v];
      for (int e = g.start[v]; e < g.start[v + 1]; e++) {
        if (p[g.adj[e]] == p[v]) {
          ext[v] += g.w[e];
        }
      }
    }
    double[] nbrW = new double[n];
    int[] touched = new int[n];
    double[] gains = new double[n];
    for (int v : permutation(n, random)) {
      int own = r[v];
      if (rSize[own] != 1) {
        continue;
      }
      double total = commW[p[v]];
      if (ext[own] < gamma * cw[v] * (total - cw[v])) {
        continue;
      }
      int tn = 0;
      for (int e = g.start[v]; e < g.start[v + 1]; e++) {
        int u = g.adj[e];
        if (p[u] != p[v]) {
          continue;
        }
        int c = r[u];
        if (nbrW[c] == 0) {
          touched[tn++] = c;
        }
        nbrW[c] += g.w[e];
      }
      double max = 0;
      int cand = 0;
      for (int t = 0; t < tn; t++) {
        int c = touched[t];
        if (c == own || ext[c] < gamma * rW[c] * (total - rW[c])) {
          continue;
        }
        double gain = nbrW[c] - gamma * cw[v] * rW[c];
        if (gain >= 0) {
          touched[cand] = c;
          gains[cand++] = gain;
          max = Math.max(max, gain);
        }
      }
      if (cand > 0) {
        double sum = Math.exp(-max / THETA);
        for (int t = 0; t < cand; t++) {
          sum += Math.exp((gains[t] - max) / THETA);
        }
        double x = random.nextDouble() * sum - Math.exp(-max / THETA);
        int chosen = -1;
        for (int t = 0; t < cand && x >= 0; t++) {
          x -= Math.exp((gains[t] - max) / THETA);
          if (x < 0) {
            chosen = touched[t];
          }
        }
        if (chosen >= 0) {
          ext[chosen] = ext[chosen] + ext[own] - 2 * nbrW[chosen];
          rW[chosen] += cw[v];
          rSize[chosen]++;
          rSize[own] = 0;
          r[v] = chosen;
        }
      }
      for (int e = g.start[v]; e < g.start[v + 1]; e++) {
        nbrW[r[g.adj[e]]] = 0;
      }
      for (int t = 0; t < tn; t++) {
        nbrW[touched[t]] = 0;
      }
    }
    return r;
  }

  static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  static int[] permutation(int n, SplittableRandom random) {
    int[] a = identity(n);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  /** Renumbers ids in order of first appearance, in place; returns the number of ids. */
  static int renumberCount(int[] part) {
    int max = 0;
    for (int c : part) {
      max = Math.max(max, c + 1);
    }
    int[] map = new int[max];
    Arrays.fill(map, -1);
    int next = 0;
    for (int i = 0; i < part.length; i++) {
      int c = part[i];
      if (map[c] < 0) {
        map[c] = next++;
      }
      part[i] = map[c];
    }
    return next;
  }

  static int[] renumber(int[] part) {
    renumberCount(part);
    return part;
  }
}
