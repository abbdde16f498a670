package voxpop.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import voxpop.params.Params;
import voxpop.terms.TermSource;

/**
 * Theme discovery in nine steps, each a replaceable part or a small class:
 *
 * <ol>
 *   <li>draw the fit sample: a bounded, weighted sample of distinct questions ({@link FitSample});
 *   <li>learn the vectors from it and embed it ({@link Vectoriser}; default {@link LsaVectoriser});
 *   <li>cluster it into sub-themes, themes and outliers ({@link Clusterer}; default {@link
 *       GraphClusterer}: k-nearest-neighbour graph and Leiden);
 *   <li>refine the sample's groups by iterative classification ({@link ThemeClassifier});
 *   <li>assign every question of the run with the resulting classifiers ({@link ThemeAssigner}), in
 *       time linear in the number of questions;
 *   <li>in automatic mode, learn the classifiers again from up to {@code relearnSample} questions
 *       as they were placed, and place every question again;
 *   <li>rank themes and sub-themes by the people asking, drop empty ones ({@link Ranking});
 *   <li>label them with key phrases ({@link Labeller}; default {@link PhraseLabeller});
 *   <li>keep what {@link ThemeModel#assign} needs, with the provenance.
 * </ol>
 *
 * Only the sample costs more than linear time, so the run grows linearly with the input. Same input
 * and seed give the same model on any thread count. Thread-safe: one engine serves many runs.
 */
public final class DefaultThemeEngine implements ThemeEngine {
  /** The smallest topicality factor: a word spread evenly over all sub-themes nearly vanishes. */
  private static final double MIN_TOPICALITY = 0.01;

  private final Vectoriser vectoriser;
  private final Clusterer clusterer;
  private final Labeller labeller;
  private final TermSource termSource;
  private final SurfaceSource surfaceSource;

  /** The default method over the run's text analysis. */
  public DefaultThemeEngine(TermSource termSource, SurfaceSource surfaceSource) {
    this(
        new LsaVectoriser(),
        new GraphClusterer(),
        new PhraseLabeller(surfaceSource),
        termSource,
        surfaceSource);
  }

  /**
   * A method of one's own parts.
   *
   * @param surfaceSource surface forms of the same analysis, to keep names out of the features;
   *     null to keep them in
   */
  public DefaultThemeEngine(
      Vectoriser vectoriser,
      Clusterer clusterer,
      Labeller labeller,
      TermSource termSource,
      SurfaceSource surfaceSource) {
    this.vectoriser = Objects.requireNonNull(vectoriser);
    this.clusterer = Objects.requireNonNull(clusterer);
    this.labeller = Objects.requireNonNull(labeller);
    this.termSource = Objects.requireNonNull(termSource);
    this.surfaceSource = surfaceSource;
  }

  @Override
  public ThemeModel discover(ThemeInput input, ThemeRequest request) {
    Params p = request.params();
    Map<String, Object> timings = new LinkedHashMap<>();
    Stopwatch clock = new Stopwatch(timings);
    try (Workers workers = new Workers(request.threads())) {
      FitContext ctx =
          new FitContext(p, request.seed(), termSource, surfaceSource, workers, request.progress());
      int[] sample =
          FitSample.draw(
              input.terms(), input.weights(), p.get(ThemeParams.SAMPLE_SIZE), ctx.random("sample"));
      ctx.names(ProperNames.detect(input, sample, surfaceSource, workers));
      ctx.canonical(LanguageBridge.load(termSource).canonical(input, sample));
      clock.lap("sample");
      DocEmbedding embedding;
      Vectors vectors;
      StemFeatures features;
      SparseRows rows;
      ThemeClassifier.Result classified;
      Clustering found;
      for (int pass = 0; ; pass++) {
        embedding = vectoriser.fit(input, sample, ctx);
        vectors = embed(input, sample, embedding, workers);
        clock.lap("vectorise");
        features = features(embedding, input, sample, ctx);
        rows = features.rows(input.terms(), sample);
        ctx.termRows(embedding instanceof TermEmbedding ? rows : null);
        found = clusterer.cluster(vectors, request.forcedThemes(), ctx);
        clock.lap("cluster");
        classified =
            ThemeClassifier.fit(
                rows,
                vectors,
                found,
                p,
                GraphClusterer.minSubthemeSize(p, sample.length),
                request.forcedThemes() > 0,
                ctx.random("restarts"),
                workers);
        clock.lap("classify");
        if (pass >= p.get(ThemeParams.TOPICALITY_PASSES) || !(embedding instanceof TermEmbedding)) {
          break;
        }
        float[] before = ctx.topicality();
        float[] w =
            Topicality.weights(
                rows,
                classified.groupOf(),
                classified.groups(),
                p.get(ThemeParams.TOPICALITY_POWER),
                MIN_TOPICALITY);
        if (before != null) {
          for (int f = 0; f < w.length; f++) {
            w[f] *= before[f];
          }
        }
        ctx.topicality(w);
        clock.lap("topicality");
      }
      ThemeAssigner assigner = assigner(features, rows, classified, request, p);
      int relearnSize = p.get(ThemeParams.RELEARN_SAMPLE);
      int relearned = 0;
      if (relearnSize > 0 && request.forcedThemes() == 0 && classified.groups() > 0) {
        // Self-training: the fit sample is bounded, so its tables see each word in few questions;
        // learnt again from many more questions as the first pass placed them, they weigh the
        // words by the whole run (docs/themes.md). The random stream keeps its first name, "refit",
        // so that runs stay byte-identical to those measured under it.
        int[] docs =
            FitSample.draw(input.terms(), input.weights(), relearnSize, ctx.random("refit"));
        // Only the drawn questions need their first place; every question gets its last below.
        int[] first = assigner.assign(input.terms(), docs, workers);
        classified = relearn(features.rows(input.terms(), docs), first, classified, p);
        relearned = docs.length;
        assigner = assigner(features, rows, classified, request, p);
      }
      int[] internal = assigner.assignAll(input.terms(), workers);
      final ThemeAssigner placed = assigner;
      request.progress().update("themes: assign", input.size(), input.size());
      clock.lap("assign");
      Ranking ranking =
          Ranking.byPeople(internal, classified.themeOf(), classified.themes(), input.weights());
      int[] subthemeOf = ranking.apply(internal);
      Labeller.Labels labels =
          labeller.label(input, subthemeOf, ranking.themeOf(), ranking.themes(), ctx);
      clock.lap("label");
      Map<String, Object> provenance = new LinkedHashMap<>();
      provenance.put("engine", getClass().getSimpleName());
      provenance.put("vectoriser", embedding.describe());
      provenance.put("clusterer", clusterer.getClass().getSimpleName());
      provenance.put(
          "classifier",
          "iterative naive Bayes, "
              + classified.passes()
              + " passes"
              + (relearned > 0 ? ", learnt again from " + relearned + " placed questions" : ""));
      provenance.put("labeller", labeller.getClass().getSimpleName());
      provenance.put("questions", input.size());
      provenance.put("fitSample", sample.length);
      provenance.put("features", features.count());
      provenance.put("forcedThemes", request.forcedThemes());
      provenance.put("clusteredSubthemes", found.groups());
      provenance.put("clusteredThemes", found.themes());
      provenance.put("subthemes", ranking.groups());
      provenance.put("themes", ranking.themes());
      provenance.put("seed", request.seed());
      provenance.put("parameters", p.asMap());
      provenance.put("timingsMs", timings);
      return new FittedThemeModel(
          subthemeOf,
          subthemes(ranking, labels),
          themes(ranking, labels),
          (text, language) -> ranking.apply(placed.assignText(text, language)),
          provenance);
    }
  }

  /**
   * The classifier's tables learnt again from drawn questions (their term rows {@code x}) under the
   * sub-themes the first placement gave them ({@code placed}, -1 for "other", which takes no part).
   * The sample's groups stay as they were (they name the sub-themes and give the outlier
   * centroids).
   */
  private static ThemeClassifier.Result relearn(
      SparseRows x, int[] placed, ThemeClassifier.Result c, Params p) {
    int[] theme = new int[placed.length];
    for (int i = 0; i < placed.length; i++) {
      theme[i] = placed[i] < 0 ? -1 : c.themeOf()[placed[i]];
    }
    boolean[] all = new boolean[placed.length];
    Arrays.fill(all, true);
    double alpha = p.get(ThemeParams.NB_ALPHA);
    return new ThemeClassifier.Result(
        c.groupOf(),
        c.groups(),
        c.themeOf(),
        c.themes(),
        keepUnseen(
            NaiveBayes.train(x, theme, all, c.themes(), alpha), c.themeTable(), theme, c.themes()),
        keepUnseen(
            NaiveBayes.train(x, placed, all, c.groups(), alpha),
            c.groupTable(),
            placed,
            c.groups()),
        c.passes());
  }

  /**
   * A class that no drawn question was placed in keeps its column of the sample's table: learnt
   * from nothing, its column would be flat, and a flat column outscores every learnt one on the
   * words those never saw, so it would draw in questions of no matter.
   */
  static float[] keepUnseen(float[] relearned, float[] fitted, int[] y, int classes) {
    boolean[] seen = new boolean[classes];
    for (int c : y) {
      if (c >= 0) {
        seen[c] = true;
      }
    }
    for (int k = 0; k < classes; k++) {
      if (!seen[k]) {
        for (int o = k; o < relearned.length; o += classes) {
          relearned[o] = fitted[o];
        }
      }
    }
    return relearned;
  }

  /** The embedding's own stems when it has them, else the same selection made here. */
  private static StemFeatures features(
      DocEmbedding embedding, ThemeInput input, int[] sample, FitContext ctx) {
    if (embedding instanceof TermEmbedding te) {
      return te.features();
    }
    return StemFeatures.select(
        input.terms(),
        sample,
        ctx.params().get(ThemeParams.MIN_DF),
        ctx.params().get(ThemeParams.MAX_DF_SHARE),
        ctx.names(),
        ctx.canonical(),
        ctx.termSource());
  }

  private static ThemeAssigner assigner(
      StemFeatures features,
      SparseRows rows,
      ThemeClassifier.Result c,
      ThemeRequest request,
      Params p) {
    int[] bounds = new int[c.themes() + 1];
    for (int t : c.themeOf()) {
      bounds[t + 1]++;
    }
    for (int t = 0; t < c.themes(); t++) {
      bounds[t + 1] += bounds[t];
    }
    double threshold =
        request.forcedThemes() > 0
            ? Double.NEGATIVE_INFINITY
            : p.get(ThemeParams.OUTLIER_SIMILARITY);
    return new ThemeAssigner(
        features,
        c.themes(),
        c.themeTable(),
        c.groups(),
        c.groupTable(),
        bounds,
        ThemeAssigner.centroids(rows, c.groupOf(), c.groups()),
        threshold);
  }

  private static Vectors embed(
      ThemeInput input, int[] sample, DocEmbedding embedding, Workers workers) {
    int d = embedding.dimension();
    Vectors v = Vectors.zeros(sample.length, d);
    workers.forChunks(
        sample.length,
        1024,
        (c, from, to) -> {
          float[] buf = new float[d];
          for (int i = from; i < to; i++) {
            embedding.embed(input, sample[i], buf);
            System.arraycopy(buf, 0, v.data(), i * d, d);
          }
        });
    return v;
  }

  private static List<ThemeModel.Subtheme> subthemes(Ranking r, Labeller.Labels labels) {
    List<ThemeModel.Subtheme> out = new ArrayList<>(r.groups());
    for (int g = 0; g < r.groups(); g++) {
      out.add(new ThemeModel.Subtheme(g, r.themeOf()[g], labels.subthemes().get(g)));
    }
    return out;
  }

  private static List<ThemeModel.Theme> themes(Ranking r, Labeller.Labels labels) {
    List<ThemeModel.Theme> out = new ArrayList<>(r.themes());
    for (int t = 0; t < r.themes(); t++) {
      out.add(new ThemeModel.Theme(t, labels.themes().get(t)));
    }
    return out;
  }

  /** Wall time per step, in milliseconds, for provenance. */
  private static final class Stopwatch {
    private final Map<String, Object> laps;
    private long last = System.nanoTime();

    Stopwatch(Map<String, Object> laps) {
      this.laps = laps;
    }

    void lap(String step) {
      long now = System.nanoTime();
      // a step that runs once per pass adds up over the passes
      laps.merge(step, (now - last) / 1_000_000, (a, b) -> (Long) a + (Long) b);
      last = now;
    }
  }
}
