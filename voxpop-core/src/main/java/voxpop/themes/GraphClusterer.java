package voxpop.themes;

import java.util.Arrays;
import voxpop.params.Params;

/**
 * Sub-themes as Leiden communities of the k-nearest-neighbour graph of the questions (neighbours
 * among their TF-IDF term rows when the vectoriser has them, else among the vectors; modularity
 * with a resolution), themes as Leiden communities of the graph of those communities at a lower
 * resolution ("communities of the community graph"; communities too small to be sub-themes take
 * part, so that their edges still tie the sub-themes of one matter together). The community graph
 * sums the edges of a wider neighbourhood ({@code themeNeighbours}, nearest first, of which the
 * sub-theme graph takes the first {@code neighbours}): when each phrasing of a matter is a flood of
 * near-copies, a question's few nearest neighbours are its own copies, and only further ones reach
 * the matter's other phrasings. When the number of themes K is forced, the themes are K spherical
 * k-means clusters of the questions ({@link SphericalKMeans}) and each sub-theme is cut along them.
 * Sub-themes smaller than {@code minSubthemeSize} become outliers in automatic mode. Stateless and
 * thread-safe.
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
    // Neighbours by the terms themselves when the vectoriser has them: the latent space also ties
    // questions that share no word, and those ties crossed themes more often (docs/themes.md).
    SparseRows terms = context.termRows();
    int kSub = p.get(ThemeParams.NEIGHBOURS);
    int kTheme = p.get(ThemeParams.THEME_NEIGHBOURS);
    KnnGraph.Neighbours nb =
        terms != null && terms.rows == n
            ? KnnGraph.sparse(terms, Math.max(kSub, kTheme), context.workers())
            : KnnGraph.build(
                vectors, Math.max(kSub, kTheme), context.workers(), context.random("knn"));
    context.progress().update("themes: graph", n, n);
    Graph g = Graph.fromNeighbours(nb.first(kSub), n);
    Graph themeGraph = kTheme == kSub ? g : Graph.fromNeighbours(nb.first(kTheme), n);
    int minSize = minSubthemeSize(p, n);
    int[] part = null;
    int count = 0;
    int[] keep = null;
    int groups = 0;
    // A resolution that suits thousands of questions shatters a handful of them into singletons;
    // halve it until most questions sit in a sub-theme of the minimum size.
    for (double res = p.get(ThemeParams.SUBTHEME_RESOLUTION); ; res /= 2) {
      part = modularity(g, res, p, context, "subthemes");
      count = Leiden.renumberCount(part);
      int[] size = new int[count];
      for (int c : part) {
        size[c]++;
      }
      keep = new int[count];
      groups = 0;
      int covered = 0;
      for (int c = 0; c < count; c++) {
        keep[c] = size[c] >= minSize ? groups++ : -1;
        covered += keep[c] >= 0 ? size[c] : 0;
      }
      if (covered >= MIN_COVERED * n || res < MIN_RESOLUTION) {
        break;
      }
    }
    int[] groupOf = new int[n];
    for (int i = 0; i < n; i++) {
      groupOf[i] = keep[part[i]];
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
    // Themes are communities of the graph of all communities, the small ones included: a small
    // community is no sub-theme, but its edges are often what ties two sub-themes of one matter
    // together (on a small corpus, most of them). Its questions keep the theme as their start.
    int[] themeOfCommunity =
        modularity(
            themeGraph.aggregate(part, count),
            p.get(ThemeParams.THEME_RESOLUTION),
            p,
            context,
            "themes");
    Leiden.renumberCount(themeOfCommunity);
    // Only themes that hold a sub-theme are themes; numbered in order of their first sub-theme.
    int[] themeNumber = new int[count];
    Arrays.fill(themeNumber, -1);
    int themes = 0;
    int[] themeOf = new int[groups];
    for (int c = 0; c < count; c++) {
      if (keep[c] >= 0) {
        int t = themeOfCommunity[c];
        if (themeNumber[t] < 0) {
          themeNumber[t] = themes++;
        }
        themeOf[keep[c]] = themeNumber[t];
      }
    }
    int[] rowTheme = new int[n];
    for (int i = 0; i < n; i++) {
      rowTheme[i] = themeNumber[themeOfCommunity[part[i]]];
    }
    return new Clustering(groupOf, groups, themeOf, themes, rowTheme);
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
}
