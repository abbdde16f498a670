package voxpop.themes;

import java.util.Objects;
import voxpop.params.Params;

/**
 * How to discover themes.
 *
 * @param params the values of {@link ThemeParams#ALL}
 * @param seed the seed of every random choice; same input and seed give the same themes
 * @param threads worker threads (≥ 1); the result does not depend on it
 * @param forcedThemes the number of top-level themes to produce, as papers compare; 0 = automatic
 * @param progress receives stage progress
 */
public record ThemeRequest(
    Params params, long seed, int threads, int forcedThemes, Progress progress) {
  public ThemeRequest {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(progress, "progress");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    if (forcedThemes < 0) {
      throw new IllegalArgumentException("forcedThemes must be >= 0, was " + forcedThemes);
    }
  }

  /** Progress of a long stage, for the terminal progress bar. Implementations are thread-safe. */
  @FunctionalInterface
  public interface Progress {
    /** Reports {@code done} of {@code total} units of the named step. */
    void update(String step, long done, long total);

    /** A listener that ignores everything. */
    Progress NONE = (step, done, total) -> {};
  }
}
