package voxpop.cli.quality;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import voxpop.eval.ClusteringMetrics;
import voxpop.eval.ClusteringScores;
import voxpop.eval.Evaluation;
import voxpop.eval.EvaluationOptions;
import voxpop.eval.EvaluationReport;
import voxpop.eval.data.ClusteringSet;
import voxpop.eval.data.ClusteringSetExporter;
import voxpop.eval.data.LabelledText;
import voxpop.model.Language;
import voxpop.pipeline.AnalysisResult;
import voxpop.pipeline.Engines;
import voxpop.terms.TermDocs;
import voxpop.terms.TermDocsBuilder;
import voxpop.text.LanguageDetector;
import voxpop.text.TextNormalizer;

/**
 * Theme quality of one labelled clustering set, the way a user would measure it: the set is written
 * as engine input and labels ({@link ClusteringSetExporter}), analysed by the real pipeline ({@link
 * Analyzer}), and {@code questions.csv} is scored with {@link Evaluation} at the appeal level (each
 * document by its first accepted question). Themes are scored against the coarse labels and
 * sub-themes against the fine ones. With k given, the plain TF-IDF + k-means floor ({@link
 * KMeansBaseline}) is scored beside it. Not thread-safe; one per run.
 */
public final class ThemeQuality {
  /** Top themes kept per run, for the report. */
  static final int TOP_THEMES = 20;

  /** Runs {@code voxpop analyze} in-process; {@code forcedThemes} 0 is the automatic mode. */
  @FunctionalInterface
  public interface Analyzer {
    AnalysisResult analyze(Path input, Path outputDir, int forcedThemes) throws IOException;
  }

  /**
   * Clustering scores of one level.
   *
   * @param trueColumn {@code theme} (coarse labels) or {@code subtheme} (fine labels)
   * @param n documents scored
   * @param classes true classes
   * @param clusters predicted clusters among them, {@code other} and {@code (screened out)}
   *     counting as one each
   * @param other documents left as {@code other}
   * @param screenedOut documents screened out
   */
  public record Level(
      String trueColumn,
      int n,
      int classes,
      int clusters,
      double nmi,
      double ari,
      double vMeasure,
      double homogeneity,
      double completeness,
      double matchedAccuracy,
      long other,
      long screenedOut) {

    static Level of(String column, ClusteringScores s, long other, long screenedOut) {
      return new Level(
          column,
          s.n(),
          s.classes(),
          s.clusters(),
          s.nmi(),
          s.ari(),
          s.vMeasure(),
          s.homogeneity(),
          s.completeness(),
          s.matchedAccuracy(),
          other,
          screenedOut);
    }
  }

  /** A theme as an editor sees it: its label, questions and share of people. */
  public record TopTheme(String label, long questions, double share) {}

  /**
   * The automatic mode (the product).
   *
   * @param themes themes the engine found (without {@code other})
   * @param subthemes sub-themes it found (a theme without sub-themes counts as one)
   * @param shattered whether sub-themes exceed twice the fine labels (the issue forbids it)
   */
  public record AutoRow(
      String set,
      int documents,
      int coarseClasses,
      int fineClasses,
      int themes,
      int subthemes,
      Level theme,
      Level subtheme,
      boolean shattered,
      double seconds,
      List<TopTheme> topThemes) {}

  /**
   * Themes with k given (k = the coarse classes), against the coarse labels, beside the floor.
   *
   * @param voxpop the engine with {@code --themes k}
   * @param baseline TF-IDF + spherical k-means with the same k, over {@value #FLOOR_RUNS} seeds
   * @param baselineSeconds wall seconds of all the baseline's runs, text analysis included
   */
  public record GivenRow(
      String set,
      int k,
      Level voxpop,
      double voxpopSeconds,
      Floor baseline,
      double baselineSeconds,
      QualitySets.Published published) {}

  /**
   * The floor over several seeds, since one k-means run varies a lot from seed to seed.
   *
   * @param runs each run's scores, the first with the run's seed, then seed + 1, ...
   */
  public record Floor(
      double nmiMean,
      double nmiMin,
      double nmiMax,
      double accuracyMean,
      double accuracyMin,
      double accuracyMax,
      List<Level> runs) {

    static Floor of(List<Level> runs) {
      return new Floor(
          runs.stream().mapToDouble(Level::nmi).average().orElse(Double.NaN),
          runs.stream().mapToDouble(Level::nmi).min().orElse(Double.NaN),
          runs.stream().mapToDouble(Level::nmi).max().orElse(Double.NaN),
          runs.stream().mapToDouble(Level::matchedAccuracy).average().orElse(Double.NaN),
          runs.stream().mapToDouble(Level::matchedAccuracy).min().orElse(Double.NaN),
          runs.stream().mapToDouble(Level::matchedAccuracy).max().orElse(Double.NaN),
          List.copyOf(runs));
    }
  }

  /** Seeds of the floor: the run's seed and the next ones. */
  static final int FLOOR_RUNS = 5;

  private final Analyzer analyzer;
  private final Path workDir;
  private final long seed;
  private final int threads;

  /**
   * @param workDir a folder for the exported set and the engine's outputs
   * @param seed the seed of the baseline (the analyzer has its own)
   * @param threads threads for the baseline's text analysis
   */
  public ThemeQuality(Analyzer analyzer, Path workDir, long seed, int threads) {
    this.analyzer = analyzer;
    this.workDir = workDir;
    this.seed = seed;
    this.threads = threads;
  }

  /** The automatic mode on one set. */
  public AutoRow automatic(ClusteringSet set) throws IOException {
    long start = System.nanoTime();
    ClusteringSetExporter.Exported files = export(set);
    Path out = workDir.resolve(set.name()).resolve("auto");
    AnalysisResult result = analyzer.analyze(files.appeals(), out, 0);
    EvaluationReport report = evaluate(out, files);
    int fine = set.labels().size();
    int subthemes = 0;
    List<TopTheme> top = new ArrayList<>();
    for (AnalysisResult.ThemeSummary t : result.themes()) {
      subthemes += Math.max(1, t.subthemes().size());
      if (top.size() < TOP_THEMES) {
        top.add(new TopTheme(t.label(), t.questions(), t.share()));
      }
    }
    return new AutoRow(
        set.name(),
        set.texts().size(),
        set.coarseLabels().size(),
        fine,
        result.themes().size(),
        subthemes,
        level(report, "theme"),
        level(report, "subtheme"),
        subthemes > 2 * fine,
        seconds(start),
        top);
  }

  /** The engine with k given and the TF-IDF + k-means floor, k = the set's coarse classes. */
  public GivenRow given(ClusteringSet set, QualitySets.Published published) throws IOException {
    int k = set.coarseLabels().size();
    long start = System.nanoTime();
    ClusteringSetExporter.Exported files = export(set);
    Path out = workDir.resolve(set.name()).resolve("k" + k);
    analyzer.analyze(files.appeals(), out, k);
    Level voxpop = level(evaluate(out, files), "theme");
    double voxpopSeconds = seconds(start);
    start = System.nanoTime();
    Floor baseline = baseline(set, k);
    return new GivenRow(set.name(), k, voxpop, voxpopSeconds, baseline, seconds(start), published);
  }

  /**
   * TF-IDF + spherical k-means over the whole documents, {@value #FLOOR_RUNS} seeds, scored against
   * the coarse labels.
   */
  Floor baseline(ClusteringSet set, int k) {
    List<String> texts = new ArrayList<>(set.texts().size());
    Language[] languages = new Language[set.texts().size()];
    List<String> truth = new ArrayList<>(texts.size());
    for (LabelledText t : set.texts()) {
      String text = TextNormalizer.normalize(t.text());
      languages[texts.size()] = LanguageDetector.detect(text);
      texts.add(text);
      truth.add(t.coarseLabel());
    }
    TermDocs docs =
        new TermDocsBuilder(Engines.defaultTermSource()).build(texts, languages, threads);
    List<Level> runs = new ArrayList<>(FLOOR_RUNS);
    for (int r = 0; r < FLOOR_RUNS; r++) {
      int[] cluster = KMeansBaseline.cluster(docs, k, seed + r);
      List<String> predicted = new ArrayList<>(cluster.length);
      long empty = 0;
      for (int c : cluster) {
        predicted.add(c < 0 ? "(no terms)" : Integer.toString(c));
        empty += c < 0 ? 1 : 0;
      }
      runs.add(Level.of("theme", ClusteringMetrics.score(truth, predicted), empty, 0));
    }
    return Floor.of(runs);
  }

  private ClusteringSetExporter.Exported export(ClusteringSet set) throws IOException {
    return ClusteringSetExporter.export(set, workDir.resolve(set.name()));
  }

  private static EvaluationReport evaluate(Path out, ClusteringSetExporter.Exported files)
      throws IOException {
    return Evaluation.run(
        out.resolve("questions.csv"),
        files.labels(),
        new EvaluationOptions(
            EvaluationOptions.DEFAULT_THEME_COLUMN,
            EvaluationOptions.DEFAULT_SUBTHEME_COLUMN,
            true));
  }

  private static Level level(EvaluationReport report, String name) throws IOException {
    for (EvaluationReport.Level l : report.levels()) {
      if (l.level().equals(name)) {
        return Level.of(l.trueColumn(), l.scores(), l.predictedOutliers(), l.screenedOut());
      }
    }
    throw new IOException(
        "the evaluation has no "
            + name
            + " level; its notes: "
            + String.join("; ", report.notes()));
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
