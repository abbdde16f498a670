package voxpop.themes;

import java.util.Arrays;
import voxpop.params.Params;

/**
 * Sub-themes as Leiden communities of the k-nearest-neighbour graph of the questions (modularity
 * with a resolution), themes as Leiden communities of the graph of those sub-themes at a lower
 * resolution ("communities of the community graph"). When the number of themes K is forced, the
 * themes are K spherical k-means clusters of the questions ({@link SphericalKMeans}) and each
 * sub-theme is cut along them. Sub-themes smaller than {@code minSubthemeSize} become outliers in
 * automatic mode. Stateless and thread-safe.
 */
public final class GraphClusterer implements Clusterer {
  private static final double MIN_COVERED = 0.5;
  private static final double MIN_RESOLUTION = 0.01;

  @Override
  public Clustering cluster(Vectors vectors, int forcedThemes, FitContext context) {
    Params p = context.params();
    int n = vectors.rows();
    if (n == 0) {
      return Clustering.of(new int[0], 0, new int[0], 0);
    }
    KnnGraph.Neighbours nb =
        KnnGraph.build(
            vectors, p.get(ThemeParams.NEIGHBOURS), context.workers(), context.random("knn"));
    context.progress().update("themes: graph", n, n);
    Graph g = Graph.fromNeighbours(nb, n);
    int minSize = minSubthemeSize(p, n);
    int[] groupOf = new int[n];
    int groups = 0;
    // A resolution that suits thousands of questions shatters a handful of them into singletons;
    // halve it until most questions sit in a sub-theme of the minimum size.
    for (double res = p.get(ThemeParams.SUBTHEME_RESOLUTION); ; res /= 2) {
      int[] part = modularity(g, res, p, context, "subthemes");
      int count = Leiden.renumberCount(part);
      int[] size = new int[count];
      for (int c : part) {
        size[c]++;
      }
      int[] keep = new int[count];
      groups = 0;
      int covered = 0;
      for (int c = 0; c < count; c++) {
        keep[c] = size[c] >= minSize ? groups++ : -1;
        covered += keep[c] >= 0 ? size[c] : 0;
      }
      for (int i = 0; i < n; i++) {
        groupOf[i] = keep[part[i]];
      }
      if (covered >= MIN_COVERED * n || res < MIN_RESOLUTION) {
        break;
      }
    }
    if (forcedThemes > 0) {
      double[] ones = new double[n];
      Arrays.fill(ones, 1);
      int[] theme =
          SphericalKMeans.cluster(
              vectors,
              ones,
              forcedThemes,
              p.get(ThemeParams.KMEANS_RESTARTS),
              100,
              context.random("kmeans"),
              context.workers());
      int themes = Leiden.renumberCount(theme);
      int[][] placed = ThemeClassifier.regroup(groupOf, theme, themes, 1);
      return new Clustering(placed[0], placed[1].length, placed[1], themes, theme);
    }
    if (groups == 0) {
      return Clustering.of(groupOf, 0, new int[0], 0);
    }
    int[] members = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (groupOf[i] >= 0) {
        members[m++] = i;
      }
    }
    Graph groupGraph = subgraph(g, members, m).aggregate(compact(groupOf, members, m), groups);
    int[] themeOf =
        modularity(groupGraph, p.get(ThemeParams.THEME_RESOLUTION), p, context, "themes");
    int themes = Leiden.renumberCount(themeOf);
    return Clustering.of(groupOf, groups, themeOf, themes);
  }

  /** The smallest sub-theme of a sample of {@code n}: an absolute floor and a share of it. */
  static int minSubthemeSize(Params p, int n) {
    return Math.max(
        p.get(ThemeParams.MIN_SUBTHEME_SIZE),
        (int) Math.ceil(p.get(ThemeParams.MIN_SUBTHEME_SHARE) * n));
  }

  private static int[] modularity(
      Graph g, double resolution, Params p, FitContext context, String stage) {
    double[] strength = g.strengths();
    double total = 0;
    for (double s : strength) {
      total += s;
    }
    if (total == 0) {
      return Leiden.identity(g.n);
    }
    return Leiden.cluster(
        g,
        strength,
        resolution / total,
        p.get(ThemeParams.LEIDEN_ITERATIONS),
        null,
        context.random(stage));
  }

  private static int[] compact(int[] groupOf, int[] members, int m) {
    int[] out = new int[m];
    for (int i = 0; i < m; i++) {
      out[i] = groupOf[members[i]];
    }
    return out;
  }

  /** The graph induced by {@code members[0, m)}, renumbered in that order. */
  private static Graph subgraph(Graph g, int[] members, int m) {
    if (m == g.n) {
      return g;
    }
    int[] index = new int[g.n];
    Arrays.fill(index, -1);
    for (int i = 0; i < m; i++) {
      index[members[i]] = i;
    }
    int[] start = new int[m + 1];
    int[] adj = new int[g.adj.length];
    double[] w = new double[g.adj.length];
    double[] self = new double[m];
    int at = 0;
    for (int i = 0; i < m; i++) {
      int v = members[i];
      start[i] = at;
      self[i] = g.selfLoop[v];
      for (int e = g.start[v]; e < g.start[v + 1]; e++) {
        int u = index[g.adj[e]];
        if (u >= 0) {
          adj[at] = u;
          w[at++] = g.w[e];
        }
      }
    }
    start[m] = at;
    return new Graph(m, start, Arrays.copyOf(adj, at), Arrays.copyOf(w, at), self);
  }
}
