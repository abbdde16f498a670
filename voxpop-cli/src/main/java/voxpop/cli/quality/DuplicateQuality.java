package voxpop.cli.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import voxpop.dedup.NearDuplicateGrouper;
import voxpop.eval.BinaryScores;
import voxpop.eval.data.TextPair;
import voxpop.model.Language;
import voxpop.pipeline.Engines;
import voxpop.terms.TermDocs;
import voxpop.terms.TermDocsBuilder;
import voxpop.text.LanguageDetector;
import voxpop.text.TextNormalizer;

/**
 * Near-duplicate decisions on labelled pairs of texts, for every threshold of the stem-set Jaccard
 * that {@link NearDuplicateGrouper} uses. A pair is a near-duplicate at threshold t by the
 * grouper's own rule: equal non-empty stem sets, or both with at least three distinct stems and
 * Jaccard ≥ t. That rule counts every pair the grouper's MinHash buckets could offer; the engine's
 * line runs the grouper itself on each pair, at the run's threshold, so its candidate misses show.
 * Thread-safe.
 */
public final class DuplicateQuality {
  /** The thresholds measured: 0.30, 0.35, ..., 1.00. */
  public static final double[] GRID = grid();

  /** Fewest distinct stems the grouper hashes; shorter texts must match exactly. */
  private static final int MIN_STEMS = 3;

  /**
   * Precision and recall at one threshold.
   *
   * @param strict positives are strict paraphrases (Quora: duplicates), negatives {@code non}
   * @param looseToo positives are strict and loose paraphrases; null for a set without loose
   */
  public record Point(
      double threshold, QualityReport.Decision strict, QualityReport.Decision looseToo) {}

  /**
   * One pair set.
   *
   * @param byLabel pairs per label
   * @param grid the thresholds of {@link #GRID}
   * @param engine the grouper itself (MinHash candidates, then Jaccard) at the run's threshold
   * @param bestStrict the threshold of the grid with the highest F1, strict positives
   * @param bestLooseToo the same with loose positives too, NaN for a set without loose
   */
  public record PairsRow(
      String set,
      int pairs,
      Map<String, Integer> byLabel,
      List<Point> grid,
      Point engine,
      double bestStrict,
      double bestLooseToo,
      double seconds) {}

  private final double threshold;
  private final int bands;
  private final int rows;
  private final int threads;

  /**
   * @param threshold the engine's {@code nearDuplicateJaccard}
   * @param bands its {@code minHashBands}
   * @param rows its {@code minHashRows}
   * @param threads threads for the text analysis
   */
  public DuplicateQuality(double threshold, int bands, int rows, int threads) {
    this.threshold = threshold;
    this.bands = bands;
    this.rows = rows;
    this.threads = threads;
  }

  /**
   * Scores the pairs; labels other than {@code strict}, {@code loose}, {@code duplicate} and {@code
   * non} are counted and left out.
   */
  public PairsRow score(String name, List<TextPair> pairs) {
    long start = System.nanoTime();
    List<String> texts = new ArrayList<>(2 * pairs.size());
    for (TextPair p : pairs) {
      texts.add(TextNormalizer.normalize(p.first()));
      texts.add(TextNormalizer.normalize(p.second()));
    }
    Language[] languages = new Language[texts.size()];
    for (int i = 0; i < languages.length; i++) {
      languages[i] = LanguageDetector.detect(texts.get(i));
    }
    TermDocsBuilder builder = new TermDocsBuilder(Engines.defaultTermSource());
    TermDocs docs = builder.build(texts, languages, threads);
    NearDuplicateGrouper grouper = new NearDuplicateGrouper(threshold, bands, rows);
    boolean hasLoose = pairs.stream().anyMatch(p -> p.label().equals(TextPair.LOOSE));
    long[][] strict = new long[GRID.length + 1][3];
    long[][] loose = new long[GRID.length + 1][3];
    Map<String, Integer> byLabel = new TreeMap<>();
    for (int i = 0; i < pairs.size(); i++) {
      String label = pairs.get(i).label();
      byLabel.merge(label, 1, Integer::sum);
      boolean positive = label.equals(TextPair.STRICT) || label.equals(TextPair.DUPLICATE);
      boolean isLoose = label.equals(TextPair.LOOSE);
      if (!positive && !isLoose && !label.equals(TextPair.NON)) {
        continue;
      }
      int[] a = set(docs, 2 * i);
      int[] b = set(docs, 2 * i + 1);
      boolean equal = a.length > 0 && Arrays.equals(a, b);
      double j = a.length >= MIN_STEMS && b.length >= MIN_STEMS ? jaccard(a, b) : -1;
      for (int t = 0; t <= GRID.length; t++) {
        boolean flagged;
        if (t < GRID.length) {
          flagged = equal || j >= GRID[t];
        } else {
          flagged = engineSays(builder, texts, languages, i, grouper);
        }
        if (!isLoose) {
          count(strict[t], positive, flagged);
        }
        count(loose[t], positive || isLoose, flagged);
      }
    }
    List<Point> grid = new ArrayList<>(GRID.length);
    for (int t = 0; t < GRID.length; t++) {
      grid.add(point(GRID[t], strict[t], loose[t], hasLoose));
    }
    return new PairsRow(
        name,
        pairs.size(),
        byLabel,
        grid,
        point(threshold, strict[GRID.length], loose[GRID.length], hasLoose),
        best(grid, false),
        hasLoose ? best(grid, true) : Double.NaN,
        ThemeQuality.seconds(start));
  }

  private boolean engineSays(
      TermDocsBuilder builder,
      List<String> texts,
      Language[] languages,
      int pair,
      NearDuplicateGrouper grouper) {
    TermDocs two =
        builder.build(
            texts.subList(2 * pair, 2 * pair + 2),
            new Language[] {languages[2 * pair], languages[2 * pair + 1]},
            1);
    int[] group = grouper.group(two, null);
    return group[0] == group[1];
  }

  private static Point point(double t, long[] strict, long[] loose, boolean hasLoose) {
    return new Point(
        t,
        QualityReport.Decision.of(new BinaryScores(strict[0], strict[1], strict[2])),
        hasLoose
            ? QualityReport.Decision.of(new BinaryScores(loose[0], loose[1], loose[2]))
            : null);
  }

  /** Counts into {true positives, false positives, false negatives}. */
  private static void count(long[] c, boolean positive, boolean flagged) {
    if (positive && flagged) {
      c[0]++;
    } else if (flagged) {
      c[1]++;
    } else if (positive) {
      c[2]++;
    }
  }

  private static double best(List<Point> grid, boolean looseToo) {
    double best = Double.NaN;
    double bestF1 = -1;
    for (Point p : grid) {
      double f1 = (looseToo ? p.looseToo() : p.strict()).f1();
      if (f1 > bestF1) {
        bestF1 = f1;
        best = p.threshold();
      }
    }
    return best;
  }

  private static int[] set(TermDocs docs, int d) {
    return Arrays.stream(docs.doc(d)).sorted().distinct().toArray();
  }

  /** Jaccard similarity of two sorted sets of ids. */
  static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  private static double[] grid() {
    double[] g = new double[15];
    for (int i = 0; i < g.length; i++) {
      g[i] = (30 + 5 * i) / 100.0;
    }
    return g;
  }
}
