package voxpop.themes;

import java.util.Objects;
import java.util.SplittableRandom;
import voxpop.params.Params;
import voxpop.terms.TermSource;

/**
 * What every stage of one discovery run shares: the parameters, the seed, the text analysis, the
 * worker threads and the progress listener. Each stage draws its own random generator from the
 * run's seed and the stage's name, so adding a random draw to one stage never changes another.
 */
public final class FitContext {
  private final Params params;
  private final long seed;
  private final TermSource termSource;
  private final SurfaceSource surfaceSource;
  private boolean[] names;
  private int[] canonical;
  private float[] topicality;
  private SparseRows termRows;
  private final Workers workers;
  private final ThemeRequest.Progress progress;

  FitContext(
      Params params,
      long seed,
      TermSource termSource,
      SurfaceSource surfaceSource,
      Workers workers,
      ThemeRequest.Progress progress) {
    this.params = Objects.requireNonNull(params);
    this.seed = seed;
    this.termSource = Objects.requireNonNull(termSource);
    this.surfaceSource = surfaceSource;
    this.workers = Objects.requireNonNull(workers);
    this.progress = Objects.requireNonNull(progress);
  }

  public Params params() {
    return params;
  }

  /** The run's text analysis: the same stems as the input's {@code TermDocs}. */
  public TermSource termSource() {
    return termSource;
  }

  /** The run's surface forms, or null when the engine was built without them. */
  public SurfaceSource surfaceSource() {
    return surfaceSource;
  }

  /**
   * Whether each stem of the run's vocabulary is written as a name (see {@link ProperNames}); null
   * when unknown. Names carry places and people, not matters, so features leave them out.
   */
  public boolean[] names() {
    return names;
  }

  void names(boolean[] names) {
    this.names = names;
  }

  /**
   * The feature each run vocabulary id stands for ({@link LanguageBridge}): itself, the Russian
   * stem of the same word, or -1 for a minority language's word the bridge cannot map (no feature);
   * null when every stem stands for itself.
   */
  public int[] canonical() {
    return canonical;
  }

  void canonical(int[] canonical) {
    this.canonical = canonical;
  }

  /**
   * A factor per selected feature that multiplies its idf ({@link Topicality}), or null before the
   * first pass has found groups.
   */
  public float[] topicality() {
    return topicality;
  }

  void topicality(float[] topicality) {
    this.topicality = topicality;
  }

  /**
   * The fit sample's TF-IDF rows of the current pass (the vectoriser's own features), or null when
   * the vectoriser does not work on terms. The clusterer finds neighbours among them.
   */
  SparseRows termRows() {
    return termRows;
  }

  void termRows(SparseRows rows) {
    this.termRows = rows;
  }

  public ThemeRequest.Progress progress() {
    return progress;
  }

  /** A generator seeded by the run's seed and the stage's name; same name, same sequence. */
  public SplittableRandom random(String stage) {
    long h = seed * 0x9E3779B97F4A7C15L;
    for (int i = 0; i < stage.length(); i++) {
      h = (h ^ stage.charAt(i)) * 0x100000001B3L;
    }
    return new SplittableRandom(h);
  }

  public int threads() {
    return workers.threads();
  }

  Workers workers() {
    return workers;
  }
}
