package voxpop.themes;

import java.util.List;
import voxpop.params.Param;
import voxpop.params.Params;

/**
 * Every tunable of theme discovery, declared once. The defaults were chosen on all the real sets of
 * {@code docs/quality.md} together (never on one alone); {@code docs/themes.md} says why each one
 * has its value.
 */
public final class ThemeParams {
  private ThemeParams() {}

  /** Distinct questions the themes are fitted on; every other question is assigned afterwards. */
  public static final Param<Integer> SAMPLE_SIZE =
      Param.ofInt(
          "sampleSize",
          40_000,
          10,
          1_000_000,
          "questions",
          "distinct questions drawn (weighted by people asking) to fit the themes on");

  /** A stem becomes a feature when at least this many sampled questions contain it. */
  public static final Param<Integer> MIN_DF =
      Param.ofInt(
          "minDf", 2, 1, 1000, "questions", "fewest sampled questions a stem needs to count");

  /** Stems in a larger share of the sample carry no theme. */
  public static final Param<Double> MAX_DF_SHARE =
      Param.ofDouble(
          "maxDfShare",
          0.5,
          0.01,
          1.0,
          "share",
          "stems in more than this share of sampled questions are ignored");

  /** Dimensions of the latent space the questions are compared in. */
  public static final Param<Integer> DIMENSIONS =
      Param.ofInt(
          "dimensions", 200, 2, 1000, "dimensions", "size of the latent (LSA) question space");

  /** Power iterations of the randomized SVD. */
  public static final Param<Integer> POWER_ITERATIONS =
      Param.ofInt(
          "powerIterations",
          4,
          0,
          20,
          "iterations",
          "subspace iterations of the randomized SVD (Halko et al. 2011, alg. 4.4)");

  /** Neighbours per question in the similarity graph. */
  public static final Param<Integer> NEIGHBOURS =
      Param.ofInt(
          "neighbours", 15, 2, 200, "questions", "nearest neighbours per question in the graph");

  /** Neighbours per question in the graph the themes are found on. */
  public static final Param<Integer> THEME_NEIGHBOURS =
      Param.ofInt(
          "themeNeighbours",
          50,
          2,
          500,
          "questions",
          "nearest neighbours per question in the graph whose sub-theme communities are grouped"
              + " into themes (sub-themes use `neighbours`)");

  /** Resolution of the sub-theme communities. */
  public static final Param<Double> SUBTHEME_RESOLUTION =
      Param.ofDouble(
          "subthemeResolution",
          10.0,
          0.0001,
          100.0,
          "",
          "modularity resolution of sub-theme communities; higher gives more, smaller ones");

  /** Resolution of the theme communities over the sub-theme graph. */
  public static final Param<Double> THEME_RESOLUTION =
      Param.ofDouble(
          "themeResolution",
          1.5,
          0.0001,
          100.0,
          "",
          "modularity resolution of themes over the sub-theme graph; lower gives fewer themes");

  /** Themes whose centroids are at least this similar are merged. */
  public static final Param<Double> THEME_MERGE_SIMILARITY =
      Param.ofDouble(
          "themeMergeSimilarity",
          0.45,
          0.0,
          1.0,
          "cosine",
          "after classification, themes whose centroids over the TF-IDF term rows are at least"
              + " this similar become one theme (automatic mode); 1 turns merging off");

  /** Below this cosine with its own theme, a half of a sub-theme may join another theme. */
  public static final Param<Double> REHOME_SIMILARITY =
      Param.ofDouble(
          "rehomeSimilarity",
          0.1,
          0.0,
          1.0,
          "cosine",
          "each sub-theme of the sample is cut in two; a half whose term rows have a cosine below"
              + " this with the rest of its theme and at least this much higher with another theme"
              + " joins that theme (automatic mode); 0 turns it off");

  /** Leiden iterations (each: local moving, refinement, aggregation until stable). */
  public static final Param<Integer> LEIDEN_ITERATIONS =
      Param.ofInt(
          "leidenIterations",
          10,
          1,
          100,
          "iterations",
          "full Leiden passes; stops early when the partition no longer changes");

  /** Sub-themes with fewer sampled questions go to "other". */
  public static final Param<Integer> MIN_SUBTHEME_SIZE =
      Param.ofInt(
          "minSubthemeSize",
          3,
          1,
          100_000,
          "questions",
          "smaller sampled groups are not sub-themes; their questions go to other");

  /** Sub-themes smaller than this share of the sample go to "other". */
  public static final Param<Double> MIN_SUBTHEME_SHARE =
      Param.ofDouble(
          "minSubthemeShare",
          0.002,
          0.0,
          0.5,
          "share",
          "sub-themes also need this share of the sampled questions (whichever floor is higher)");

  /** Extra passes that refit with each feature weighted by its topicality. */
  public static final Param<Integer> TOPICALITY_PASSES =
      Param.ofInt(
          "topicalityPasses",
          0,
          0,
          3,
          "passes",
          "refits with words weighted by how concentrated they are in the previous pass's"
              + " sub-themes (0: one plain pass)");

  /** The exponent of the topicality weight. */
  public static final Param<Double> TOPICALITY_POWER =
      Param.ofDouble(
          "topicalityPower",
          0.5,
          0.0,
          10.0,
          "",
          "exponent of a word's topicality (1 - normalised entropy over sub-themes); higher fades"
              + " words spread over many sub-themes faster");

  /** Questions less similar than this to their sub-theme go to "other". */
  public static final Param<Double> OUTLIER_SIMILARITY =
      Param.ofDouble(
          "outlierSimilarity",
          0.05,
          -1.0,
          1.0,
          "cosine",
          "questions less similar (TF-IDF cosine) to their sub-theme's centroid are other (automatic"
              + " mode)");

  /** Restarts of k-means when the number of themes is forced. */
  public static final Param<Integer> KMEANS_RESTARTS =
      Param.ofInt(
          "kmeansRestarts",
          5,
          1,
          100,
          "restarts",
          "k-means++ restarts for forced themes; the best total similarity wins");

  /** Extra starts of forced themes, the most likely after classification wins. */
  public static final Param<Integer> THEME_RESTARTS =
      Param.ofInt(
          "themeRestarts",
          9,
          0,
          100,
          "starts",
          "extra k-means starts of forced themes; the most likely after classification wins");

  /** Passes of iterative classification. */
  public static final Param<Integer> IC_PASSES =
      Param.ofInt(
          "icPasses",
          10,
          0,
          200,
          "passes",
          "iterative classification passes per level (train on cores, re-classify the sample)");

  /** Share of each group that trains the classifier. */
  public static final Param<Double> IC_KEEP =
      Param.ofDouble(
          "icKeep",
          0.9,
          0.05,
          1.0,
          "share",
          "share of each group's most confident members that trains the next pass");

  /**
   * Distinct questions the classifiers are learnt again from, as the first assignment placed them.
   */
  public static final Param<Integer> RELEARN_SAMPLE =
      Param.ofInt(
          "relearnSample",
          1_000_000,
          0,
          100_000_000,
          "questions",
          "after every question is placed, the classifiers are learnt again from this many distinct"
              + " questions (weighted by people asking) as they were placed, and every question is"
              + " placed again (automatic mode; 0: none)");

  /** Naive Bayes smoothing. */
  public static final Param<Double> NB_ALPHA =
      Param.ofDouble(
          "nbAlpha", 0.1, 1e-6, 100.0, "", "Laplace smoothing of the naive Bayes classifiers");

  /** Key phrases kept per theme and sub-theme. */
  public static final Param<Integer> KEY_PHRASES =
      Param.ofInt("keyPhrases", 5, 1, 50, "phrases", "key phrases per theme and sub-theme");

  /** Longest key phrase. */
  public static final Param<Integer> MAX_PHRASE_WORDS =
      Param.ofInt("maxPhraseWords", 4, 1, 8, "words", "longest key phrase, in content words");

  /** Members of a group read again for its labels. */
  public static final Param<Integer> LABEL_SAMPLE =
      Param.ofInt(
          "labelSample",
          100,
          5,
          100_000,
          "questions",
          "members of each sub-theme re-read for surface phrases");

  public static final List<Param<?>> ALL =
      List.of(
          SAMPLE_SIZE,
          MIN_DF,
          MAX_DF_SHARE,
          DIMENSIONS,
          POWER_ITERATIONS,
          NEIGHBOURS,
          THEME_NEIGHBOURS,
          SUBTHEME_RESOLUTION,
          THEME_RESOLUTION,
          THEME_MERGE_SIMILARITY,
          REHOME_SIMILARITY,
          LEIDEN_ITERATIONS,
          MIN_SUBTHEME_SIZE,
          MIN_SUBTHEME_SHARE,
          TOPICALITY_PASSES,
          TOPICALITY_POWER,
          OUTLIER_SIMILARITY,
          KMEANS_RESTARTS,
          THEME_RESTARTS,
          IC_PASSES,
          IC_KEEP,
          RELEARN_SAMPLE,
          NB_ALPHA,
          KEY_PHRASES,
          MAX_PHRASE_WORDS,
          LABEL_SAMPLE);

  /** The defaults of {@link #ALL}. */
  public static Params defaults() {
    return Params.defaults(ALL);
  }
}
