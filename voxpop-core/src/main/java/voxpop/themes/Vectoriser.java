package voxpop.themes;

/**
 * The first replaceable stage: learns from the sampled questions how to turn any question into a
 * vector. Implementations are stateless and thread-safe; the embedding they return holds all it
 * needs to place questions the engine has never seen.
 */
public interface Vectoriser {
  /**
   * Learns an embedding from the questions {@code sample} (indexes into {@code input}).
   *
   * @return an embedding that maps every question of the run, and new texts, to vectors
   */
  DocEmbedding fit(ThemeInput input, int[] sample, FitContext context);
}
