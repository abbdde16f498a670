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
 * Theme discovery in eight steps, each a replaceable part or a small class:
 *
 * <ol>
 *   <li>draw the fit sample: a bounded, weighted sample of distinct questions ({@link FitSample});
 *   <li>learn the vectors from it ({@link Vectoriser}; default {@link LsaVectoriser});
 *   <li>embed the sample;
 *   <li>cluster it into sub-themes, themes and outliers ({@link Clusterer}; default {@link
 *       GraphClusterer}: k-nearest-neighbour graph and Leiden);
 *   <li>refine the sample by nearest-centroid passes ({@link CentroidRefiner});
 *   <li>assign every question of the run to the nearest sub-theme centroid ({@link
 *       CentroidAssigner}), in time linear in the number of questions;
 *   <li>order themes and sub-themes by the people asking in the sample, drop empty ones;
 *   <li>label them with key phrases ({@link Labeller}; default {@link PhraseLabeller}).
 * </ol>
 *
 * Only the sample costs more than linear time, so the run grows linearly with the input. Same input
 * and seed give the same model on any thread count. Thread-safe: one engine serves many runs.
 */
public final class DefaultThemeEngine implements ThemeEngine {
  private final Vectoriser vectoriser;
  private final Clusterer clusterer;
  private final Labeller labeller;
  private final TermSource termSource;

  /** The default method over the run's text analysis. */
  public DefaultThemeEngine(TermSource termSource, SurfaceSource surfaceSource) {
    this(new LsaVectoriser(), new GraphClusterer(), new PhraseLabeller(surfaceSource), termSource);
  }

  /** A method of one's own parts. */
  public DefaultThemeEngine(
      Vectoriser vectoriser, Clusterer clusterer, Labeller labeller, TermSource termSource) {
    this.vectoriser = Objects.requireNonNull(vectoriser);
    this.clusterer = Objects.requireNonNull(clusterer);
    this.labeller = Objects.requireNonNull(labeller);
    this.termSource = Objects.requireNonNull(termSource);
  }

  @Override
  public ThemeModel discover(ThemeInput input, ThemeRequest request) {
    Params p = request.params();
    Map<String, Object> timings = new LinkedHashMap<>();
    Stopwatch clock = new Stopwatch(timings);
    try (Workers workers = new Workers(request.threads())) {
      FitContext ctx = new FitContext(p, request.seed(), termSource, workers, request.progress());
      int[] sample =
          FitSample.draw(
              input.terms(), input.weights(), p.get(ThemeParams.SAMPLE_SIZE), ctx.random("sample"));
      clock.lap("sample");
      DocEmbedding embedding = vectoriser.fit(input, sample, ctx);
      clock.lap("vectorise");
      Vectors vectors = embed(input, sample, embedding, workers);
      clock.lap("embed");
      Clustering found = clusterer.cluster(vectors, request.forcedThemes(), ctx);
      clock.lap("cluster");
      double threshold =
          request.forcedThemes() > 0
              ? Double.NEGATIVE_INFINITY
              : p.get(ThemeParams.OUTLIER_SIMILARITY);
      int[] groupOf = found.groupOf().clone();
      int passes =
          CentroidRefiner.refine(
              vectors,
              groupOf,
              found.groups(),
              p.get(ThemeParams.REFINE_PASSES),
              threshold,
              workers);
      clock.lap("refine");
      Ordering order = Ordering.bySampleWeight(groupOf, found, sample, input.weights());
      float[] centroids =
          order.permute(
              CentroidRefiner.centroids(vectors, groupOf, found.groups()), embedding.dimension());
      CentroidAssigner assigner =
          new CentroidAssigner(embedding, centroids, order.groups(), threshold);
      int[] subthemeOf = assigner.assignAll(input.terms(), workers);
      request.progress().update("themes: assign", input.size(), input.size());
      clock.lap("assign");
      Ordering kept = Ordering.dropEmpty(subthemeOf, order.themeOf(), order.themes());
      kept.remap(subthemeOf);
      CentroidAssigner finalAssigner =
          new CentroidAssigner(
              embedding, kept.permute(centroids, embedding.dimension()), kept.groups(), threshold);
      Labeller.Labels labels =
          labeller.label(input, subthemeOf, kept.themeOf(), kept.themes(), ctx);
      clock.lap("label");
      Map<String, Object> provenance = new LinkedHashMap<>();
      provenance.put("engine", getClass().getSimpleName());
      provenance.put("vectoriser", embedding.describe());
      provenance.put("clusterer", clusterer.getClass().getSimpleName());
      provenance.put("labeller", labeller.getClass().getSimpleName());
      provenance.put("questions", input.size());
      provenance.put("fitSample", sample.length);
      provenance.put("forcedThemes", request.forcedThemes());
      provenance.put("clusteredSubthemes", found.groups());
      provenance.put("clusteredThemes", found.themes());
      provenance.put("refinePasses", passes);
      provenance.put("subthemes", kept.groups());
      provenance.put("themes", kept.themes());
      provenance.put("seed", request.seed());
      provenance.put("parameters", p.asMap());
      provenance.put("timingsMs", timings);
      return new FittedThemeModel(
          subthemeOf, subthemes(kept, labels), themes(kept, labels), finalAssigner, provenance);
    }
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
            embedding.embed(input.terms(), sample[i], buf);
            System.arraycopy(buf, 0, v.data(), i * d, d);
          }
        });
    return v;
  }

  private static List<ThemeModel.Subtheme> subthemes(Ordering o, Labeller.Labels labels) {
    List<ThemeModel.Subtheme> out = new ArrayList<>(o.groups());
    for (int g = 0; g < o.groups(); g++) {
      out.add(new ThemeModel.Subtheme(g, o.themeOf()[g], labels.subthemes().get(g)));
    }
    return out;
  }

  private static List<ThemeModel.Theme> themes(Ordering o, Labeller.Labels labels) {
    List<ThemeModel.Theme> out = new ArrayList<>(o.themes());
    for (int t = 0; t < o.themes(); t++) {
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
      laps.put(step, (now - last) / 1_000_000);
      last = now;
    }
  }

  /**
   * A renumbering of sub-themes: {@code newOf[old]} is the new index or -1 (dropped); themes are
   * renumbered alongside.
   */
  record Ordering(int[] newOf, int groups, int[] themeOf, int themes) {
    /** Themes by their sample weight, then sub-themes by theme and weight; empty ones dropped. */
    static Ordering bySampleWeight(int[] groupOf, Clustering c, int[] sample, int[] weights) {
      double[] gw = new double[c.groups()];
      for (int i = 0; i < groupOf.length; i++) {
        if (groupOf[i] >= 0) {
          gw[groupOf[i]] += weights[sample[i]];
        }
      }
      return order(gw, c.themeOf(), c.themes());
    }

    /** Drops the sub-themes no question went to, and themes left without sub-themes. */
    static Ordering dropEmpty(int[] subthemeOf, int[] themeOf, int themes) {
      double[] count = new double[themeOf.length];
      for (int s : subthemeOf) {
        if (s >= 0) {
          count[s]++;
        }
      }
      int[] newOf = new int[themeOf.length];
      int groups = 0;
      int[] themeNew = new int[themes];
      Arrays.fill(themeNew, -1);
      int newThemes = 0;
      List<Integer> kept = new ArrayList<>();
      for (int g = 0; g < themeOf.length; g++) {
        if (count[g] > 0) {
          newOf[g] = groups++;
          kept.add(g);
          if (themeNew[themeOf[g]] < 0) {
            themeNew[themeOf[g]] = newThemes++;
          }
        } else {
          newOf[g] = -1;
        }
      }
      int[] newThemeOf = new int[groups];
      for (int i = 0; i < groups; i++) {
        newThemeOf[i] = themeNew[themeOf[kept.get(i)]];
      }
      return new Ordering(newOf, groups, newThemeOf, newThemes);
    }

    private static Ordering order(double[] gw, int[] themeOf, int themes) {
      int groups = gw.length;
      double[] tw = new double[themes];
      for (int g = 0; g < groups; g++) {
        tw[themeOf[g]] += gw[g];
      }
      Integer[] ts = new Integer[themes];
      for (int t = 0; t < themes; t++) {
        ts[t] = t;
      }
      Arrays.sort(ts, (a, b) -> Double.compare(tw[b], tw[a]));
      int[] themeRank = new int[themes];
      for (int r = 0; r < themes; r++) {
        themeRank[ts[r]] = r;
      }
      Integer[] gs = new Integer[groups];
      for (int g = 0; g < groups; g++) {
        gs[g] = g;
      }
      Arrays.sort(
          gs,
          (a, b) -> {
            int c = Integer.compare(themeRank[themeOf[a]], themeRank[themeOf[b]]);
            return c != 0 ? c : Double.compare(gw[b], gw[a]);
          });
      int[] newOf = new int[groups];
      Arrays.fill(newOf, -1);
      int kept = 0;
      int[] themeNew = new int[themes];
      Arrays.fill(themeNew, -1);
      int newThemes = 0;
      List<Integer> newTheme = new ArrayList<>();
      for (int g : gs) {
        if (gw[g] <= 0) {
          continue;
        }
        newOf[g] = kept++;
        int t = themeOf[g];
        if (themeNew[t] < 0) {
          themeNew[t] = newThemes++;
        }
        newTheme.add(themeNew[t]);
      }
      int[] nt = newTheme.stream().mapToInt(Integer::intValue).toArray();
      return new Ordering(newOf, kept, nt, newThemes);
    }

    /** Rows of {@code m} ({@code d} wide) in the new order, dropped ones left out. */
    float[] permute(float[] m, int d) {
      float[] out = new float[groups * d];
      for (int g = 0; g < newOf.length; g++) {
        if (newOf[g] >= 0) {
          System.arraycopy(m, g * d, out, newOf[g] * d, d);
        }
      }
      return out;
    }

    void remap(int[] assignment) {
      for (int i = 0; i < assignment.length; i++) {
        if (assignment[i] >= 0) {
          assignment[i] = newOf[assignment[i]];
        }
      }
    }
  }
}
